/**
 * The unit slot: what a figure counts or measures — the word after it, after
 * a partitive من, or a counted noun in construct before it.
 */
import type { ClaimUnit } from '../model.js';
import type { UnitReading } from '../syntax/units.js';
import { article, cliticsButKaf, isDefinite, liArticle, stemCandidates, withoutArticle, withoutConjunction } from '../text/clitics.js';
import { NO_TOKEN, type TokenIndex } from '../text/coordinates.js';
import { foldWord } from '../text/fold.js';
import { SEARCH_REACH, type ClaimContext } from './context.js';
import { isFraction, type ClaimDraft } from './draft.js';
import { yearLike } from './figure.js';


/** Most words read back from a figure for the counted noun in construct before it. */
const UNIT_BEFORE_WORDS = 10;

/**
 * Reads the unit after the figure: "3000 مقاتل", "40%", or after a partitive من
 * ("13 من كبار مساعديه", "عشرات الآلاف من المدنيين"). A من before a noun that is
 * no unit names the subject instead ("300 من داعش"). Returns false when the
 * figure is a year after all ("2017" with no unit from the tables).
 */
export function readUnitAfter(c: ClaimContext, d: ClaimDraft): boolean {
  const { tokens } = c;
  const syntax = c.syntax;
  const lastToken = enclosingEnd(c, d);
  let unit = syntax.units.unitAfter(tokens, lastToken, (k) => c.isNumberToken(k)) ?? quotedUnitAfter(c, lastToken);
  // "ستة منهم", "ثلاثة آخرين": a word that refers back names no unit (see readElidedUnit).
  if (unit && (c.inTime(unit.start, unit.end) || c.lexicon.elisionAfter.has(tokens, unit.start))) unit = null;
  if (yearLike(tokens, d.last) && !(unit && syntax.units.tableUnitAt(tokens, unit.start))) return false;
  if (!unit || c.lexicon.links.of.has(tokens.text(unit.start))) {
    let from = unit ? unit.start : tokens.nextWord(lastToken);
    // "اثنين آخرين من قيادات الجماعة": the partitive after the word that refers back, when the sentence has
    // counted nothing before it ("34 رجلاً … و37 آخرين من منازلهم" are 37 more men, from their homes).
    const antecedent = c.countedBefore !== null && c.countedBefore.sentence === c.sentenceOf(d.number.start);
    if (from >= 0 && c.lexicon.elisionAfter.has(tokens, from)) from = antecedent ? NO_TOKEN : tokens.nextWord(from);
    unit = null;
    if (from >= 0 && c.lexicon.links.of.has(tokens.text(from))) {
      const head = tokens.nextWord(from);
      // "13 من كبار مساعديه": one qualifying word may stand before the counted noun; "250 من المحتجين
      // المدنيين": a definite sound plural the tables do not know is the counted noun, its adjective is not.
      const table =
        syntax.units.tableUnitAt(tokens, head, true) ?? definiteSoundPlural(c, head) ?? syntax.units.tableUnitAt(tokens, tokens.nextWord(head), true);
      if (table && !c.inTime(table.start, table.end)) {
        unit = table;
        d.partitive = true;
      } else if (head >= 0 && !c.inTime(head, (head + 1) as TokenIndex)) {
        // "بلغ عددها 94098 من أبريل 2017 إلى مارس": a من that opens a period names no owner.
        d.subject = c.nounPhrase(head);
      }
    }
  }
  // "34 رجلاً وطفلاً": two nouns counted together.
  if (unit) unit = withCoordinate(c, unit);
  d.unit = unit;
  if (unit) {
    d.unitRef = unitRef(c, unit, isFraction(d));
    // "(73) مركزاً": the claim opens with the bracket that closes before its unit.
    if (lastToken !== ((d.last.end - 1) as TokenIndex) && unit.start > lastToken) d.start = tokens.previous(d.number.start);
  }
  return true;
}

/** A sound masculine plural: المحتجين، المتظاهرون. */
const SOUND_MASCULINE_PLURAL = /^ال\p{L}{3,}(?:ين|ون)$/u;

/**
 * "250 من المحتجين": a definite sound masculine plural after a partitive من counts people of that
 * kind, though the tables do not list it (its singular by the regular endings: محتج).
 */
function definiteSoundPlural(c: ClaimContext, k: TokenIndex): UnitReading | null {
  if (k < 0 || !c.tokens.isWord(k) || c.inTime(k, (k + 1) as TokenIndex)) return null;
  const word = c.tokens.text(k);
  if (!SOUND_MASCULINE_PLURAL.test(word)) return null;
  const lemma = c.syntax.units.regularLemma(withoutArticle(word));
  return { start: k, end: (k + 1) as TokenIndex, lemma, singular: lemma, kind: 'count', construct: false };
}

/**
 * "34 رجلاً وطفلاً": two nouns counted together — unless the second is an event
 * word, which opens the next clause with its own figure: "مقتل 12 شخصا وإصابة 30".
 */
export function withCoordinate(c: ClaimContext, unit: UnitReading): UnitReading {
  const joined = c.syntax.units.withCoordinate(c.tokens, unit);
  return joined.end !== unit.end && c.syntax.predicates.matchAt(c.tokens, (joined.end - 1) as TokenIndex) ? unit : joined;
}

/**
 * A definite number follows the noun it counts, as its adjective: "الأهداف
 * الثلاثة" (the three goals), "بدوله الـ28", "بالدول الـ15 الأكثر تطوراً". The
 * unit is that noun, and the claim starts there. Returns false when the number
 * is not definite or no table noun stands before it.
 */
export function readUnitOfDefiniteNumber(c: ClaimContext, d: ClaimDraft): boolean {
  const { tokens, syntax } = c;
  const n = d.number;
  const before = tokens.previous(n.start);
  // "الـ28": the article is a word of its own, glued to the digits.
  const article = tokens.isWord(before) && tokens.text(before) === ARTICLE && tokens.end(before) === tokens.start(n.start);
  if (!article && !(tokens.isWord(n.start) && tokens.reading(n.start)?.definite === true)) return false;
  const noun = tokens.previousWord(article ? before : n.start);
  if (noun < 0 || c.isNumberToken(noun) || c.inTime(noun, (noun + 1) as TokenIndex)) return false;
  const unit = syntax.units.definiteNounAt(tokens, noun);
  if (!unit || unit.kind !== 'count') return false;
  d.unit = unit;
  d.unitRef = unitRef(c, unit, false);
  d.start = noun;
  return true;
}

const ARTICLE = article;

/** Marks that may enclose a figure in print: "(73) مركزاً", "«4» آلاف". */
const OPENING = '(«“"';
const CLOSING = ')»”"';

/**
 * The counted noun behind a quote mark: a quote opens on the noun ("طرد 60 «جاسوسا» روسيا") or closes
 * on the figure ("يعرض \"أكثر من 13,8 مليون\" شخص للخطر"). Only a noun of the unit tables is read there:
 * a word after a closing quote may as well open the next clause.
 */
function quotedUnitAfter(c: ClaimContext, last: TokenIndex): UnitReading | null {
  const { tokens } = c;
  const mark = tokens.next(last);
  // Any mark of the table quotePairs may stand there.
  if (!c.syntax.isQuoteMark(tokens, mark)) return null;
  const noun = tokens.nextWord(mark);
  if (noun < 0 || c.isNumberToken(noun)) return null;
  const table = c.syntax.units.tableUnitAt(tokens, noun);
  if (table) return table;
  // A noun quoted on its own ("60 «جاسوسا» روسيا") is the counted noun the writer distances himself from:
  // the mark opens and its pair closes right after the noun ("«جي بي دبليو 1000» خاصية «تريبيل جي»" is none).
  const closer = c.syntax.quoteCloser.get(tokens.text(mark));
  const close = tokens.next(noun);
  return closer !== undefined && tokens.isPunct(close) && tokens.text(close) === closer ? c.syntax.units.unitAfter(tokens, mark, (k) => c.isNumberToken(k)) : null;
}

/**
 * The token the unit is read after: the figure's last token, or the closing
 * mark of brackets or quotes around the figure ("(73) مركزاً").
 */
function enclosingEnd(c: ClaimContext, d: ClaimDraft): TokenIndex {
  const { tokens } = c;
  const last = (d.last.end - 1) as TokenIndex;
  const close = tokens.next(last);
  const open = tokens.previous(d.number.start);
  if (d.range || !tokens.isPunct(open, OPENING) || !tokens.isPunct(close, CLOSING)) return last;
  return OPENING.indexOf(tokens.text(open)) === CLOSING.indexOf(tokens.text(close)) ? close : last;
}

/**
 * "لم يتبق من مقاتلي داعش سوى أقل من ثلاثة آلاف": a counted noun in construct
 * before the figure, after من, gives the unit and its owner (داعش).
 */
export function readUnitBefore(c: ClaimContext, d: ClaimDraft): void {
  if (d.unit || d.partitive) return;
  const { tokens } = c;
  const sentence = c.sentenceOf(d.start);
  let k = tokens.previousWord(d.start);
  for (let words = 0; k >= 0 && words < UNIT_BEFORE_WORDS; words++) {
    if (c.isNumberToken(k) || c.sentenceOf(k) !== sentence) return;
    // "ثمانية من عناصر القوات حتفهم وأصيب 15": an event word of its own between, another count.
    if (c.syntax.predicates.matchAt(tokens, k)) return;
    if (c.lexicon.links.of.has(tokens.text(k))) {
      const unit = c.syntax.units.tableUnitAt(tokens, tokens.nextWord(k));
      if (unit && unit.construct) {
        d.unitRef = unitRef(c, unit, false);
        d.subject ??= c.nounPhrase(tokens.nextWord((unit.end - 1) as TokenIndex));
        return;
      }
    }
    k = tokens.previousWord(k);
  }
}

/** "بمقدار الثلث": a fraction with no unit names the part itself (ثلث). */
export function fractionAsUnit(c: ClaimContext, d: ClaimDraft): void {
  if (!isFraction(d) || d.unitRef) return;
  const last = (d.number.end - 1) as TokenIndex;
  const span = c.span(d.number.start, d.number.end);
  const word = withoutArticle(withoutConjunction(c.tokens.text(last)));
  const text = c.textOf(span);
  d.unitRef = { text, lemma: word, kind: 'fraction', singular: word };
}

/** The unit as the claim reports it: as written, its folded lemma, what it measures. */
export function unitRef(c: ClaimContext, unit: UnitReading, fraction: boolean): ClaimUnit {
  return {
    text: c.textOf(c.span(unit.start, unit.end)),
    lemma: unit.lemma,
    singular: unit.singular,
    kind: fraction ? 'fraction' : unit.kind,
    ...(unit.currency ? { currency: unit.currency } : {}),
  };
}

/**
 * Where the claim ends: after the unit when the unit follows the figure
 * directly (or after a partitive من), else after the figure.
 */
export function claimEnd(c: ClaimContext, d: ClaimDraft): TokenIndex {
  const unit = d.unit;
  const lastToken = enclosingEnd(c, d);
  const next = c.tokens.next(lastToken);
  // "13,8 مليون\" شخص": a quote mark may stand between the figure and its noun (see quotedUnitAfter).
  const reach = c.syntax.isQuoteMark(c.tokens, next) ? c.tokens.next(next) : next;
  if (unit && unit.start > lastToken && (d.partitive || unit.start <= reach)) return unit.end;
  return d.last.end;
}

/**
 * For "واحد" and "اثنان", which follow what they count ("شخص واحد", "غرفة
 * واحدة"): the unit is the noun before, and the claim starts there. Returns
 * false when no noun stands before ("واحداً من أبرز", "في وقت واحد" is kept as
 * a count of one time, but "واحد من" is "one of", no figure).
 */
export function readUnitOfAdjective(c: ClaimContext, d: ClaimDraft): boolean {
  const { tokens, syntax } = c;
  const noun = tokens.previousWord(d.number.start);
  if (noun < 0 || c.isNumberToken(noun) || c.inTime(noun, (noun + 1) as TokenIndex)) return false;
  // "تجعله واحداً من أبرز الفنانين", "تعد واحدة من أشهر": one of, no figure.
  const after = tokens.nextWord((d.number.end - 1) as TokenIndex);
  if (after >= 0 && c.lexicon.links.of.has(tokens.text(after))) return false;
  const word = tokens.text(noun);
  // "ليوم واحد", "لمدة عام واحد": a noun of time with واحد is a duration, not a figure.
  if (stemCandidates(word, cliticsButKaf).some((w) => c.lexicon.dates.durationUnit.has(withoutArticle(w)))) return false;
  // "حالة وفاة واحدة": the noun may complete a two-word unit begun before it.
  const before = tokens.previousWord(noun);
  const longer = before >= 0 ? syntax.units.tableUnitAt(tokens, before) : null;
  const table = longer && longer.end === noun + 1 ? longer : syntax.units.tableUnitAt(tokens, noun);
  if (!table && (syntax.units.isStopWord(word) || isDefinite(word) || tokens.isForeign(noun) || word.length < 3)) return false;
  const unit = table ?? { start: noun, end: (noun + 1) as TokenIndex, lemma: syntax.units.regularLemma(word), singular: syntax.units.regularLemma(word), kind: 'count' as const, construct: false };
  d.unit = unit;
  d.unitRef = unitRef(c, unit, false);
  d.start = unit.start;
  return true;
}

/** Most words read back from a figure in points for the rate they are points of. */
const RATE_BEFORE_WORDS = 14;

/**
 * Points of a rate are percentage points: "تراجعت نسبة البطالة بـ0,7 نقطة",
 * "ما يمثل 32,1% من الناتج، بزيادة أربع نقاط". A rate noun (نسبة، معدل) or a
 * percentage earlier in the sentence makes the unit a percentage; points of an
 * index ("تراجع المؤشر 120 نقطة") or of a league table stay counts.
 */
export function readPercentagePoints(c: ClaimContext, d: ClaimDraft): void {
  if (d.unitRef) d.unitRef = percentagePoints(c, d.start, d.unitRef);
}

/** `unit` as percentage points when it is a point of a rate named before token `start` (see readPercentagePoints). */
export function percentagePoints(c: ClaimContext, start: TokenIndex, unit: ClaimUnit): ClaimUnit {
  if (unit.kind !== 'count' || !c.lexicon.pointUnits.has(unit.lemma)) return unit;
  const { tokens } = c;
  const sentence = c.sentenceOf(start);
  let k = tokens.previous(start);
  for (let words = 0; k >= 0 && words < RATE_BEFORE_WORDS && start - k <= SEARCH_REACH && c.sentenceOf(k) === sentence; k = tokens.previous(k)) {
    if (isRateMark(c, k)) return { ...unit, kind: 'percent' };
    if (tokens.isWord(k)) words++;
  }
  return unit;
}

/** A noun of a rate (نسبة، بمعدل) or a percentage (%، بالمئة) at token `k`. */
function isRateMark(c: ClaimContext, k: TokenIndex): boolean {
  const { tokens, syntax } = c;
  if (!tokens.isWord(k)) return syntax.units.symbolAt(tokens, k)?.kind === 'percent';
  return c.lexicon.rateNouns.has(withoutArticle(tokens.text(k))) || c.lexicon.rateNouns.has(tokens.text(k)) || syntax.units.tableUnitAt(tokens, k)?.kind === 'percent';
}

/** True for a definite word at `k` that is no number word: "المنتهي", "الماضي" (not "الواحد"). */
function definiteQualifier(c: ClaimContext, k: TokenIndex): boolean {
  return k >= 0 && isDefinite(c.tokens.text(k)) && c.tokens.reading(k) === null;
}

/**
 * A rate: what the measure is per, after its unit — "60 دولاراً للبرميل" (the
 * noun after لل), "لكل برميل", "في الساعة", "يومياً". Extends the claim over it;
 * a length per hour is a speed.
 */
export function readPer(c: ClaimContext, d: ClaimDraft): void {
  const unit = d.unitRef;
  if (!unit || unit.kind === 'percent' || unit.kind === 'fraction') return;
  const { tokens, syntax } = c;
  const next = tokens.nextWord((d.end - 1) as TokenIndex);
  if (next < 0 || c.isNumberToken(next)) return;
  let per: string | undefined;
  let end = next;
  const marker = syntax.perMarkers.matchAt(tokens, next);
  // "15 منصة في الأسبوع المنتهي في 25 مايو", "في الأسبوع الماضي": a definite word after the marker makes it
  // one given week, when and not per what ("في اليوم الواحد" is still per day).
  if (marker && marker.entry.per !== undefined && definiteQualifier(c, tokens.nextWord((marker.end - 1) as TokenIndex))) return;
  if (marker) {
    end = ((marker.end - 1) as TokenIndex);
    if (marker.entry.per !== undefined) per = marker.entry.per;
    else {
      // "لكل برميل": the noun after the marker.
      const noun = tokens.nextWord(end);
      if (noun < 0 || c.isNumberToken(noun) || c.isStopWord(tokens.text(noun))) return;
      per = c.textOf(c.span(noun, (noun + 1) as TokenIndex));
      end = noun;
    }
  } else {
    // "للبرميل": ل and the article glued to the noun; the original after those two letters is the noun.
    // Only a measure or money is priced per thing: "73 مركزاً للتدريب" is for training, not per training.
    const word = tokens.text(next);
    if (unit.kind === 'count' || !word.startsWith(liArticle) || word.length < 5 || c.inTime(next, (next + 1) as TokenIndex)) return;
    const text = c.textOf(c.span(next, (next + 1) as TokenIndex));
    per = text.slice(2);
  }
  // A speed reads as one unit: "كيلومتر في الساعة" (per ساعة).
  const speed = unit.kind === 'length' && c.lexicon.speedTimeUnits.has(foldWord(per));
  const singular = speed && marker ? `${unit.singular ?? unit.lemma} ${c.textOf(c.span(next, marker.end as TokenIndex))}` : unit.singular;
  d.unitRef = { ...unit, per, ...(speed ? { kind: 'speed' as const, ...(singular !== undefined ? { singular } : {}) } : {}) };
  d.end = ((end + 1) as TokenIndex);
}

/** Most words read back from a figure for a phrase that makes its unit precise (درجة الحرارة), past another figure of the sentence. */
const CONTEXT_UNIT_WORDS = 24;
/** Most tokens of a bracketed aside skipped on the way: "(درجة الحرارة التي يشعر بها الجسد)". */
const ASIDE_TOKENS = 40;

/**
 * A unit the sentence makes precise (table contextUnits): "وبلغت درجة الحرارة 39.8 مئوية في مدينة غوجو،
 * بينما تجاوزت في بعض أنحاء طوكيو 37 درجة" measures in degrees Celsius, as "37 درجة مئوية" does; "بقوة
 * 6 درجات" of a quake stays in degrees, and so does "مؤشر الحرارة (درجة الحرارة التي يشعر بها الجسد)
 * سيصل إلى 45 درجة": a blocker (مؤشر) nearer than the cue, and a bracketed aside is skipped. The unit
 * keeps its text as written.
 */
export function readContextUnit(c: ClaimContext, d: ClaimDraft): void {
  const unit = d.unitRef;
  const precise = unit ? c.lexicon.contextUnits.get(unit.lemma) : undefined;
  if (!unit || !precise) return;
  const { tokens } = c;
  const sentence = c.sentenceOf(d.start);
  let k = tokens.previous(d.start);
  for (let words = 0; k >= 0 && words < CONTEXT_UNIT_WORDS && c.sentenceOf(k) === sentence; k = tokens.previous(k)) {
    if (tokens.isPunct(k, ')')) {
      const close = k;
      while (k >= 0 && close - k < ASIDE_TOKENS && !tokens.isPunct(k, '(')) k = tokens.previous(k);
      if (k < 0 || !tokens.isPunct(k, '(')) return;
      continue;
    }
    if (!tokens.isWord(k)) continue;
    words++;
    if (precise.blockers.has(withoutArticle(tokens.text(k)))) return;
    const cue = precise.cues.matchAt(tokens, k);
    if (cue && cue.end <= d.start) {
      d.unitRef = { ...unit, lemma: precise.lemma, singular: precise.singular };
      return;
    }
  }
}
