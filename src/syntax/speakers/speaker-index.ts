/**
 * Which speaker mention a figure belongs to, looked up in logarithmic time
 * over the mentions of its sentence and paragraph.
 */
import { type TokenIndex } from '../../text/coordinates.js';
import type { SpeakerMention, SpeakerRange } from './types.js';

/** Most tokens between a speaker mention and the quotation it opens: "وقال كيغنز في تصريح صحفي، إن «…»". */
const QUOTE_REACH = 40;

/**
 * The speaker of a figure: the nearest mention before it in its sentence; else
 * one right after the claim (`closeAfter`: "… 801 مدنيًا، بحسب البيان"); else an
 * attribution opening the next sentence ("… . بحسب ما قال الناطق"); else the
 * last mention of its paragraph; else the agency that signs the article. A mention with no subject of its own keeps the
 * last named speaker. Mentions are indexed once, so each lookup is logarithmic.
 */
export class SpeakerIndex {
  /** The positions in `mentions` of each sentence's mentions, in reading order. */
  private readonly bySentence = new Map<number, number[]>();
  /** For each mention (by its position in `mentions`), the nearest named mention at or before it (in reading order). */
  private readonly namedUpTo: (SpeakerRange | null)[];

  /**
   * @param mentions - The speaker mentions of the text, in reading order.
   * @param signature - The agency that signs the text, the speaker of figures nobody else claims.
   */
  constructor(
    private readonly mentions: readonly SpeakerMention[],
    private readonly signature: SpeakerRange | null = null,
    private readonly quotations: Int32Array | null = null,
  ) {
    let named: SpeakerRange | null = null;
    this.namedUpTo = new Array<SpeakerRange | null>(mentions.length);
    for (let i = 0; i < mentions.length; i++) {
      const m = mentions[i]!;
      const list = this.bySentence.get(m.sentence);
      if (list) list.push(i);
      else this.bySentence.set(m.sentence, [i]);
      if (m.entity) named = m.entity;
      this.namedUpTo[i] = named;
    }
  }

  /** The agency that signs the text (kind `outlet`), or null: the speaker of the writer's own asides. */
  get outlet(): SpeakerRange | null {
    return this.signature;
  }

  /** The speaker of the figure at token `at`. */
  speakerFor(at: TokenIndex, sentence: number, paragraph: number, closeAfter: (mention: SpeakerMention) => boolean): SpeakerRange | null {
    // Direct speech: a figure inside a quotation is said by whoever opened it ("وقال كيغنز: «… 13 دولة …»"),
    // though the quotation runs over several sentences.
    const opener = this.quotations?.[at] ?? -1;
    if (opener >= 0) {
      const q = firstAtOrAfter(this.mentions, opener as TokenIndex) - 1;
      const m = q >= 0 ? this.mentions[q] : undefined;
      if (m && m.paragraph === paragraph && opener - m.at <= QUOTE_REACH) {
        const named = this.namedUpTo[q];
        if (named) return named;
      }
    }
    const inSentence = this.bySentence.get(sentence);
    if (inSentence) {
      const i = firstIndexAtOrAfter(this.mentions, inSentence, at);
      if (i > 0) return this.namedUpTo[inSentence[i - 1]!] ?? null;
      // Only the first mention after the claim can be close enough to it.
      const after = i < inSentence.length ? this.mentions[inSentence[i]!]! : undefined;
      if (after && after.entity && (closeAfter(after) || after.afterComma === true)) return after.entity;
    }
    const nextSentence = this.bySentence.get(sentence + 1);
    const next = nextSentence ? this.mentions[nextSentence[0]!] : undefined;
    if (next && next.kind === 'attribution' && next.entity && next.opensSentence) return next.entity;
    // A sentence that names no source is the outlet's own, unless it opens with a verb that continues
    // the speaker before ("وأضاف أن …", read above as a mention with no subject of its own).
    void paragraph;
    return this.signature;
  }
}

/** Index of the first mention at or after token `at` (mentions are in reading order). */
function firstAtOrAfter(list: readonly SpeakerMention[], at: TokenIndex): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.at < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index in `positions` (positions in `mentions`, in reading order) of the first mention at or after token `at`. */
function firstIndexAtOrAfter(mentions: readonly SpeakerMention[], positions: readonly number[], at: TokenIndex): number {
  let lo = 0;
  let hi = positions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[positions[mid]!]!.at < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
