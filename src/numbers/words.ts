import { definitePrefixes, proclitics } from '../text/clitics.js';
import { foldWord } from '../text/fold.js';
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
}

const senseTypes: ReadonlyArray<WordSense['type']> = [
  'unit', 'teenHead', 'teenTail', 'teen', 'ten', 'hundred', 'scale', 'fraction', 'ordinal', 'negative', 'point', 'ratio', 'part', 'and',
];

/** The bit of a type of sense in {@link WordReading.senseMask}: a reader of the grammar names the senses a word needs for it to apply. */
export function senseBit(type: WordSense['type']): number {
  return 1 << senseTypes.indexOf(type);
}

function buildSenseTable(): Map<string, FormSenses> {
  const table = new Map<string, FormSenses>();
  const add = (form: string, sense: WordSense): void => {
    const key = foldWord(form);
    let entry = table.get(key);
    if (!entry) {
      // Every key in one fixed order: one object shape for every form.
      const byType = {} as FormSenses['byType'];
      for (const type of senseTypes) byType[type] = undefined;
      entry = { list: [], byType, mask: 0 };
      table.set(key, entry);
    }
    entry.list.push(sense);
    entry.byType[sense.type] ??= sense;
    entry.mask |= senseBit(sense.type);
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
  return table;
}

// Built on the first reading, so that importing the module costs nothing.
let senseTable: Map<string, FormSenses> | undefined;
let blockedForms: Set<string> | undefined;

/** Memo of word readings: news repeats its words, and lookups with prefix stripping are the hot path. */
const memo = new Map<string, WordReading | null>();
const memoLimit = 20_000;

/**
 * Resolves the folded word `text.slice(start, end)` against the number
 * lexicon, stripping one clitic prefix when the whole word is not a number word.
 */
export function readWordAt(text: string, start: number, end: number): WordReading | null {
  const folded = text.slice(start, end);
  const cached = memo.get(folded);
  if (cached !== undefined) return cached;
  const reading = resolve(folded);
  if (memo.size >= memoLimit) memo.clear();
  memo.set(folded, reading);
  return reading;
}

function resolve(folded: string): WordReading | null {
  senseTable ??= buildSenseTable();
  blockedForms ??= new Set(notNumberWords.map(foldWord));
  const canStartNumber = !blockedForms.has(folded);
  const reading = (prefix: string, stem: FormSenses): WordReading => ({
    prefix,
    definite: definitePrefixes.has(prefix),
    senses: stem.list,
    sense: stem.byType as SensesByType,
    senseMask: stem.mask,
    canStartNumber,
  });
  const exact = senseTable.get(folded);
  if (exact) return reading('', exact);
  for (const prefix of proclitics) {
    if (folded.length - prefix.length < 2 || !folded.startsWith(prefix)) continue;
    const stem = senseTable.get(folded.slice(prefix.length));
    // Function words (و، على، جزء …) never take a clitic of their own here.
    if (stem && stem.list.some((s) => s.type !== 'and' && s.type !== 'ratio' && s.type !== 'point')) return reading(prefix, stem);
  }
  return null;
}
