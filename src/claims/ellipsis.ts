/**
 * The unit of a figure whose counted noun is left unsaid because the sentence
 * has just said it: "خلف 13 قتيلاً، ستة منهم في هندوراس وأربعة في نيكاراغوا"
 * (six and four of the dead), "توفي 15 شخصاً ونقل أكثر من 12 ألفاً إلى
 * المستشفيات" (12,000 people), "في 20 محافظة من أصل 23" (of 23 governorates),
 * "ارتفاع وفيات الدفتيريا إلى 73" (73 deaths: the noun whose count changes).
 */
import type { ClaimUnit } from '../model.js';
import { conjunctionAnd, withoutArticle, withoutConjunction } from '../text/clitics.js';
import { type TokenIndex, type TokenRange } from '../text/coordinates.js';
import { SEARCH_REACH, type ClaimContext } from './context.js';
import type { ClaimDraft } from './draft.js';
import { scaleOf } from './range.js';
import { unitRef } from './unit.js';

/** Most words between the claim that said the noun and the figure that leaves it unsaid after a conjunction. */
const ELIDED_GAP_WORDS = 3;
/** Most words read back from a level marker (إلى) or a figure for the noun whose count it is. */
const LEVEL_NOUN_WORDS = 6;

/** The last claim that counted something, for the figures after it that leave the noun unsaid. */
export interface CountedBefore {
  readonly unit: ClaimUnit;
  /** For a sum of money: the value of its scale word (مليار → 1e9). */
  readonly scale?: number;
  /** Whose the counted things were: "أربعة من رجال الشرطة" (الشرطة). */
  readonly subject: TokenRange | null;
  readonly sentence: number;
  /** The token after the claim. */
  readonly end: TokenIndex;
}

/**
 * Fills the unit of a figure that has none from the counted noun the sentence
 * has just given: after the figure an anaphoric word (آخرين، منهم، أخرى), before
 * it "من أصل", or a conjunction that opens its clause right after the claim that
 * counted ("… 15 شخصاً ونقل أكثر من 12 ألفاً"). Only counts carry over: money
 * and percentages name their unit each time.
 */
export function readElidedUnit(c: ClaimContext, d: ClaimDraft, before: CountedBefore | null): void {
  if (d.unitRef || d.number.kind === 'fraction') return;
  // "وأصيب 12 آخرون": the word that refers back belongs to the claim.
  const after = elidedAfter(c, d);
  if (after && d.end === d.last.end) d.end = ((after + 1) as TokenIndex);
  if (readUnitOfLevel(c, d)) return;
  if (!before || before.end > d.start || c.sentenceOf(d.start) !== before.sentence) return;
  if (after || elidedBefore(c, d) || conjoinedAfter(c, before.end, d.start)) {
    d.unitRef = before.unit;
    // "مقتل أربعة من رجال الشرطة وإصابة ثلاثة آخرين": the others are of the police too.
    d.subject ??= before.subject;
  }
}

/**
 * The currency of a sum whose scale word repeats the one of the sum just before it, which the
 * sentence leaves unsaid: "ارتفع الدين إلى 82.9 مليار دولار مقابل 79 مليارا في العام السابق"،
 * "زاد الاحتياطي إلى 42.611 مليار دولار في نهاية مارس من 42.524 مليار في فبراير" (dollars both).
 * Only in its sentence, with no other figure between but times.
 */
export function readElidedCurrency(c: ClaimContext, d: ClaimDraft, before: CountedBefore | null): void {
  if (d.unitRef || !before || before.end > d.start || d.start - before.end > SEARCH_REACH || c.sentenceOf(d.start) !== before.sentence) return;
  const scale = scaleOf(c, d.number);
  if (scale === null || scale !== before.scale) return;
  for (let k = before.end; k < d.start; k++) if (c.isNumberToken(k) && !c.inTime(k, (k + 1) as TokenIndex)) return;
  d.unitRef = before.unit;
  // A sum set against another is of the same thing: the debt then and now.
  d.subject ??= before.subject;
}

/** "ستة منهم", "ثلاثة آخرين": the anaphoric word right after the figure, or null. */
function elidedAfter(c: ClaimContext, d: ClaimDraft): TokenIndex | null {
  const next = c.tokens.nextWord((d.last.end - 1) as TokenIndex);
  return next >= 0 && c.lexicon.elisionAfter.has(c.tokens, next) ? next : null;
}

/** "من أصل 23"، "من بينهم 33": a phrase before the figure that takes the noun of the figure before it. */
function elidedBefore(c: ClaimContext, d: ClaimDraft): boolean {
  const { tokens, lexicon } = c;
  for (let k = tokens.previousWord(d.start), words = 0; k >= 0 && words < 2; k = tokens.previousWord(k), words++) {
    const m = lexicon.elisionBefore.matchAt(tokens, k) ?? lexicon.partsBefore.matchAt(tokens, k);
    if (m && tokens.next((m.end - 1) as TokenIndex) === d.start) return true;
  }
  return false;
}

/**
 * "… 15 شخصاً على الأقل ونقل أكثر من 12 ألفاً", "… في هندوراس وأربعة في نيكاراغوا":
 * a conjunction opens the figure's clause a few words after the claim that
 * counted — glued to the figure or its bound (وأربعة، وأكثر), standing alone
 * before it, or glued to the first word after that claim (ونقل) — with no
 * event word of its own between ("قتل 30 شخصاً وأصيب 40" counts the injured).
 */
function conjoinedAfter(c: ClaimContext, from: TokenIndex, start: TokenIndex): boolean {
  const { tokens } = c;
  if (start - from > SEARCH_REACH) return false;
  const words = tokens.wordsBetween(from, start);
  if (words > ELIDED_GAP_WORDS + 1) return false;
  // "قتل 30 شخصاً وأصيب 40": an event word of its own makes another count ("ونقل 12 ألفاً" does not).
  for (let k = from; k < start; k++) if (tokens.isWord(k) && c.syntax.predicates.matchAt(tokens, k)) return false;
  const previous = tokens.previous(start);
  if (gluedAnd(tokens.text(start)) || (tokens.isWord(previous) && tokens.text(previous) === AND)) return true;
  const first = tokens.nextWord((from - 1) as TokenIndex);
  return first >= 0 && first < start && words <= ELIDED_GAP_WORDS && gluedAnd(tokens.text(first));
}

const AND = conjunctionAnd;

/** True for a word with و glued before it: ونقل، وأربعة. */
function gluedAnd(word: string): boolean {
  return word.length > 2 && word.startsWith(AND);
}

/**
 * "ارتفاع وفيات الدفتيريا باليمن إلى 73", "ارتفع عدد القتلى إلى 73": after a
 * marker of the level reached, the figure counts the table noun a few words
 * before it. "بلغ عدد القتلى 50", "بلغ عدد جرائم الكراهية رقماً قياسياً هو
 * 94098": after a noun of number (عدد، حصيلة), the noun it is the number of.
 */
function readUnitOfLevel(c: ClaimContext, d: ClaimDraft): boolean {
  const { tokens, lexicon, syntax } = c;
  const marker = tokens.previousWord(d.start);
  const level = marker >= 0 && (lexicon.changeLevel.has(tokens.text(marker)) || lexicon.changeLevel.has(withoutConjunction(tokens.text(marker))));
  const sentence = c.sentenceOf(d.start);
  let k = level ? tokens.previousWord(marker) : tokens.previous(d.start);
  for (let words = 0; k >= 0 && words < LEVEL_NOUN_WORDS && d.start - k <= SEARCH_REACH && c.sentenceOf(k) === sentence; k = tokens.previous(k)) {
    if (c.isNumberToken(k)) return false;
    if (!tokens.isWord(k)) continue;
    words++;
    // Another figure, a time or an event word of its own between: "عدد القتلى 30 وأصيب 40" counts no dead.
    if (c.inTime(k, (k + 1) as TokenIndex) || (!level && syntax.predicates.matchAt(tokens, k))) return false;
    const after = tokens.nextWord(k);
    // "عدد القتلى", "حصيلة الضحايا": the noun after a noun of number.
    const counted = lexicon.countHeads.has(tokens, k) && after >= 0 ? syntax.units.tableUnitAt(tokens, after, true) : null;
    const unit = counted ?? (level ? (syntax.units.tableUnitAt(tokens, k, true) ?? syntax.units.tableUnitAt(tokens, k)) : null);
    if (unit && unit.kind === 'count' && withoutArticle(tokens.text(unit.start)).length > 2) {
      d.unitRef = unitRef(c, unit, false);
      return true;
    }
  }
  return false;
}
