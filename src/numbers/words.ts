import { definitePrefixes, proclitics } from '../text/clitics.js';
import { foldTable, foldWord } from '../text/fold.js';
import {
  conjunctionWord,
  decimalPointWords,
  fractionWords,
  hundredWords,
  joinedHundredStems,
  joinedHundredTails,
  negativeWords,
  notNumberWords,
  oneWordTeens,
  ordinalWords,
  partWords,
  ratioWords,
  scaleWords,
  teenHeadWords,
  teenTailForms,
  tensWords,
  unitWords,
  type GrammaticalNumber,
} from './lexicon.js';

/** What one number word can mean. A form can have several senses (خمس: five or a fifth). */
export type WordSense =
  | { readonly type: 'unit'; readonly value: number }
  | { readonly type: 'teenHead'; readonly value: number }
  | { readonly type: 'teenTail' }
  | { readonly type: 'teen'; readonly value: number }
  | { readonly type: 'ten'; readonly value: number }
  | { readonly type: 'hundred'; readonly value: number }
  | {
      readonly type: 'scale';
      readonly value: number;
      readonly number: GrammaticalNumber | 'dualOrAccusative';
    }
  | {
      readonly type: 'fraction';
      readonly value: number;
      readonly number: GrammaticalNumber;
      readonly ambiguous: boolean;
    }
  | {
      readonly type: 'ordinal';
      readonly value: number;
      readonly feminine: boolean;
      readonly compoundOnly: boolean;
    }
  | { readonly type: 'negative' }
  | { readonly type: 'point' }
  | { readonly type: 'ratio' }
  | { readonly type: 'part' }
  | { readonly type: 'and' };

/** The sense of one type. */
export type SenseOf<T extends WordSense['type']> = Extract<WordSense, { readonly type: T }>;

/**
 * The senses of a form by type, the first of each type: خمس has `unit` (five)
 * and `fraction` (a fifth). Every entry has every key, so that the grammar's
 * checks (`r.sense.scale`) are one property read on one object shape.
 */
export type SensesByType = { readonly [T in WordSense['type']]: SenseOf<T> | undefined };

/** A word of running text resolved against the number lexicon. */
export interface WordReading {
  /** The clitic prefix that was stripped ('' when none): و، ب، ال، وال … */
  readonly prefix: string;
  /** True when the prefix ends in the article ال (ال، وال، بال، لل …). */
  readonly definite: boolean;
  /** The senses of the stem. */
  readonly senses: readonly WordSense[];
  /** The senses of the stem by type. */
  readonly sense: SensesByType;
  /** One bit per type of sense the stem has ({@link senseBit}). */
  readonly senseMask: number;
  /** False for forms that never start a number (لست "I am not", وست "West"); after a number they read as usual. */
  readonly canStartNumber: boolean;
}

/** The senses of one folded form, as a list, by type and as a mask. */
interface FormSenses {
  readonly list: WordSense[];
  readonly byType: Record<WordSense['type'], WordSense | undefined>;
  mask: number;
  /** 1 for a form that looks like clitic + number word but is another word when it stands first (لست، وست), else 0. */
  blocked: 0 | 1;
  /** Its readings, made on first use and shared: by clitic (0: none, then 1 + index in `proclitics`), twice for a blocked word. */
  readonly readings: WordReading[];
}

const senseTypes: ReadonlyArray<WordSense['type']> = [
  'unit', 'teenHead', 'teenTail', 'teen', 'ten', 'hundred', 'scale', 'fraction', 'ordinal', 'negative', 'point', 'ratio', 'part', 'and',
];

/** The bit of a type of sense in {@link WordReading.senseMask}: a reader of the grammar names the senses a word needs for it to apply. */
export function senseBit(type: WordSense['type']): number {
  return 1 << senseTypes.indexOf(type);
}

/**
 * The folded letters a number word can be written with: ء to ي (U+0621–U+064A). A word with any
 * other character is no number word, and a node of the trie has one child slot per letter.
 */
const enum Trie {
  FirstLetter = 0x0621,
  /** U+0621 to U+064A. */
  Letters = 42,
}

/**
 * The number lexicon as a trie over folded letters, so that a word is looked up where it stands in
 * the text, without cutting it out as a string: `children[node * Trie.Letters + letter]` is the child
 * node (0: none; the root is 0 and no one's child), `forms[node]` the senses of the form that ends
 * there. Reading a figure of five words used to cost five slices and five lookups in a map of
 * strings; a walk down the trie costs a few array reads. Built on the first reading, so that
 * importing the module costs nothing.
 */
let children: Uint16Array | undefined;
const forms: FormSenses[] = [];
/** The reading without a clitic of the form that ends at each node (undefined where none does), made with the trie. */
let wholeReadings: Array<WordReading | undefined> = [];

/** The senses of the function words of a number (و، على، فاصلة). */
const FUNCTION_WORDS = senseBit('and') | senseBit('ratio') | senseBit('point');

function buildLexicon(): Uint16Array {
  const table: number[] = [];
  let nodes = 0;
  const entry = (form: string): FormSenses => {
    let node = 0;
    for (let i = 0; i < form.length; i++) node = table[node * Trie.Letters + form.charCodeAt(i) - Trie.FirstLetter] ||= ++nodes;
    // Every key of `byType` in one fixed order: one object shape for every form.
    return (forms[node] ??= { list: [], byType: Object.fromEntries(senseTypes.map((t) => [t, undefined])) as FormSenses['byType'], mask: 0, blocked: 0, readings: [] });
  };
  const add = (form: string, sense: WordSense): void => {
    const e = entry(foldWord(form));
    e.list.push(sense);
    e.byType[sense.type] ??= sense;
    e.mask |= senseBit(sense.type);
  };
  for (const { value, forms } of unitWords) for (const f of forms) add(f, { type: 'unit', value });
  for (const { value, forms } of teenHeadWords) for (const f of forms) add(f, { type: 'teenHead', value });
  for (const f of teenTailForms) add(f, { type: 'teenTail' });
  for (const { value, forms } of oneWordTeens) for (const f of forms) add(f, { type: 'teen', value });
  for (const { value, forms } of tensWords) for (const f of forms) add(f, { type: 'ten', value });
  for (const { value, forms } of hundredWords) for (const f of forms) add(f, { type: 'hundred', value });
  for (const { value, forms } of joinedHundredStems) {
    for (const stem of forms) for (const tail of joinedHundredTails) add(stem + tail, { type: 'hundred', value });
  }
  for (const s of scaleWords) {
    for (const number of ['singular', 'dual', 'dualOrAccusative', 'plural'] as const) {
      for (const f of s[number]) add(f, { type: 'scale', value: s.value, number });
    }
  }
  for (const fr of fractionWords) {
    for (const number of ['singular', 'dual', 'plural'] as const) {
      for (const f of fr[number]) add(f, { type: 'fraction', value: fr.value, number, ambiguous: number === 'singular' && fr.ambiguousSingular });
    }
  }
  for (const o of ordinalWords) {
    for (const f of o.masculine) add(f, { type: 'ordinal', value: o.value, feminine: false, compoundOnly: o.compoundOnly });
    for (const f of o.feminine) add(f, { type: 'ordinal', value: o.value, feminine: true, compoundOnly: o.compoundOnly });
  }
  for (const f of negativeWords) add(f, { type: 'negative' });
  for (const f of decimalPointWords) add(f, { type: 'point' });
  for (const f of ratioWords) add(f, { type: 'ratio' });
  for (const f of partWords) add(f, { type: 'part' });
  add(conjunctionWord, { type: 'and' });
  for (const form of notNumberWords) entry(foldWord(form)).blocked = 1;
  // One reading by node, read again at every look at a word (see `wholeWordReading`): one array read.
  wholeReadings = Array.from(forms, (whole) => (whole?.mask ? readingOf(whole, 0, whole.blocked) : undefined));
  // The slots never written (no such child) become 0.
  return Uint16Array.from(table);
}

/** The trie, built on first use. */
export function lexiconTrie(): Uint16Array {
  return (children ??= buildLexicon());
}

/**
 * The trie's letter for the folded character `folded`: its column plus one (1 to 42), or 0 for a
 * character no number word has. A reader that meets the letters of a word one by one looks each up
 * once (`readUnfoldedTokens` keeps them in a table by code unit) and walks the trie with {@link childNode}.
 */
export function trieLetter(folded: number): number {
  const letter = folded - Trie.FirstLetter;
  return letter >= 0 && letter < Trie.Letters ? letter + 1 : 0;
}

/** The child of trie node `node` by a letter of {@link trieLetter} (not 0), or -1 when it has none: no number word goes on so. */
export function childNode(trie: Uint16Array, node: number, letter: number): number {
  // As in `nodeAt`: a slot never written (no such child), or past the end of the table, reads 0.
  return trie[node * Trie.Letters + letter - 1] || -1;
}

/**
 * The reading without a clitic of the word whose letters end at trie node `node`, or undefined
 * when no number word ends there (a clitic may still stand before one: {@link readWordAt} decides).
 * Undefined too before the trie is built: a reader that keeps nodes builds it first.
 */
export function wholeWordReading(node: number): WordReading | undefined {
  return wholeReadings[node];
}

/**
 * The trie node of the text `text.slice(start, end)` folded letter by letter, or 0 when it is no
 * form's beginning. The text may be folded already (the shadow copy) or not (a short string of
 * letters that folding changes one to one): folding a folded letter leaves it as it is.
 */
function nodeAt(trie: Uint16Array, text: string, start: number, end: number): number {
  let node = 0;
  for (let i = start; i < end; i++) {
    const letter = foldTable[text.charCodeAt(i)]! - Trie.FirstLetter;
    if (letter < 0 || letter >= Trie.Letters) return 0;
    node = trie[node * Trie.Letters + letter]!;
    // No such child, or none of the last node's slots is written (past the end of the table).
    if (!node) return 0;
  }
  return node;
}

/**
 * Resolves the word `text.slice(start, end)` against the number lexicon,
 * stripping one clitic prefix when the whole word is not a number word. The
 * text may be the shadow copy or, for a string of letters whose folding
 * changes them one to one, the caller's string (see `nodeAt`).
 */
export function readWordAt(text: string, start: number, end: number): WordReading | null {
  const trie = (children ??= buildLexicon());
  const whole = forms[nodeAt(trie, text, start, end)];
  const blocked = whole?.blocked ?? 0;
  if (whole?.mask) return readingOf(whole, 0, blocked);
  const first = foldTable[text.charCodeAt(start)];
  for (let p = 0; p < proclitics.length; p++) {
    const prefix = proclitics[p]!;
    if (prefix.charCodeAt(0) !== first) continue;
    let i = 1;
    // Inside the word only: past the text's end charCodeAt gives NaN, and one table read at NaN
    // slows this read for the whole process (see NumberTokens.kindOf); past the word's end the
    // clitic leaves no stem anyway.
    while (i < prefix.length && start + i < end && foldTable[text.charCodeAt(start + i)] === prefix.charCodeAt(i)) i++;
    if (i < prefix.length || end - start - i < 2) continue;
    const stem = forms[nodeAt(trie, text, start + i, end)];
    // Function words (و، على، جزء …) never take a clitic of their own here.
    if (stem && stem.mask & ~FUNCTION_WORDS) return readingOf(stem, p + 1, blocked);
  }
  return null;
}

/** The reading of form `stem` behind clitic number `clitic` (0: none), made once and shared. */
function readingOf(stem: FormSenses, clitic: number, blocked: 0 | 1): WordReading {
  const prefix = clitic === 0 ? '' : proclitics[clitic - 1]!;
  return (stem.readings[2 * clitic + blocked] ??= {
    prefix,
    definite: definitePrefixes.has(prefix),
    senses: stem.list,
    sense: stem.byType as SensesByType,
    senseMask: stem.mask,
    canStartNumber: blocked === 0,
  });
}
