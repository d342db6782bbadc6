/**
 * Matching tables of word phrases (bound phrases, reporting verbs, titles …)
 * against lexemes. Phrases are folded once when the table is built; a match
 * never crosses punctuation or a line break.
 */
import type { Lexemes } from '../numbers/lexemes.js';
import { foldWord } from '../text/fold.js';

/** A phrase found at lexemes `[start, end)`. */
export interface PhraseMatch<T> {
  readonly entry: T;
  readonly start: number;
  readonly end: number;
  /** Length of a clitic glued to the first word and not part of the phrase (1 for the و of "وأكثر من"). */
  readonly clitic: number;
}

interface Compiled<T> {
  readonly words: readonly string[];
  readonly entry: T;
}

/** Clitics that may be glued to the first word of a phrase by default (وأكثر من، فقال). */
const defaultClitics = ['و', 'ف'];

/** Index of the word after lexeme `k`, reached across spaces only; -1 otherwise. */
export function nextWord(lx: Lexemes, k: number): number {
  let j = k + 1;
  while (j < lx.length && lx.type(j) === 'space' && !lx.flag(j)) j++;
  return j < lx.length && lx.type(j) === 'word' ? j : -1;
}

/** Index of the word before lexeme `k`, reached across spaces only; -1 otherwise. */
export function previousWord(lx: Lexemes, k: number): number {
  let j = k - 1;
  while (j >= 0 && lx.type(j) === 'space' && !lx.flag(j)) j--;
  return j >= 0 && lx.type(j) === 'word' ? j : -1;
}

/** A table of phrases with longest-match lookup forwards and backwards. */
export class PhraseTable<T> {
  private readonly byFirst = new Map<string, Compiled<T>[]>();
  private readonly byLast = new Map<string, Compiled<T>[]>();
  private readonly clitics: readonly string[];
  private readonly cliticCodes: Set<number>;

  /**
   * @param clitics - Letters that may be glued to the first word (default و and ف;
   *   predicates also take ب and ل: بمقتل، لتحرير).
   */
  constructor(entries: readonly T[], phrasesOf: (entry: T) => string | readonly string[], clitics: readonly string[] = defaultClitics) {
    this.clitics = clitics;
    this.cliticCodes = new Set(clitics.map((c) => c.charCodeAt(0)));
    for (const entry of entries) {
      const phrases = phrasesOf(entry);
      for (const phrase of typeof phrases === 'string' ? [phrases] : phrases) {
        const words = phrase.split(' ').filter((w) => w !== '').map(foldWord);
        if (words.length === 0) continue;
        const compiled = { words, entry };
        push(this.byFirst, words[0]!, compiled);
        push(this.byLast, words[words.length - 1]!, compiled);
      }
    }
    // Longest first, so that "ما لا يقل عن" wins over "يقل عن".
    for (const list of [...this.byFirst.values(), ...this.byLast.values()]) list.sort((a, b) => b.words.length - a.words.length);
  }

  /** The longest phrase starting at word lexeme `k`. */
  matchAt(lx: Lexemes, k: number): PhraseMatch<T> | null {
    if (k < 0 || lx.type(k) !== 'word') return null;
    const first = lx.text(k);
    // Most words start no phrase: two map lookups and no allocation decide that.
    const exact = this.byFirst.get(first);
    const bare = first.length > 2 && this.cliticCodes.has(first.charCodeAt(0)) ? this.byFirst.get(lx.tail(k)) : undefined;
    return (exact && this.extend(lx, k, exact, 0)) ?? (bare && this.extend(lx, k, bare, 1)) ?? null;
  }

  private extend(lx: Lexemes, k: number, list: readonly Compiled<T>[], clitic: number): PhraseMatch<T> | null {
    for (const c of list) {
      let j = k;
      let ok = true;
      for (let w = 1; w < c.words.length; w++) {
        j = nextWord(lx, j);
        if (j < 0 || lx.text(j) !== c.words[w]) {
          ok = false;
          break;
        }
      }
      if (ok) return { entry: c.entry, start: k, end: j + 1, clitic };
    }
    return null;
  }

  /** The longest phrase whose last word is lexeme `k`. */
  matchEndingAt(lx: Lexemes, k: number): PhraseMatch<T> | null {
    if (k < 0 || lx.type(k) !== 'word') return null;
    for (const c of this.byLast.get(lx.text(k)) ?? []) {
      let j = k;
      let ok = true;
      for (let w = c.words.length - 2; w >= 0; w--) {
        j = previousWord(lx, j);
        if (j < 0 || (w === 0 ? !this.candidates(lx.text(j)).includes(c.words[0]!) : lx.text(j) !== c.words[w])) {
          ok = false;
          break;
        }
      }
      if (c.words.length === 1 && !this.candidates(lx.text(k)).includes(c.words[0]!)) ok = false;
      if (ok) return { entry: c.entry, start: j, end: k + 1, clitic: lx.text(j).length - c.words[0]!.length };
    }
    // A one-word phrase with a glued conjunction ("وقال") is keyed by its bare form.
    const text = lx.text(k);
    if (this.clitics.includes(text[0]!) && text.length > 2) {
      for (const c of this.byLast.get(lx.tail(k)) ?? []) {
        if (c.words.length === 1) return { entry: c.entry, start: k, end: k + 1, clitic: 1 };
      }
    }
    return null;
  }

  private candidates(word: string): string[] {
    return this.clitics.includes(word[0]!) && word.length > 2 ? [word, word.slice(1)] : [word];
  }

  /** True when the word at `k` is a one-word phrase of the table (with an optional glued clitic). */
  has(lx: Lexemes, k: number): boolean {
    const m = this.matchAt(lx, k);
    return m !== null && m.end === k + 1;
  }
}


function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
