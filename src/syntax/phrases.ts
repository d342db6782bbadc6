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

/** A table of phrases with longest-match lookup forwards and backwards. */
export class PhraseTable<T> {
  private readonly byFirst = new Map<string, TrieNode<T>>();
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
    // Most words start no phrase: two map lookups and no allocation decide that.
    const exact = this.byFirst.get(tokens.text(k));
    const stem = this.bare(tokens, k);
    const bare = stem !== undefined ? this.byFirst.get(stem) : undefined;
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
