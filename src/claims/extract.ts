/**
 * extractQuantClaims: every quantitative claim of an Arabic news text.
 *
 * One pass reads the numbers, the time expressions and the speaker mentions;
 * each number that is a figure (not a date, a duration, an ordinal or a page
 * number) becomes a claim with its bound, unit, subject, predicate, time and
 * speaker, each read by a rule over the same lexemes.
 */
import type { ParsedNumber } from '../numbers/grammar.js';
import type { Lexemes } from '../numbers/lexemes.js';
import { readNumbers } from '../numbers/find.js';
import { foldWord } from '../text/fold.js';
import { requireString } from '../text/require-string.js';
import { createShadow, toOriginalSpan, type ShadowText, type Span } from '../text/shadow.js';
import { datelineOf, scanTimes, toReference, type TimeExpression } from '../dates/dates.js';
import { boundPhrases as defaultBoundPhrases, boundSymbols, rangeOpeners, rangeSigns, vagueQuantities, type BoundPhrase, type VagueQuantity } from './lexicon/bounds.js';
import { durationWords } from '../dates/lexicon.js';
import { notFigureBefore } from './lexicon/figures.js';
import { possessionWords, predicates as defaultPredicates, type PredicateEntry } from '../syntax/lexicon/predicates.js';
import { notOwnerHeads, type UnitEntry } from '../syntax/lexicon/units.js';
import type { Bound, Claim, ClaimUnit, TimeScope } from '../model.js';
import { entityRef, isDefinite, nextToken, nounPhraseAt, type Range } from '../syntax/noun-phrase.js';
import { nextWord, PhraseTable, previousWord } from '../syntax/phrases.js';
import { SpeakerFinder, SpeakerIndex, type SpeakerMention } from '../syntax/speakers.js';
import { structureOf, type TextStructure } from '../syntax/structure.js';
import { UnitTable, type UnitReading } from '../syntax/units.js';

/** Extra rules a caller adds to the built-in tables. */
export interface ClaimRules {
  /** More units: `{ lemma: 'صاروخ', kind: 'count', forms: ['صواريخ'], inflect: 'masculine' }`. */
  units?: readonly UnitEntry[];
  /** More bound phrases: `{ phrase: 'ما ينوف على', bound: 'moreThan', position: 'before' }`. */
  boundPhrases?: readonly BoundPhrase[];
  /** More reporting verbs: `'غرد'`. */
  reportingVerbs?: readonly string[];
  /** More predicates: `{ stem: 'هجر', forms: ['هجر', 'تهجير'] }`. */
  predicates?: readonly PredicateEntry[];
}

/** Options of one extraction. */
export interface ExtractOptions {
  /**
   * Publication date ("2017-12-06" or a Date), against which relative times
   * (أمس، الثلاثاء، الشهر الماضي) resolve. Without it the article's own
   * dateline is used when it has one.
   */
  publishedAt?: string | Date;
}

/** An extractor with its rule tables compiled, for reuse over many texts. */
export interface ClaimExtractor {
  /** Every quantitative claim of `text`, in reading order. */
  extract(text: string, options?: ExtractOptions): Claim[];
}

/**
 * How many lexemes a rule may look back or ahead of a claim. Rules count words,
 * but a sentence of digits and punctuation has none: this cap keeps every
 * claim's work constant, and so the whole extraction linear.
 */
const searchReach = 40;

const yearLike = (n: ParsedNumber, lx: Lexemes): boolean => {
  const numeral = lx.numeral(n.start);
  return n.end === n.start + 1 && numeral !== undefined && numeral.plainInteger && n.value >= 1900 && n.value <= 2100;
};

class Extractor implements ClaimExtractor {
  private readonly units: UnitTable;
  private readonly before: PhraseTable<BoundPhrase>;
  private readonly after: PhraseTable<BoundPhrase>;
  private readonly predicates: PhraseTable<PredicateEntry>;
  private readonly speakers: SpeakerFinder;
  private readonly vague = new PhraseTable<VagueQuantity>(vagueQuantities, (v) => v.phrase);
  private readonly openers = new PhraseTable(rangeOpeners, (o) => o);
  private readonly possession = new PhraseTable(possessionWords, (w) => w);
  private readonly notFigure = new Set(notFigureBefore.map(foldWord));
  private readonly notOwner: Set<string>;
  private readonly durations: Set<string>;

  constructor(rules: ClaimRules) {
    this.units = new UnitTable(rules.units ?? []);
    const bounds = [...(rules.boundPhrases ?? []), ...defaultBoundPhrases];
    this.before = new PhraseTable(bounds.filter((b) => b.position === 'before'), (b) => b.phrase);
    this.after = new PhraseTable(bounds.filter((b) => b.position === 'after'), (b) => b.phrase);
    this.predicates = new PhraseTable([...(rules.predicates ?? []), ...defaultPredicates], (p) => p.forms, ['و', 'ف', 'ب', 'ل']);
    this.notOwner = new Set(notOwnerHeads.map(foldWord));
    this.durations = new Set(durationWords.map(foldWord));
    this.speakers = new SpeakerFinder(
      rules.reportingVerbs ?? [],
      (lx, k) => this.predicates.has(lx, k),
      (w) => this.units.isDemonym(w),
    );
  }

  extract(text: string, options: ExtractOptions = {}): Claim[] {
    requireString(text, 'extractQuantClaims');
    const shadow = createShadow(text);
    const { lx, numbers } = readNumbers(shadow);
    const structure = structureOf(lx);
    const reference = toReference(options.publishedAt) ?? toReference(datelineOf(lx, numbers));
    const times = scanTimes(lx, numbers, reference);
    const context = new Context(shadow, lx, structure, numbers, times, this.speakers.find(lx, structure));
    const claims: Claim[] = [];
    for (let i = 0; i < numbers.length; i++) {
      const built = this.claimAt(context, i);
      if (!built) continue;
      claims.push(built.claim);
      i += built.consumed;
    }
    for (const v of this.vagueClaims(context)) claims.push(v);
    claims.sort((a, b) => a.span.start - b.span.start);
    return claims;
  }

  /** The claim of number `i`, and how many further numbers it took (the second end of a range). */
  private claimAt(c: Context, i: number): { claim: Claim; consumed: number } | null {
    const { lx } = c;
    const n = c.numbers[i]!;
    if (n.kind === 'ordinal' || c.inTime(n.start, n.end)) return null;
    const before = previousWord(lx, n.start);
    const beforeText = before >= 0 ? lx.text(before) : '';
    // "المادة 25", "والصفحة 12": a numbered reference, not a figure.
    if (this.notFigure.has(beforeText) || (/^[وف]/u.test(beforeText) && this.notFigure.has(beforeText.slice(1)))) return null;

    // A range: "بين 15 و20 ألف", "من 10 إلى 20".
    const range = this.rangeAt(c, i);
    const last = range ? range.second : n;
    let value: number | null = n.value;
    let min: number | null = null;
    let max: number | null = null;
    let bound: Bound = 'exact';
    let start = n.start;
    let cliticSkip = 0; // "وأكثر من": the glued و is not part of the claim
    if (range) {
      bound = 'range';
      value = null;
      [min, max] = [range.low, range.high];
      start = range.start;
    }

    // What is counted: after the number, after a partitive من, or before the number.
    let unit: UnitReading | null = this.units.unitAfter(lx, last.end - 1, (k) => c.numberIndexOf[k]! >= 0);
    let subject: Range | null = null;
    let partitive = false;
    if (unit && c.inTime(unit.start, unit.end)) unit = null;
    if (yearLike(last, lx) && !(unit && this.units.tableUnitAt(lx, unit.start))) return null;
    if (!unit || lx.text(unit.start) === 'من') {
      const from = unit ? unit.start : nextWord(lx, last.end - 1);
      if (from >= 0 && lx.text(from) === 'من') {
        const head = nextWord(lx, from);
        // "13 من كبار مساعديه": one qualifying word may stand before the counted noun.
        const table = this.units.tableUnitAt(lx, head) ?? this.units.tableUnitAt(lx, nextWord(lx, head));
        if (table && !c.inTime(table.start, table.end)) {
          unit = table;
          partitive = true;
        } else {
          unit = null;
          subject = nounPhraseAt(lx, head, (w) => this.units.isStopWord(w));
        }
      } else unit = null;
    }
    const isFraction = n.kind === 'fraction' && !range;
    if (unit && !subject) subject = this.ownerAfter(c, unit, isFraction);
    // "لدى القوات العراقية أكثر من 300 ألف من الجيش …": the owner is after لدى; من … is what they are made of.
    const possessor = this.possessorBefore(c, start);
    if (possessor && (!unit || !subject)) subject = possessor;
    let unitRef: ClaimUnit | null = unit ? this.unitRef(c, unit, isFraction) : null;
    if (!unit && !partitive) {
      const earlier = this.unitBefore(c, start);
      if (earlier) {
        unitRef = this.unitRef(c, earlier.unit, false);
        subject ??= earlier.owner;
      }
    }
    if (isFraction && !unitRef) {
      // "بمقدار الثلث": the fraction names the part itself.
      const word = lx.text(n.end - 1).replace(/^[وفبكل]?(?:ال|لل)/u, '');
      const span = c.span(n.start, n.end);
      unitRef = { text: c.shadow.original.slice(span.start, span.end), lemma: word, kind: 'fraction' };
    }
    subject ??= this.possessiveOwner(c, start);

    // Bounds written before the number or after it and its unit.
    let end = unit && unit.start > last.end - 1 && (partitive || unit.start <= nextToken(lx, last.end - 1)) ? unit.end : last.end;
    if (!range) {
      const b = this.before.matchEndingAt(lx, previousWord(lx, n.start));
      const symbol = b ? null : symbolBefore(lx, n.start);
      if (b) {
        bound = b.entry.bound;
        start = b.start;
        cliticSkip = b.clitic;
      } else if (symbol) {
        bound = symbol.bound;
        start = symbol.start;
      }
      const a = this.after.matchAt(lx, nextWord(lx, end - 1));
      if (a && (bound === 'exact' || bound === a.entry.bound)) {
        bound = a.entry.bound;
        end = a.end;
      }
      [min, max] = interval(bound, n.value);
    }

    const sentenceIndex = c.structure.sentenceOf[n.start]!;
    const sentence = c.structure.sentences[sentenceIndex]!;
    const claimSpan = c.span(start, end, cliticSkip);
    const near = this.predicateNear(c, start, end, sentence);
    const predicate = near?.entry ?? null;
    // "تنظيم “داعش” لا زال يملك 3000 مقاتل": the subject of a verb of possession owns the figure.
    if (!subject && near && predicate?.subjectOwns) subject = this.clauseSubject(c, near.at, sentence);
    const speaker = c.speakers.speakerFor(n.start, sentenceIndex, c.structure.paragraphOf[n.start]!, (m) => c.closeAfter(end, m.at));
    const claim: Claim = {
      id: `c${claimSpan.start}-${claimSpan.end}`,
      text: c.shadow.original.slice(claimSpan.start, claimSpan.end),
      span: claimSpan,
      value,
      min,
      max,
      bound,
      unit: unitRef,
      subject: subject ? entityRef(c.shadow, lx, subject) : null,
      speaker: speaker ? entityRef(c.shadow, lx, speaker) : null,
      predicate: predicate?.stem ?? null,
      change: predicate?.change ?? null,
      time: c.timeNear(start, end, sentence),
      sentence: c.span(sentence.start, sentence.end),
    };
    return { claim, consumed: range ? 1 : 0 };
  }

  private rangeAt(c: Context, i: number): { start: number; second: ParsedNumber; low: number; high: number } | null {
    const { lx } = c;
    const n = c.numbers[i]!;
    const m = c.numbers[i + 1];
    if (!m || m.kind === 'ordinal' || n.kind === 'ordinal') return null;
    const opener = this.openers.matchEndingAt(lx, previousWord(lx, n.start));
    // "10-20", "1000 - 5000", "20 ~ 100": two numerals joined by a range sign.
    const sign = nextToken(lx, n.end - 1);
    const hyphen =
      sign >= 0 && lx.type(sign) === 'punct' && rangeSigns.includes(lx.text(sign)) && nextToken(lx, sign) === m.start && lx.type(n.start) === 'numeral' && lx.type(m.start) === 'numeral';
    const joined = this.joinedBy(lx, n.end - 1, m.start, opener !== null);
    if (!hyphen && !(opener && joined)) return null;
    if (yearLike(n, lx) || yearLike(m, lx)) return null;
    // "بين 15 و20 ألف": a scale on the second end applies to the first.
    let low = n.value;
    const scaleOfSecond = this.scaleOf(lx, m);
    if (scaleOfSecond && low < scaleOfSecond && this.scaleOf(lx, n) === null) low *= scaleOfSecond;
    return { start: opener ? opener.start : n.start, second: m, low: Math.min(low, m.value), high: Math.max(low, m.value) };
  }

  /** True when number `m` follows lexeme `last` after و (apart or glued) or إلى/حتى. */
  private joinedBy(lx: Lexemes, last: number, mStart: number, hasOpener: boolean): boolean {
    if (!hasOpener) return false;
    const k = nextToken(lx, last);
    if (k === mStart) return lx.type(k) === 'word' && lx.text(k).startsWith('و');
    if (k >= 0 && lx.type(k) === 'word' && ['و', 'الي', 'حتي'].includes(lx.text(k))) return nextToken(lx, k) === mStart || lx.start(mStart) === lx.end(k);
    return false;
  }

  private scaleOf(lx: Lexemes, n: ParsedNumber): number | null {
    for (const s of lx.reading(n.end - 1)?.senses ?? []) if (s.type === 'scale') return s.value;
    return null;
  }

  /** The owner of a counted noun: "مقاتلي البشمركة", "من تنظيم الدولة الإسلامية", "جندي أميركي". */
  private ownerAfter(c: Context, unit: UnitReading, isFraction: boolean): Range | null {
    const { lx } = c;
    const after = nextWord(lx, unit.end - 1);
    if (after < 0) return null;
    const stop = (w: string): boolean => this.units.isStopWord(w);
    if (lx.text(after) === 'من') {
      // Whose people or things: "مقاتلاً من تنظيم الدولة". Measures (من الأراضي) and places (من قبضة التنظيم) own nothing.
      const head = nextWord(lx, after);
      if (unit.kind !== 'count' || head < 0 || this.notOwner.has(lx.text(head))) return null;
      return nounPhraseAt(lx, head, stop);
    }
    if ((unit.construct || isFraction) && !isDefinite(lx.text(unit.start))) {
      const np = nounPhraseAt(lx, after, stop);
      // An owner is a definite phrase or a name; a lone word with a glued و starts a new clause ("رجال وأحرقوا").
      const conjoined = np !== null && np.end === np.start + 1 && lx.text(np.start).startsWith('و');
      if (np && !conjoined && !c.inTime(np.start, np.end)) return np;
    }
    if (this.units.isDemonym(lx.text(after))) return { start: after, end: after + 1 };
    return null;
  }

  /** "لم يتبق من مقاتلي داعش سوى أقل من ثلاثة آلاف": a counted noun in construct before the number. */
  private unitBefore(c: Context, start: number): { unit: UnitReading; owner: Range | null } | null {
    const { lx } = c;
    let k = previousWord(lx, start);
    for (let words = 0; k >= 0 && words < 10; words++) {
      if (c.numberIndexOf[k]! >= 0 || c.structure.sentenceOf[k] !== c.structure.sentenceOf[start]) return null;
      if (lx.text(k) === 'من') {
        const unit = this.units.tableUnitAt(lx, nextWord(lx, k));
        if (unit && unit.construct) return { unit, owner: nounPhraseAt(lx, nextWord(lx, unit.end - 1), (w) => this.units.isStopWord(w)) };
      }
      k = previousWord(lx, k);
    }
    return null;
  }

  /** "تقليص عدد قواتها … إلى 3000 عنصر": the owner of "its forces" is the body named before it. */
  private possessiveOwner(c: Context, start: number): Range | null {
    const { lx } = c;
    const sentence = c.structure.sentenceOf[start]!;
    let k = start - 1;
    for (let words = 0; k >= 0 && k >= start - searchReach && words < 8 && c.structure.sentenceOf[k] === sentence; k--) {
      if (lx.type(k) !== 'word') continue;
      words++;
      const w = lx.text(k);
      if (!/(?:ها|هم)$/u.test(w) || !this.units.tableUnitAt(lx, k)) continue;
      // The nearest definite phrase before it that is not a time expression.
      for (let j = k - 1; j >= 0 && j >= k - searchReach && c.structure.sentenceOf[j] === sentence; j--) {
        if (lx.type(j) !== 'word' || !lx.text(j).startsWith('ال') || c.inTime(j, j + 1)) continue;
        let runStart = j;
        for (let p = previousWord(lx, j); p >= 0 && lx.text(p).startsWith('ال') && !c.inTime(p, p + 1); p = previousWord(lx, p)) runStart = p;
        return nounPhraseAt(lx, runStart, (x) => this.units.isStopWord(x));
      }
      return null;
    }
    return null;
  }

  private unitRef(c: Context, unit: UnitReading, isFraction: boolean): ClaimUnit {
    const span = c.span(unit.start, unit.end);
    return {
      text: c.shadow.original.slice(span.start, span.end),
      lemma: unit.lemma,
      kind: isFraction ? 'fraction' : unit.kind,
      ...(unit.currency ? { currency: unit.currency } : {}),
    };
  }

  /** The nearest predicate before the claim in its sentence (ten words at most), else just after it. */
  private predicateNear(c: Context, start: number, end: number, sentence: { start: number; end: number }): { entry: PredicateEntry; at: number } | null {
    const { lx } = c;
    for (let k = start - 1, words = 0; k >= sentence.start && k >= start - searchReach && words < 10; k--) {
      // Number words (the other figures of the sentence) do not count towards the distance.
      if (lx.type(k) !== 'word' || c.numberIndexOf[k]! >= 0) continue;
      words++;
      const m = this.predicates.matchAt(lx, k);
      if (m) return { entry: m.entry, at: k };
    }
    for (let k = end, words = 0; k < sentence.end && k < end + searchReach && words < 6; k++) {
      const t = lx.type(k);
      if (t === 'punct') break;
      if (t !== 'word') continue;
      words++;
      const m = this.predicates.matchAt(lx, k);
      if (m) return { entry: m.entry, at: k };
    }
    return null;
  }

  /** "لدى X" in the claim's clause, up to six words before it: X owns the figure. */
  private possessorBefore(c: Context, start: number): Range | null {
    const { lx } = c;
    const sentence = c.structure.sentenceOf[start];
    let k = previousWord(lx, start);
    for (let words = 0; k >= 0 && words < 6 && c.structure.sentenceOf[k] === sentence; words++) {
      if (this.possession.has(lx, k)) {
        const np = nounPhraseAt(lx, nextWord(lx, k), (w) => this.units.isStopWord(w));
        return np && np.end <= start ? np : null;
      }
      k = previousWord(lx, k);
    }
    return null;
  }

  /** The noun phrase opening the clause of the verb at `verb` (after a headline colon, if any). */
  private clauseSubject(c: Context, verb: number, sentence: { start: number; end: number }): Range | null {
    const { lx } = c;
    let k = sentence.start;
    for (let j = Math.max(sentence.start, verb - searchReach); j < verb; j++) if (lx.type(j) === 'punct' && lx.text(j) === ':') k = j + 1;
    if (verb - k > searchReach) return null;
    while (k < verb && lx.type(k) !== 'word' && !(lx.type(k) === 'punct' && lx.text(k) !== ':')) k++;
    const np = k < verb ? nounPhraseAt(lx, k, (w) => this.units.isStopWord(w)) : null;
    return np && np.end <= verb ? np : null;
  }

  /** Vague quantities with something counted after them: "عشرات الآلاف من المدنيين". */
  private vagueClaims(c: Context): Claim[] {
    const { lx } = c;
    const out: Claim[] = [];
    for (let k = 0; k < lx.length; k++) {
      if (lx.type(k) !== 'word' || c.numberIndexOf[k]! >= 0) continue;
      const m = this.vague.matchAt(lx, k);
      if (!m) continue;
      // "مئات الأشخاص" (construct with a definite noun) or "عشرات الآلاف من المدنيين" (partitive).
      const head = nextWord(lx, m.end - 1);
      const partitive = head >= 0 && lx.text(head) === 'من';
      const unit = this.units.tableUnitAt(lx, partitive ? nextWord(lx, head) : head, true);
      // "بضعة أسابيع" is a duration, not a figure.
      if (!unit || c.inTime(unit.start, unit.end) || this.durations.has(lx.text(unit.end - 1))) continue;
      const sentenceIndex = c.structure.sentenceOf[k]!;
      const sentence = c.structure.sentences[sentenceIndex]!;
      const span = c.span(k, unit.end);
      const owner = this.ownerAfter(c, unit, false);
      const speaker = c.speakers.speakerFor(k, sentenceIndex, c.structure.paragraphOf[k]!, (m) => c.closeAfter(unit.end, m.at));
      const predicate = this.predicateNear(c, k, unit.end, sentence)?.entry;
      out.push({
        id: `c${span.start}-${span.end}`,
        text: c.shadow.original.slice(span.start, span.end),
        span,
        value: null,
        min: m.entry.min,
        max: m.entry.max,
        bound: 'vague',
        unit: this.unitRef(c, unit, false),
        subject: owner ? entityRef(c.shadow, lx, owner) : null,
        speaker: speaker ? entityRef(c.shadow, lx, speaker) : null,
        predicate: predicate?.stem ?? null,
        change: predicate?.change ?? null,
        time: c.timeNear(k, unit.end, sentence),
        sentence: c.span(sentence.start, sentence.end),
      });
      k = unit.end;
    }
    return out;
  }
}

/** A comparison sign before the number ("> 30", ">=30", "≤ 5"), with where it starts. */
function symbolBefore(lx: Lexemes, numberStart: number): { bound: Bound; start: number } | null {
  let k = numberStart - 1;
  while (k >= 0 && lx.type(k) === 'space' && !lx.flag(k)) k--;
  if (k < 0 || lx.type(k) !== 'punct') return null;
  // Two-character signs are two punctuation lexemes: "<" then "=".
  const twoStart = k > 0 && lx.type(k - 1) === 'punct' ? k - 1 : -1;
  const two = twoStart >= 0 ? lx.text(twoStart) + lx.text(k) : '';
  const found = boundSymbols.find((s) => s.symbol === two) ?? boundSymbols.find((s) => s.symbol === lx.text(k));
  if (!found) return null;
  return { bound: found.bound, start: found.symbol.length === 2 && found.symbol === two ? twoStart : k };
}

/** The interval a bound asserts around a point value. */
function interval(bound: Bound, v: number): [number | null, number | null] {
  switch (bound) {
    case 'atLeast':
    case 'moreThan':
      return [v, null];
    case 'atMost':
    case 'lessThan':
      return [null, v];
    default:
      return [v, v];
  }
}

/** What one extraction knows about its text. */
class Context {
  /** For each lexeme, the index of the number covering it, or -1. */
  readonly numberIndexOf: Int32Array;
  /** For each lexeme, the index of the time expression covering it, or -1. */
  private readonly timeIndexOf: Int32Array;
  /** Time expressions by the sentences they touch. */
  private readonly timesBySentence = new Map<number, TimeExpression[]>();
  /** Speaker mentions, indexed for lookups. */
  readonly speakers: SpeakerIndex;

  constructor(
    readonly shadow: ShadowText,
    readonly lx: Lexemes,
    readonly structure: TextStructure,
    readonly numbers: readonly ParsedNumber[],
    times: readonly TimeExpression[],
    mentions: readonly SpeakerMention[],
  ) {
    this.speakers = new SpeakerIndex(mentions);
    for (const t of times) {
      for (let s = structure.sentenceOf[t.start]!; s <= structure.sentenceOf[t.end - 1]!; s++) {
        const list = this.timesBySentence.get(s);
        if (list) list.push(t);
        else this.timesBySentence.set(s, [t]);
      }
    }
    this.numberIndexOf = new Int32Array(lx.length).fill(-1);
    numbers.forEach((n, i) => this.numberIndexOf.fill(i, n.start, n.end));
    this.timeIndexOf = new Int32Array(lx.length).fill(-1);
    times.forEach((t, i) => this.timeIndexOf.fill(i, t.start, t.end));
  }

  /** True when a mention at `at` follows the claim ending at `end` within four words and one comma. */
  closeAfter(end: number, at: number): boolean {
    let words = 0;
    let commas = 0;
    if (at - end > searchReach) return false;
    for (let k = end; k < at; k++) {
      const t = this.lx.type(k);
      if (t === 'word' && ++words > 4) return false;
      if (t === 'punct' && ++commas > 1) return false;
    }
    return true;
  }

  /** The original span of lexemes `[start, end)`, less `skip` leading shadow characters. */
  span(start: number, end: number, skip = 0): Span {
    return toOriginalSpan(this.shadow, this.lx.start(start) + skip, this.lx.end(end - 1));
  }

  inTime(start: number, end: number): boolean {
    for (let k = start; k < end; k++) if (this.timeIndexOf[k]! >= 0) return true;
    return false;
  }

  /** The time expression of the claim's sentence nearest to it (times of day excluded). */
  timeNear(start: number, end: number, sentence: { start: number; end: number }): TimeScope | null {
    let best: TimeExpression | null = null;
    let bestDistance = Infinity;
    for (const t of this.timesBySentence.get(this.structure.sentenceOf[sentence.start]!) ?? []) {
      if (t.kind === 'time' || t.end <= sentence.start || t.start >= sentence.end) continue;
      const distance = t.end <= start ? start - t.end : t.start - end;
      if (distance >= 0 && distance < bestDistance) {
        best = t;
        bestDistance = distance;
      }
    }
    if (!best) return null;
    const span = this.span(best.start, best.end);
    return {
      text: this.shadow.original.slice(span.start, span.end),
      span,
      ...(best.from !== undefined ? { start: best.from } : {}),
      ...(best.to !== undefined ? { end: best.to } : {}),
    };
  }
}

/**
 * Compiles an extractor with extra rules added to the built-in tables, for
 * reuse over many texts (the tables are compiled once, here).
 *
 * @param rules - Extra units, bound phrases, reporting verbs and predicates.
 * @returns An extractor.
 *
 * @example
 * ```ts
 * const extractor = createClaimExtractor({ units: [{ lemma: 'مسيرة', kind: 'count', forms: ['مسيرات'] }] });
 * extractor.extract('أسقط الجيش 12 مسيرة');
 * ```
 */
export function createClaimExtractor(rules: ClaimRules = {}): ClaimExtractor {
  return new Extractor(rules);
}

let defaultExtractor: Extractor | undefined;

/**
 * Extracts every quantitative claim of an Arabic news text, in reading order:
 * the figure and its bound (أكثر من، ما لا يقل عن، نحو، بين … و …، عشرات الآلاف),
 * what it counts (the noun after it, after a partitive من, or before it) with its
 * lemma, whose it is, who says so (through reporting verbs, attributions and
 * quotes, carried on through the paragraph), the event, the period it covers,
 * and exact spans for all of them.
 *
 * Years, dates, times of day, durations (خلال ستة أعوام: the claim's time, not a
 * claim), ordinals and page, article or phone numbers are not claims.
 *
 * @param text - An article or any Arabic text.
 * @param options - `publishedAt` for relative times; else the article's dateline.
 * @returns The claims.
 * @throws TypeError when `text` is not a string.
 *
 * @example
 * ```ts
 * const [claim] = extractQuantClaims('ويقول التحالف أن ضرباته قتلت ما لا يقل عن 801 مدنياً');
 * // claim.text === 'ما لا يقل عن 801 مدنياً', claim.bound === 'atLeast', claim.min === 801,
 * // claim.unit.lemma === 'مدني', claim.speaker.text === 'التحالف', claim.predicate === 'قتل'
 * ```
 */
export function extractQuantClaims(text: string, options: ExtractOptions = {}): Claim[] {
  defaultExtractor ??= new Extractor({});
  return defaultExtractor.extract(text, options);
}

