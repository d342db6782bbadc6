/**
 * What one extraction knows about its text: the document and its analyses
 * (structure, time expressions, speaker mentions), indexed once so that every
 * slot rule looks them up in constant or logarithmic time.
 */
import type { TimeExpression } from '../dates/expression.js';
import type { TextDocument } from '../numbers/document.js';
import type { ParsedNumber } from '../numbers/grammar.js';
import type { TokenStream } from '../numbers/tokens.js';
import { entityRef, nounPhraseAt } from '../syntax/noun-phrase.js';
import { conjunctionClitics, startsWithLetterOf, withoutCliticsBeforeArticle } from '../text/clitics.js';
import type { EntityRef } from '../model.js';
import { quotationsOf, SpeakerIndex, signatureOf, speakerMentionsOf } from '../syntax/speakers.js';
import { structureOf, type TextStructure } from '../syntax/structure.js';
import type { SyntaxLexicon } from '../syntax/lexicon.js';
import { type Span, type TokenIndex, type TokenRange } from '../text/coordinates.js';
import type { CountedBefore } from './ellipsis.js';
import { withGluedFigures } from './glued.js';
import type { ClaimsLexicon } from './lexicon.js';

/**
 * How many tokens a rule may look back or ahead of a claim. Rules count words,
 * but a sentence of digits and punctuation has none: this cap keeps every
 * claim's work constant, and so the whole extraction linear.
 */
export const SEARCH_REACH = 40;

/** Most words between a claim and a speaker mention after it for the mention to still be its source ("… 801 مدنيًا، بحسب البيان"). */
const CLOSE_AFTER_WORDS = 4;

/** A conjunction و or ف glued before إ or آ, letters written only at the start of a word: وإعادة، فآخر. */
const WORD_INITIAL = /^[وف][إآ]/u;

/** The document, tables and indexes one extraction reads. */
export class ClaimContext {
  readonly tokens: TokenStream;
  readonly syntax: SyntaxLexicon;
  readonly structure: TextStructure;
  readonly numbers: readonly ParsedNumber[];
  private speakers_: SpeakerIndex | undefined;
  /** For each token, the index of the time expression covering it, or -1. */
  private readonly timeIndexOf: Int32Array;
  /** Time expressions by the sentences they touch. */
  private readonly timesBySentence = new Map<number, TimeExpression[]>();
  /** Time expressions by the paragraph they start in, in reading order. */
  private readonly timesByParagraph = new Map<number, TimeExpression[]>();

  constructor(
    readonly document: TextDocument,
    readonly lexicon: ClaimsLexicon,
    readonly times: readonly TimeExpression[],
    /** The day the document was published (or its dateline's), for times counted back from it. */
    readonly reference?: Date,
  ) {
    this.tokens = document.tokens;
    this.syntax = lexicon.syntax;
    this.structure = structureOf(document, lexicon.syntax);
    this.numbers = withGluedFigures(document, lexicon.syntax);
    for (const t of times) {
      for (let s = this.structure.sentenceOf[t.start]!; s <= this.structure.sentenceOf[t.end - 1]!; s++) {
        const list = this.timesBySentence.get(s);
        if (list) list.push(t);
        else this.timesBySentence.set(s, [t]);
      }
    }
    for (const t of times) {
      const p = this.structure.paragraphOf[t.start]!;
      const list = this.timesByParagraph.get(p);
      if (list) list.push(t);
      else this.timesByParagraph.set(p, [t]);
    }
    this.timeIndexOf = new Int32Array(this.tokens.length).fill(-1);
    // A loop, not TypedArray.fill: an expression covers a few tokens, and fill costs a call into the runtime each time.
    for (let i = 0; i < times.length; i++) for (let k = times[i]!.start; k < times[i]!.end; k++) this.timeIndexOf[k] = i;
  }

  /**
   * The speaker mentions, signature and quotations of the document, read when a claim first asks
   * for its speaker: an article with no claim (one in five of the ANT corpus) never pays for them.
   */
  get speakers(): SpeakerIndex {
    const { document, syntax } = this;
    return (this.speakers_ ??= new SpeakerIndex(speakerMentionsOf(document, syntax), signatureOf(document, syntax), quotationsOf(document, syntax)));
  }

  /** The last claim read so far that counted something (see `readElidedUnit`). */
  countedBefore: CountedBefore | null = null;

  /** The last sum of money with a scale word read so far (see `readElidedCurrency`). */
  moneyBefore: CountedBefore | null = null;

  /** True when token `k` belongs to a number expression. */
  isNumberToken(k: TokenIndex): boolean {
    return this.document.numberIndexAt(k) >= 0;
  }

  /** True when any token of `[start, end)` belongs to a time expression. */
  inTime(start: TokenIndex, end: TokenIndex): boolean {
    for (let k = start; k < end; k++) if (this.timeIndexOf[k]! >= 0) return true;
    return false;
  }

  /** The time expression that covers token `k`, if any. */
  timeAt(k: TokenIndex): TimeExpression | undefined {
    const i = this.timeIndexOf[k] ?? -1;
    return i >= 0 ? this.times[i] : undefined;
  }

  /** The time expressions of sentence `s`. */
  timesOfSentence(s: number): readonly TimeExpression[] {
    return this.timesBySentence.get(s) ?? [];
  }

  /** The time expressions that start in paragraph `p`, in reading order. */
  timesOfParagraph(p: number): readonly TimeExpression[] {
    return this.timesByParagraph.get(p) ?? [];
  }

  /** The sentence number of token `k`. */
  sentenceOf(k: TokenIndex): number {
    return this.structure.sentenceOf[k]!;
  }

  /** The paragraph number of token `k`. */
  paragraphOf(k: TokenIndex): number {
    return this.structure.paragraphOf[k]!;
  }

  /** The tokens of the sentence that holds token `k`. */
  sentenceAround(k: TokenIndex): TokenRange {
    return this.structure.sentences[this.sentenceOf(k)]!;
  }

  /** True for a word that can never be a counted noun or start a noun phrase (من، في، الذي …). */
  isStopWord = (word: string): boolean => this.syntax.units.isStopWord(word);

  /** The noun phrase starting at word `k` (see `nounPhraseAt`). */
  nounPhrase(k: TokenIndex): TokenRange | null {
    return nounPhraseAt(this.tokens, this.syntax, k, this.isStopWord);
  }

  /** True when a mention at `at` follows the claim ending at `end` within four words and one comma. */
  closeAfter(end: TokenIndex, at: TokenIndex): boolean {
    if (at - end > SEARCH_REACH) return false;
    let words = 0;
    let commas = 0;
    for (let k = end; k < at; k++) {
      if (this.tokens.isWord(k) && ++words > CLOSE_AFTER_WORDS) return false;
      if (this.tokens.isPunct(k) && ++commas > 1) return false;
    }
    return true;
  }

  /** The caller's span of tokens `[start, end)`, less `skip` leading shadow characters. */
  span(start: TokenIndex, end: TokenIndex, skip = 0): Span {
    return this.tokens.span(start, end, skip);
  }

  /** The caller's text of a span. */
  textOf(span: Span): string {
    return this.document.original.slice(span.start, span.end);
  }

  /**
   * The subject of a claim over tokens `range`, less a conjunction glued before the article of its first
   * word: "والصادرات بقيمة 4.47 مليار" → الصادرات, an exact span after the و, so two reports of one
   * figure name one subject whether it opens a conjunct or a sentence.
   */
  subjectRef(range: TokenRange): EntityRef {
    const first = this.tokens.text(range.start);
    const glued = startsWithLetterOf(conjunctionClitics, first);
    // Or before a letter written only at the start of a word: "وإعادة التصدير" → إعادة التصدير.
    const initial = glued && WORD_INITIAL.test(this.textOf(this.tokens.span(range.start, (range.start + 1) as TokenIndex)));
    const skip = initial ? 1 : glued ? first.length - withoutCliticsBeforeArticle(first).length : 0;
    if (skip <= 0) return entityRef(this.tokens, this.syntax, range);
    const span = this.tokens.span(range.start, range.end, skip);
    const text = this.textOf(span);
    return { text, span, name: this.syntax.names.key(text) };
  }

}
