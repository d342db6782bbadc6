/**
 * Matching tables of word phrases (bound phrases, reporting verbs, titles …)
 * against tokens. Phrases are folded once when the table is built; a match
 * never crosses punctuation or a line break.
 */
import type { TokenStream } from '../numbers/tokens.js';
import { conjunctionClitics, startsWithLetterOf } from '../text/clitics.js';
import { type TokenIndex } from '../text/coordinates.js';
import { foldWord } from '../text/fold.js';
import { filterWord, wordFilter } from '../text/word-filter.js';

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
type TrieNode<T> = WordTrieNode<Compiled<T>>;

/** A node of a trie of phrases by word: `entry` where a phrase ends, `next` by the next word's folded text. */
export interface WordTrieNode<E> {
  entry?: E;
  next?: Map<string, WordTrieNode<E>>;
}

/** Where the last {@link longestPhrase} ended: the token after its last word. */
export interface PhraseEnd {
  end: number;
}

/**
 * The entry of the longest phrase of the trie under `first` (the node of word `k`) read from word `k` on,
 * or undefined, with the token after its last word left in `found` (a holder each table keeps, so no
 * match is built when a caller asks only whether one is there): "ما لا يقل عن" wins over "ما". The one
 * walk of every table of phrases (this module's and the mention tables').
 */
export function longestPhrase<E>(tokens: TokenStream, k: TokenIndex, first: WordTrieNode<E>, found: PhraseEnd): E | undefined {
  let longest = first.entry;
  let end = k + 1;
  let node: WordTrieNode<E> | undefined = first;
  let j = k;
  while (node.next) {
    j = tokens.nextWord(j);
    node = j < 0 ? undefined : node.next.get(tokens.text(j));
    if (!node) break;
    if (node.entry !== undefined) {
      longest = node.entry;
      end = j + 1;
    }
  }
  found.end = end;
  return longest;
}

/** A token whose word numbers are not looked up yet. */
const UNREAD = -2;
/** A word that is not in the vocabulary. */
const NOT_KNOWN = -1;

/**
 * Every written form of both vocabularies (2^18 bits, 32 kB: false answers near 4% for their
 * ~31,000 forms). A lookup in a vocabulary's map cost several hundred nanoseconds in a real
 * article (7.5% of extractQuantClaims), and five words in six of a news text are in neither.
 */
const writtenFilter = /* @__PURE__ */ wordFilter(18);

/** What a written word is to a vocabulary: the word it is, and the word it is behind one glued clitic. */
interface WrittenForm {
  exact: number;
  stem: number;
}

/**
 * The words at which some table's phrases start (or end), numbered in the order met, over all
 * tables built. About thirty tables are asked at each word of a text (speakers, bounds, units,
 * dates …) and nearly every word starts no phrase of any of them: numbering the vocabulary once
 * lets a token's word be looked up once per document (see {@link TokenWords}) and each table
 * then answer with an array read. It holds only the words of the tables built, so it grows with
 * the lexicon, not with the texts.
 */
class Vocabulary {
  private readonly ids = new Map<string, number>();
  /**
   * Every word as written, and behind each clitic letter some table allows (قال، وقال، فقال):
   * one lookup of a text's word gives both numbers, with no need to cut the clitic off first.
   */
  private readonly forms = new Map<string, WrittenForm>();
  /** Every letter some table lets a phrase's word carry glued before it (و، ف، ب، ل …). */
  private clitics = '';
  /** Counts the changes: a token index read under another count is stale. */
  version = 0;
  private readonly indexes = new WeakMap<TokenStream, TokenWords>();
  /** The stream asked last and its index: the tables are asked of one text at a time, many times at each word. */
  private lastStream: TokenStream | undefined;
  private lastIndex: TokenWords | undefined;

  /** How many words are numbered: every number given so far is below it. */
  get size(): number {
    return this.ids.size;
  }

  /** The number of `word`, given it one when it is new. */
  idOf(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      this.ids.set(word, (id = this.ids.size));
      this.form(word).exact = id;
      for (const letter of this.clitics) this.addCliticForm(letter, word, id);
      this.version++;
    }
    return id;
  }

  /** Adds the clitics a table allows to those of all tables. */
  addClitics(clitics: string): void {
    for (const letter of clitics) {
      if (this.clitics.includes(letter)) continue;
      this.clitics += letter;
      for (const [word, id] of this.ids) this.addCliticForm(letter, word, id);
      this.version++;
    }
  }

  /** The numbers of a word as written. */
  lookup(written: string): WrittenForm | undefined {
    return filterWord(writtenFilter, written, 0, written.length, false) ? this.forms.get(written) : undefined;
  }

  /** The word index of a token stream, made on first use. */
  of(tokens: TokenStream): TokenWords {
    if (tokens !== this.lastStream) {
      let index = this.indexes.get(tokens);
      if (!index) this.indexes.set(tokens, (index = new TokenWords(this, tokens)));
      this.lastStream = tokens;
      this.lastIndex = index;
    }
    return this.lastIndex!.refresh();
  }

  /** The entry of written form `word`, made when it is new. */
  private form(word: string): WrittenForm {
    let form = this.forms.get(word);
    if (!form) {
      this.forms.set(word, (form = { exact: NOT_KNOWN, stem: NOT_KNOWN }));
      filterWord(writtenFilter, word, 0, word.length, true);
    }
    return form;
  }

  /** Records `word` numbered `id` behind clitic `letter`: a stem of one letter is no stem ("وف" is no و + ف). */
  private addCliticForm(letter: string, word: string, id: number): void {
    if (word.length >= 2) this.form(`${letter}${word}`).stem = id;
  }
}

/**
 * For each distinct text of one stream (see `TokenStream.textId`), the number of its word in a
 * vocabulary and of its word without the first letter (the stem behind a glued و، ف، ب or ل),
 * looked up once: an article repeats its words, so most tokens cost an array read. A table built after
 * the index (mention tables are built on first use) may bring new words: the index then forgets
 * what it read, as a word read as unknown may be known now.
 */
class TokenWords {
  private version: number;
  private readonly exact: Int32Array;
  private readonly stem: Int32Array;

  constructor(
    private readonly vocabulary: Vocabulary,
    private readonly tokens: TokenStream,
  ) {
    this.version = vocabulary.version;
    this.exact = new Int32Array(tokens.distinctTexts).fill(UNREAD);
    this.stem = new Int32Array(tokens.distinctTexts);
  }

  /** Starts over when tables were built since the last lookup. */
  refresh(): this {
    if (this.version !== this.vocabulary.version) {
      this.version = this.vocabulary.version;
      this.exact.fill(UNREAD);
    }
    return this;
  }

  /**
   * Reads word token `k` of text number `text` when not read yet; then `exact[text]` is its
   * number as written, and `stem[text]` the number of the word without its first letter (when
   * that letter is a clitic some table allows and the word has three letters or more), each
   * {@link NOT_KNOWN} when none. The tables ask at nearly every word: one text number read, two array reads.
   */
  ensure(k: TokenIndex, text: number): void {
    if (this.exact[text] === UNREAD) this.read(k, text);
  }

  /** The exact numbers by text number, valid after {@link ensure}. */
  get exactIds(): Int32Array {
    return this.exact;
  }

  /** The stem numbers by text number, valid after {@link ensure}. */
  get stemIds(): Int32Array {
    return this.stem;
  }

  /** Looks token `k`, of text number `text`, up among the written forms; returns its exact number. */
  private read(k: TokenIndex, text: number): number {
    const form = this.vocabulary.lookup(this.tokens.text(k));
    this.stem[text] = form ? form.stem : NOT_KNOWN;
    return (this.exact[text] = form ? form.exact : NOT_KNOWN);
  }
}

/** The first words of every table's phrases, for {@link PhraseTable.matchAt}. */
const openers = new Vocabulary();
/** The last words of every table's phrases, for {@link PhraseTable.matchEndingAt}. */
const closers = new Vocabulary();

/**
 * True when word token `k` may start a phrase of some table built: it is, or stands behind a
 * clitic some table allows for, the first word of one. When false, every table's `matchAt`
 * (and `has`) is null there: a loop that asks several tables at each word of a text tests this
 * first, and most words cost it one array read.
 */
export function opensPhrase(tokens: TokenStream, k: TokenIndex): boolean {
  if (!tokens.isWord(k)) return false;
  const words = openers.of(tokens);
  const text = tokens.textId(k);
  words.ensure(k, text);
  return words.exactIds[text] !== NOT_KNOWN || words.stemIds[text] !== NOT_KNOWN;
}

/** A table of phrases with longest-match lookup forwards and backwards. */
export class PhraseTable<T> {
  private readonly byFirst = new Map<string, TrieNode<T>>();
  /**
   * The trie of each first word again, by its number among the openers: a dense array as long as
   * the vocabulary was when the table was built (a number past its end, given by a later table, is
   * no first word of this one). Most words a loop asks a table about open a phrase of some other
   * table (في، من), and this read answers them.
   */
  private readonly byOpener: (TrieNode<T> | undefined)[];
  private readonly byLast = new Map<string, Compiled<T>[]>();
  /** The phrases of each last word again, by its number among the closers, dense as {@link byOpener}. */
  private readonly byCloser: (Compiled<T>[] | undefined)[];
  /** The clitic letters a phrase's first word may carry glued before it. */
  private readonly clitics: string;

  /**
   * @param entries - The table.
   * @param phrasesOf - The phrase or phrases of an entry, words separated by spaces, in careful spelling.
   * @param clitics - Letters that may be glued to the first word (default و and ف;
   *   predicates also take ب and ل: بمقتل، لتحرير).
   */
  constructor(entries: readonly T[], phrasesOf: (entry: T) => string | readonly string[], clitics: string = conjunctionClitics) {
    this.clitics = clitics;
    openers.addClitics(clitics);
    closers.addClitics(clitics);
    for (const entry of entries) {
      const phrases = phrasesOf(entry);
      for (const phrase of typeof phrases === 'string' ? [phrases] : phrases) {
        const words = phrase.split(' ').filter((w) => w !== '').map(foldWord);
        if (words.length === 0) continue;
        const compiled = { words, entry };
        let node = this.byFirst.get(words[0]!);
        if (!node) this.byFirst.set(words[0]!, (node = {}));
        for (let w = 1; w < words.length; w++) {
          node.next ??= new Map();
          let child = node.next.get(words[w]!);
          if (!child) node.next.set(words[w]!, (child = {}));
          node = child;
        }
        // Among equal phrases the first entry (a caller's) wins.
        node.entry ??= compiled;
        const last = words[words.length - 1]!;
        let ending = this.byLast.get(last);
        if (!ending) this.byLast.set(last, (ending = []));
        ending.push(compiled);
      }
    }
    for (const word of this.byFirst.keys()) openers.idOf(word);
    for (const word of this.byLast.keys()) closers.idOf(word);
    this.byOpener = new Array<TrieNode<T> | undefined>(openers.size).fill(undefined);
    for (const [word, node] of this.byFirst) this.byOpener[openers.idOf(word)] = node;
    this.byCloser = new Array<Compiled<T>[] | undefined>(closers.size).fill(undefined);
    for (const [word, ending] of this.byLast) this.byCloser[closers.idOf(word)] = ending;
    // Longest first, so that "ما لا يقل عن" wins over "يقل عن"; among equals, the first entry (a caller's) wins.
    for (const list of this.byLast.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  /** The stem of a word behind one clitic this table allows, or undefined. */
  private bare(tokens: TokenStream, k: TokenIndex): string | undefined {
    const word = tokens.text(k);
    return word.length > 2 && startsWithLetterOf(this.clitics, word) ? tokens.tail(k) : undefined;
  }

  /** The longest phrase starting at word token `k`. */
  matchAt(tokens: TokenStream, k: TokenIndex): PhraseMatch<T> | null {
    if (!this.opensAt(tokens, k)) return null;
    const exact = this.exactNode;
    const bare = this.bareNode;
    return (exact && this.extend(tokens, k, exact, 0)) ?? (bare && this.extend(tokens, k, bare, 1)) ?? null;
  }

  /** The tries {@link opensAt} found last: of the word as written, and of its stem behind a clitic this table allows. */
  private exactNode: TrieNode<T> | undefined;
  private bareNode: TrieNode<T> | undefined;

  /**
   * True when word token `k` opens a phrase of this table, as written or behind a clitic; the
   * tries to read from it are left in {@link exactNode} and {@link bareNode}. Most words start no
   * phrase of any table: the opener numbers of the word, read once per document, decide that, and
   * otherwise say which trie to read without a lookup by text.
   */
  private opensAt(tokens: TokenStream, k: TokenIndex): boolean {
    if (!tokens.isWord(k)) return false;
    const words = openers.of(tokens);
    const text = tokens.textId(k);
    words.ensure(k, text);
    const exactId = words.exactIds[text]!;
    const stemId = words.stemIds[text]!;
    if (exactId === NOT_KNOWN && stemId === NOT_KNOWN) return false;
    const byOpener = this.byOpener;
    const exact = exactId >= 0 && exactId < byOpener.length ? byOpener[exactId] : undefined;
    const stemNode = stemId >= 0 && stemId < byOpener.length ? byOpener[stemId] : undefined;
    const bare = stemNode && startsWithLetterOf(this.clitics, tokens.text(k)) ? stemNode : undefined;
    this.exactNode = exact;
    this.bareNode = bare;
    return exact !== undefined || bare !== undefined;
  }

  /** Where the last {@link longestPhrase} of this table ended. */
  private readonly found: PhraseEnd = { end: -1 };

  /** The longest phrase of the trie under `first` read from word `k` on: "ما لا يقل عن" wins over "ما". */
  private extend(tokens: TokenStream, k: TokenIndex, first: TrieNode<T>, clitic: number): PhraseMatch<T> | null {
    const longest = longestPhrase(tokens, k, first, this.found);
    return longest ? { entry: longest.entry, start: k, end: this.found.end as TokenIndex, clitic } : null;
  }

  /** The longest phrase whose last word is token `k`. */
  matchEndingAt(tokens: TokenStream, k: TokenIndex): PhraseMatch<T> | null {
    if (!tokens.isWord(k)) return null;
    // As for matchAt: the closer numbers of the word, read once per document, settle most words.
    const words = closers.of(tokens);
    const text = tokens.textId(k);
    words.ensure(k, text);
    const exactId = words.exactIds[text]!;
    const stemId = words.stemIds[text]!;
    if (exactId === NOT_KNOWN && stemId === NOT_KNOWN) return null;
    const byCloser = this.byCloser;
    for (const c of (exactId >= 0 && exactId < byCloser.length ? byCloser[exactId] : undefined) ?? []) {
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
      if (ok) return { entry: c.entry, start: j, end: (k + 1) as TokenIndex, clitic: tokens.text(j).length - c.words[0]!.length };
    }
    // A one-word phrase with a glued conjunction ("وقال") is keyed by its bare form.
    const stemEnding = stemId >= 0 && stemId < byCloser.length ? byCloser[stemId] : undefined;
    if (stemEnding && startsWithLetterOf(this.clitics, tokens.text(k))) {
      for (const c of stemEnding) {
        if (c.words.length === 1) return { entry: c.entry, start: k, end: (k + 1) as TokenIndex, clitic: 1 };
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
    // As matchAt(tokens, k)?.end === k + 1, with no match built: tables are asked this at most words of a text.
    if (!this.opensAt(tokens, k)) return false;
    const exact = this.exactNode;
    const bare = this.bareNode;
    // The exact reading first, as matchAt: the bare one counts only where the exact one finds nothing.
    if (exact && longestPhrase(tokens, k, exact, this.found) !== undefined) return this.found.end === k + 1;
    return bare !== undefined && longestPhrase(tokens, k, bare, this.found) !== undefined && this.found.end === k + 1;
  }

  /** The first word of every phrase, folded: a word that is none of these starts no phrase. */
  firstWords(): IterableIterator<string> {
    return this.byFirst.keys();
  }
}
