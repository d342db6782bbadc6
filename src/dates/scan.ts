/**
 * Scanning a document for time expressions: the recognizers at each position,
 * then the refiners over what they found.
 */
import { AnalysisKey, type TextDocument } from '../numbers/document.js';
import { article, liArticle, startsWithLetterOf, withoutArticle, wordClitics } from '../text/clitics.js';
import { type TokenIndex } from '../text/coordinates.js';
import { isoDay } from './calendar.js';
import type { TimeExpression } from './expression.js';
import type { DatesLexicon } from './lexicon.js';
import { foldWord } from '../text/fold.js';
import type { DateContext, UnitNoun } from './recognizers/context.js';
import { timeRecognizers } from './recognizers/index.js';
import { timeRefiners } from './refiners/index.js';

/**
 * The time expressions of tokens `[0, endToken)`, resolved against `reference`.
 * Linear: each recognizer does constant work at a position, and a position
 * inside an expression already read is not tried again; an earlier scan of the
 * document's opening under the same reference (its dateline's) is gone on from,
 * not read again.
 */
export function scanTimes(
  document: TextDocument,
  lexicon: DatesLexicon,
  reference: Date | undefined,
  endToken: number = document.tokens.length,
  fiscalYearStart?: number,
): TimeExpression[] {
  const { tokens } = document;
  const starts = startScanOf(document, lexicon);
  const context: DateContext = { document, tokens, lexicon, reference, nouns: starts.nouns, ...(fiscalYearStart === undefined ? {} : { fiscalYearStart }) };
  const time = reference?.getTime();
  const previous = starts.read;
  const read =
    previous !== undefined && previous.reference === time && previous.fiscalYearStart === fiscalYearStart && previous.next <= endToken
      ? previous
      : { reference: time, fiscalYearStart, next: 0 as TokenIndex, found: [] };
  const { found } = read;
  let k = read.next;
  while (k < endToken) {
    // Recognizers start at words and at digits (read or rejected as figures: "2017آخر" is still a year).
    if (!tokens.isWord(k) && tokens.numeral(k) === undefined) {
      k++;
      continue;
    }
    const mask = startsAt(context, starts, k);
    const expression = mask === 0 ? null : recognizeAt(context, k, mask);
    if (expression) {
      found.push(expression);
      k = expression.end;
    } else k++;
  }
  read.next = k;
  starts.read = read;
  // The refiners build new expressions and lists: what was read stays as it was, for a later scan to go on from.
  return timeRefiners.reduce<TimeExpression[]>((all, refiner) => refiner.refine(context, all), found.slice());
}

/** The first expression a recognizer of `mask` reads at `k`, in the order of the list. */
function recognizeAt(context: DateContext, k: TokenIndex, mask: number): TimeExpression | null {
  for (let i = 0; mask !== 0; i++, mask >>>= 1) {
    if ((mask & 1) === 0) continue;
    const e = timeRecognizers[i]!.read(context, k);
    if (e) return e;
  }
  return null;
}

/** For each recognizer a bit: those that may start at digits, at a number in words, and at each word. */
interface StartIndex {
  readonly digits: number;
  readonly numbers: number;
  readonly words: ReadonlyMap<string, number>;
  /** Where a document keeps its {@link StartScan} under this index. */
  readonly scanKey: AnalysisKey<StartScan>;
}

const startIndexes = new WeakMap<DatesLexicon, StartIndex>();

/** The start index of a lexicon's recognizers, built once per compiled lexicon. */
function startIndexOf(lexicon: DatesLexicon): StartIndex {
  const known = startIndexes.get(lexicon);
  if (known) return known;
  const words = new Map<string, number>();
  let digits = 0;
  let numbers = 0;
  timeRecognizers.forEach((r, i) => {
    const bit = 1 << i;
    if (r.starts.digits) digits |= bit;
    if (r.starts.numbers) numbers |= bit;
    for (const w of r.starts.words?.(lexicon) ?? []) {
      const folded = foldWord(w);
      words.set(folded, (words.get(folded) ?? 0) | bit);
    }
  });
  const index = { digits, numbers, words, scanKey: new AnalysisKey<StartScan>('time starts') };
  startIndexes.set(lexicon, index);
  return index;
}

/**
 * The word without its article and the clitics before it (والعام → عام،
 * للعام → عام), or undefined: the cheap form of `withoutArticle` for the one
 * test every word of a text goes through.
 */
function articleStem(word: string): string | undefined {
  const at = word.indexOf(article);
  if (at < 0 || at > 2 || word.length - at < 4) {
    // ل + ال is written لل: "للعام"، "وللعام".
    const ll = word.startsWith(liArticle) ? liArticle.length : word.length > 3 && startsWithLetterOf(wordClitics, word) && word.startsWith(liArticle, 1) ? liArticle.length + 1 : 0;
    return ll && word.length - ll >= 2 ? word.slice(ll) : undefined;
  }
  return at === 0 || wordClitics.includes(word[at - 1]!) ? withoutArticle(word) : undefined;
}

/** A text whose start bits are not looked up yet: no mask, as the bits of fewer than 31 recognizers are never negative. */
const UNREAD = -1;

/**
 * What the scans of one document under one lexicon share, whatever their reference date: the
 * start index, the bits of each word met so far by its text number (`TokenStream.textId`),
 * {@link UNREAD} until met, and the noun of time of each (a word of news recurs, and is looked up
 * once). An article without a publication date is scanned twice, its opening for the dateline
 * and then whole, and the second scan reads its opening's words from here.
 */
interface StartScan {
  readonly index: StartIndex;
  readonly words: Int32Array;
  /** 1 at each token where a number in words starts. */
  readonly numbers: Uint8Array;
  readonly nouns: Array<UnitNoun | null | undefined>;
  /** What the last scan read, for a scan further under the same reference to go on from. */
  read: ReadSoFar | undefined;
}

/**
 * The recognizers' expressions of tokens `[0, next)` under one reference date (its time, or
 * undefined), before the refiners. The recognizers read nothing but the tokens and the
 * reference, so a scan further under the same reference finds these first and goes on from
 * `next`: an article with no publication date and no dateline has its opening read once.
 */
interface ReadSoFar {
  readonly reference: number | undefined;
  /** The caller's month fiscal years start in, which the fiscal-year reader reads too. */
  readonly fiscalYearStart: number | undefined;
  next: TokenIndex;
  readonly found: TimeExpression[];
}

/** The start scan of a document under `lexicon`, made on first use. */
function startScanOf(document: TextDocument, lexicon: DatesLexicon): StartScan {
  const index = startIndexOf(lexicon);
  return document.analysis(index.scanKey, () => ({
    index,
    words: new Int32Array(document.tokens.distinctTexts).fill(UNREAD),
    numbers: numberStarts(document),
    nouns: new Array<UnitNoun | null | undefined>(document.tokens.distinctTexts).fill(undefined),
    read: undefined,
  }));
}

/** Marks the tokens where a number expression starts. */
function numberStarts(document: TextDocument): Uint8Array {
  const marks = new Uint8Array(document.tokens.length);
  for (const n of document.numbers) marks[n.start] = 1;
  return marks;
}

/**
 * The recognizers that may start at token `k`, as bits: at a numeral, those of
 * digits; at a word, those of the word as written, behind one clitic or without
 * its article, and those of numbers in words where one starts. Most words start
 * none, and cost one lookup of the word.
 */
function startsAt(context: DateContext, scan: StartScan, k: TokenIndex): number {
  const { tokens } = context;
  const { index } = scan;
  if (!tokens.isWord(k)) return index.digits;
  const text = tokens.textId(k);
  let mask = scan.words[text]!;
  if (mask === UNREAD) {
    const word = tokens.text(k);
    mask = index.words.get(word) ?? 0;
    if (word.length > 2 && startsWithLetterOf(wordClitics, word)) mask |= index.words.get(tokens.tail(k)) ?? 0;
    const stem = articleStem(word);
    if (stem !== undefined) mask |= index.words.get(stem) ?? 0;
    scan.words[text] = mask;
  }
  return scan.numbers[k] === 1 ? mask | index.numbers : mask;
}

/**
 * The time expressions of a whole document, resolved against `reference` (and fiscal years from
 * `fiscalYearStart`, a month, when the caller knows it), computed once per document and reference.
 */
export function timesOf(document: TextDocument, lexicon: DatesLexicon, reference: Date | undefined, fiscalYearStart?: number): readonly TimeExpression[] {
  const byReference = document.analysis(lexicon.timesKey, () => new Map<string, readonly TimeExpression[]>());
  const key = `${reference ? isoDay(reference) : ''}|${fiscalYearStart ?? ''}`;
  let times = byReference.get(key);
  if (times === undefined) {
    times = scanTimes(document, lexicon, reference, document.tokens.length, fiscalYearStart);
    byReference.set(key, times);
  }
  return times;
}
