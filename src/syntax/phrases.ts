/**
 * Matching tables of word phrases (bound phrases, reporting verbs, titles …)
 * against tokens. Phrases are folded once when the table is built; a match
 * never crosses punctuation or a line break.
 */
import type { TokenStream } from '../numbers/tokens.js';
import { conjunctionClitics } from '../text/clitics.js';
import { tokenIndex, type TokenIndex } from '../text/coordinates.js';
import { foldWord } from '../text/fold.js';

/** A phrase found at tokens `[start, end)`. */
export interface PhraseMatch<T> {
  readonly entry: T;
  readonly start: TokenIndex;
  readonly end: TokenIndex;
  /** Length of a clitic glued to the first word and not part of the phrase (1 for the و of "وأكثر من"). */
  readonly clitic: number;
}

interface Compiled<T> {
  readonly words: readonly string[];
  readonly entry: T;
}

/**
 * A node of the forward trie: the phrase that ends here, if any, and the words that go on. A
 * first word that opens many phrases ("في" of "في وقت سابق"، "في الوقت الحالي" …) is then read
 * in as many steps as the longest phrase has words, not once per phrase.
 */
interface TrieNode<T> {
  entry?: Compiled<T>;
  next?: Map<string, TrieNode<T>>;
}

/**
 * Every folded word that opens a phrase of any table, numbered in the order met. About thirty
 * tables are asked at each word of a text (speakers, bounds, units, dates …) and nearly every
 * word opens no phrase of any of them: numbering the openers once lets a token's word be looked
 * up once per document (see {@link OpenerIndex}) and each table then answer with an array read.
 * It holds only the words of the tables built, so it grows with the lexicon, not with the texts.
 */
const openerIds = new Map<string, number>();

/** What a written word is to the openers: the opener it is, and the opener it is behind one glued clitic. */
interface OpenerForm {
  exact: number;
  stem: number;
}

/**
 * Every opener as written, and behind each clitic letter some table allows (قال، وقال، فقال):
 * one lookup of a text's word gives both numbers, with no need to cut the clitic off first.
 */
const openerForms = new Map<string, OpenerForm>();

/** Every letter some table lets a phrase's first word carry glued before it (و، ف، ب، ل …). */
let openerClitics = '';
/** Counts the changes to the openers and their clitics: an index read under another count is stale. */
let openersVersion = 0;

/** A token whose opener numbers are not looked up yet. */
const UNREAD = -2;
/** A word that opens no phrase of any table. */
const NO_OPENER = -1;

/** The entry of written form `word`, made when it is new. */
function openerForm(word: string): OpenerForm {
  let form = openerForms.get(word);
  if (!form) openerForms.set(word, (form = { exact: NO_OPENER, stem: NO_OPENER }));
  return form;
}

/** Records opener `word` numbered `id` behind clitic `letter`: a stem of one letter is no stem ("وف" is no و + ف). */
function addCliticForm(letter: string, word: string, id: number): void {
  if (word.length >= 2) openerForm(`${letter}${word}`).stem = id;
}

/** The number of opener `word`, given it one when it is new. */
function openerIdOf(word: string): number {
  let id = openerIds.get(word);
  if (id === undefined) {
    openerIds.set(word, (id = openerIds.size));
    openerForm(word).exact = id;
    for (const letter of openerClitics) addCliticForm(letter, word, id);
    openersVersion++;
  }
  return id;
}

/** Adds the clitics a table allows to those of all tables. */
function addOpenerClitics(clitics: string): void {
  for (const letter of clitics) {
    if (openerClitics.includes(letter)) continue;
    openerClitics += letter;
    for (const [word, id] of openerIds) addCliticForm(letter, word, id);
    openersVersion++;
  }
}

/**
 * For each token of one stream, the opener number of its word and of its word without the
 * first letter (the stem behind a glued و، ف، ب or ل), looked up once. A table built after the
 * index (mention tables are built on first use) may bring new openers: the index then forgets
 * what it read, as a word read as "no opener" may be one now.
 */
class OpenerIndex {
  private version = openersVersion;
  private readonly exact: Int32Array;
  private readonly stem: Int32Array;

  constructor(private readonly tokens: TokenStream) {
    this.exact = new Int32Array(tokens.length).fill(UNREAD);
    this.stem = new Int32Array(tokens.length);
  }

  /** Starts over when tables were built since the last lookup. */
  refresh(): this {
    if (this.version !== openersVersion) {
      this.version = openersVersion;
      this.exact.fill(UNREAD);
    }
    return this;
  }

  /** The opener number of word token `k` as written, or {@link NO_OPENER}. */
  exactAt(k: TokenIndex): number {
    const id = this.exact[k]!;
    return id === UNREAD ? this.read(k) : id;
  }

  /**
   * The opener number of word token `k` without its first letter, when that letter is a clitic
   * some table allows and the word has three letters or more; else {@link NO_OPENER}.
   */
  stemAt(k: TokenIndex): number {
    if (this.exact[k] === UNREAD) this.read(k);
    return this.stem[k]!;
  }

  /** Looks token `k` up among the opener forms; returns its exact number. */
  private read(k: TokenIndex): number {
    const form = openerForms.get(this.tokens.text(k));
    this.stem[k] = form ? form.stem : NO_OPENER;
    return (this.exact[k] = form ? form.exact : NO_OPENER);
  }
}

const openerIndexes = new WeakMap<TokenStream, OpenerIndex>();
/** The stream asked last and its index: the tables are asked of one text at a time, many times at each word. */
let lastStream: TokenStream | undefined;
let lastIndex: OpenerIndex | undefined;

/** The opener index of a token stream, made on first use. */
function openersOf(tokens: TokenStream): OpenerIndex {
  if (tokens !== lastStream) {
    let index = openerIndexes.get(tokens);
    if (!index) openerIndexes.set(tokens, (index = new OpenerIndex(tokens)));
    lastStream = tokens;
    lastIndex = index;
  }
  return lastIndex!.refresh();
}

/** A table of phrases with longest-match lookup forwards and backwards. */
export class PhraseTable<T> {
  private readonly byFirst = new Map<string, TrieNode<T>>();
  /** The trie of each first word again, by its opener number. */
  private readonly byOpener: (TrieNode<T> | undefined)[] = [];
  private readonly byLast = new Map<string, Compiled<T>[]>();
  private readonly clitics: string;

  /**
   * @param entries - The table.
   * @param phrasesOf - The phrase or phrases of an entry, words separated by spaces, in careful spelling.
   * @param clitics - Letters that may be glued to the first word (default و and ف;
   *   predicates also take ب and ل: بمقتل، لتحرير).
   */
  constructor(entries: readonly T[], phrasesOf: (entry: T) => string | readonly string[], clitics: string = conjunctionClitics) {
    this.clitics = clitics;
    addOpenerClitics(clitics);
    for (const entry of entries) {
      const phrases = phrasesOf(entry);
      for (const phrase of typeof phrases === 'string' ? [phrases] : phrases) {
        const words = phrase.split(' ').filter((w) => w !== '').map(foldWord);
        if (words.length === 0) continue;
        const compiled = { words, entry };
        let node = this.byFirst.get(words[0]!);
        if (!node) {
          this.byFirst.set(words[0]!, (node = {}));
          this.byOpener[openerIdOf(words[0]!)] = node;
        }
        for (let w = 1; w < words.length; w++) {
          node.next ??= new Map();
          let child = node.next.get(words[w]!);
          if (!child) node.next.set(words[w]!, (child = {}));
          node = child;
        }
        // Among equal phrases the first entry (a caller's) wins.
        node.entry ??= compiled;
        push(this.byLast, words[words.length - 1]!, compiled);
      }
    }
    // Longest first, so that "ما لا يقل عن" wins over "يقل عن"; among equals, the first entry (a caller's) wins.
    for (const list of this.byLast.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  /** The stem of a word behind one clitic this table allows, or undefined. */
  private bare(tokens: TokenStream, k: TokenIndex): string | undefined {
    const word = tokens.text(k);
    return word.length > 2 && this.clitics.includes(word[0]!) ? tokens.tail(k) : undefined;
  }

  /** The longest phrase starting at word token `k`. */
  matchAt(tokens: TokenStream, k: TokenIndex): PhraseMatch<T> | null {
    if (!tokens.isWord(k)) return null;
    // Most words start no phrase of any table: the opener numbers of the word, read once per
    // document, decide that, and otherwise say which trie to read without a lookup by text.
    const openers = openersOf(tokens);
    const exactId = openers.exactAt(k);
    const stemId = openers.stemAt(k);
    if (exactId === NO_OPENER && stemId === NO_OPENER) return null;
    const exact = exactId === NO_OPENER ? undefined : this.byOpener[exactId];
    const bare = stemId !== NO_OPENER && this.clitics.includes(tokens.text(k)[0]!) ? this.byOpener[stemId] : undefined;
    return (exact && this.extend(tokens, k, exact, 0)) ?? (bare && this.extend(tokens, k, bare, 1)) ?? null;
  }

  /** The longest phrase of the trie under `first` read from word `k` on: "ما لا يقل عن" wins over "ما". */
  private extend(tokens: TokenStream, k: TokenIndex, first: TrieNode<T>, clitic: number): PhraseMatch<T> | null {
    let longest: Compiled<T> | undefined = first.entry;
    let longestEnd = k;
    let node: TrieNode<T> | undefined = first;
    let j = k;
    while (node.next) {
      j = tokens.nextWord(j);
      node = j < 0 ? undefined : node.next.get(tokens.text(j));
      if (!node) break;
      if (node.entry) {
        longest = node.entry;
        longestEnd = j;
      }
    }
    return longest ? { entry: longest.entry, start: k, end: tokenIndex(longestEnd + 1), clitic } : null;
  }

  /** The longest phrase whose last word is token `k`. */
  matchEndingAt(tokens: TokenStream, k: TokenIndex): PhraseMatch<T> | null {
    if (!tokens.isWord(k)) return null;
    for (const c of this.byLast.get(tokens.text(k)) ?? []) {
      let j = k;
      let ok = true;
      for (let w = c.words.length - 2; w >= 0; w--) {
        j = tokens.previousWord(j);
        if (j < 0 || (w === 0 ? !this.firstWordFits(tokens, j, c.words[0]!) : tokens.text(j) !== c.words[w])) {
          ok = false;
          break;
        }
      }
      if (c.words.length === 1 && !this.firstWordFits(tokens, k, c.words[0]!)) ok = false;
      if (ok) return { entry: c.entry, start: j, end: tokenIndex(k + 1), clitic: tokens.text(j).length - c.words[0]!.length };
    }
    // A one-word phrase with a glued conjunction ("وقال") is keyed by its bare form.
    const stem = this.bare(tokens, k);
    if (stem !== undefined) {
      for (const c of this.byLast.get(stem) ?? []) {
        if (c.words.length === 1) return { entry: c.entry, start: k, end: tokenIndex(k + 1), clitic: 1 };
      }
    }
    return null;
  }

  /** True when word `j` is `word`, or `word` behind one allowed clitic. */
  private firstWordFits(tokens: TokenStream, j: TokenIndex, word: string): boolean {
    return tokens.text(j) === word || this.bare(tokens, j) === word;
  }

  /** True when the word at `k` is a one-word phrase of the table (with an optional glued clitic). */
  has(tokens: TokenStream, k: TokenIndex): boolean {
    const m = this.matchAt(tokens, k);
    return m !== null && m.end === k + 1;
  }

  /** The first word of every phrase, folded: a word that is none of these starts no phrase. */
  firstWords(): IterableIterator<string> {
    return this.byFirst.keys();
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
