/**
 * Measures written the way recipes, weather reports and price lists write
 * them: a currency sign before the number ("$10"), a temperature below zero
 * ("2 تحت الصفر"), money with its hundredths ("3 دولارات و42 سنتاً"), and a
 * unit that carries its own number: the dual ("لترين" is two litres) or a unit
 * and a half ("لتر ونصف").
 */
import { conjunctionAnd } from '../text/clitics.js';
import type { Claim } from '../model.js';
import type { UnitReading } from '../syntax/units.js';
import { mentionTables } from '../syntax/mentions/tables.js';
import { type TokenIndex } from '../text/coordinates.js';
import { wordClaim } from './bare.js';
import type { ClaimContext } from './context.js';
import type { ClaimDraft } from './draft.js';
import { unitRef } from './unit.js';

/**
 * "$10", "$ 10": a currency sign before the number is its unit. So is a percent sign glued before it,
 * where typing right to left puts it: "بنسبة %60" (not after another number: "50%60").
 */
export function readSignBefore(c: ClaimContext, d: ClaimDraft): void {
  if (d.unitRef) return;
  const { tokens } = c;
  const before = tokens.previous(d.number.start);
  const sign = c.syntax.units.symbolAt(tokens, before);
  if (!sign) return;
  const gluedPercent = sign.kind === 'percent' && tokens.end(before) === tokens.start(d.number.start) && !c.isNumberToken(tokens.previous(before));
  if (sign.kind !== 'currency' && !gluedPercent) return;
  d.unit = sign;
  d.unitRef = unitRef(c, sign, false);
  d.start = sign.start;
}

/** "درجتين تحت الصفر", "2 تحت الصفر": below zero, the figure is negative (and a temperature). */
export function readBelowZero(c: ClaimContext, d: ClaimDraft): void {
  const { tokens, lexicon } = c;
  const m = lexicon.belowZero.matchAt(tokens, tokens.nextWord((d.end - 1) as TokenIndex));
  if (!m || d.value === null) return;
  d.value = -d.value;
  [d.min, d.max] = [d.max === null ? null : -d.max, d.min === null ? null : -d.min];
  // The unit of a figure below zero that writes none is the temperature noun of `kindUnits` (درجة مئوية).
  const degree = lexicon.kindUnits.get('temperature');
  if (degree) d.unitRef ??= { text: c.textOf(c.span(m.start, m.end)), lemma: degree.lemma, singular: degree.singular, kind: 'temperature' };
  d.end = m.end;
}

/** "3 دولارات و42 سنتاً": a currency and its hundredths are one amount. */
export function readHundredths(c: ClaimContext, d: ClaimDraft, nextNumber: number): boolean {
  const { tokens, lexicon } = c;
  if (d.unitRef?.kind !== 'currency' || d.value === null || d.range) return false;
  const next = c.numbers[nextNumber];
  if (!next) return false;
  const and = tokens.next((d.end - 1) as TokenIndex);
  const joined = tokens.isAnd(and) ? tokens.next(and) === next.start : and === next.start && tokens.isWord(and);
  const glued = tokens.isWord(and) && tokens.text(and) === conjunctionAnd && tokens.start(next.start) === tokens.end(and);
  if (!(joined || glued)) return false;
  const sub = tokens.nextWord((next.end - 1) as TokenIndex);
  if (sub < 0 || !lexicon.hundredths.has(tokens.text(sub))) return false;
  d.value += next.value / 100;
  d.min = d.max = d.value;
  d.end = ((sub + 1) as TokenIndex);
  return true;
}

/** The claims that a unit makes without a number: its dual, or the unit and a fraction. */
export function unitOnlyClaims(c: ClaimContext): Claim[] {
  const { tokens, syntax } = c;
  const out: Claim[] = [];
  for (let k = 0 as TokenIndex; k < tokens.length; k++) {
    if (!tokens.isWord(k) || c.isNumberToken(k) || c.inTime(k, (k + 1) as TokenIndex)) continue;
    // A number right before a dual is its own figure: "ثلاثة لترين" reads as three.
    if (c.isNumberToken(tokens.previous(k))) continue;
    const dual = syntax.units.dualAt(tokens, k);
    // A known name is no dual: "حركة طالبان" (not two students), "ميلان الإيطالي" (the club, not two miles).
    if (dual && mentionTables(syntax).known.matchAt(tokens, k)) continue;
    if (dual) {
      // "درجتين تحت الصفر" is −2.
      const below = c.lexicon.belowZero.matchAt(tokens, tokens.nextWord(k));
      out.push(wordClaim(c, k, below ? below.end : ((k + 1) as TokenIndex), below ? -2 : 2, 'exact', unitRef(c, dual, false)));
      continue;
    }
    // The table unit at the word, read once for both shapes below.
    const unit = syntax.units.tableUnitAt(tokens, k);
    if (!unit) continue;
    // "هدف وحيد", "نقطة وحيدة": a counted noun and a word of one.
    const sole = soleUnit(c, unit);
    if (sole) {
      out.push(wordClaim(c, k, (sole.word + 1) as TokenIndex, 1, 'exact', unitRef(c, sole.unit, false)));
      k = sole.word;
      continue;
    }
    const half = unitAndFraction(c, unit);
    if (half) {
      out.push(wordClaim(c, k, half.end, 1 + half.fraction, 'exact', unitRef(c, half.unit, false)));
      k = half.end;
    }
  }
  return out;
}

/** The word of one after a counted noun `unit` ("هدف وحيد"), or null. */
function soleUnit(c: ClaimContext, unit: UnitReading): { unit: UnitReading; word: TokenIndex } | null {
  const { tokens, lexicon } = c;
  if (unit.kind !== 'count') return null;
  const word = tokens.nextWord((unit.end - 1) as TokenIndex);
  return word >= 0 && lexicon.soleWords.has(tokens.text(word)) ? { unit, word } : null;
}

/** "لتر ونصف", "لتر و ربع": a measure `unit`, و, and a fraction of it. */
function unitAndFraction(c: ClaimContext, unit: UnitReading): { unit: UnitReading; fraction: number; end: TokenIndex } | null {
  const { tokens } = c;
  if (unit.kind === 'count' || unit.kind === 'currency' || unit.kind === 'percent') return null;
  let j = tokens.next((unit.end - 1) as TokenIndex);
  if (tokens.isAnd(j)) j = tokens.next(j);
  const reading = tokens.reading(j);
  const fraction = reading?.senses.find((s) => s.type === 'fraction' && s.number === 'singular');
  if (!fraction || fraction.type !== 'fraction' || !(reading!.prefix === conjunctionAnd || tokens.isAnd(tokens.previous(j)))) return null;
  return { unit, fraction: fraction.value, end: (j + 1) as TokenIndex };
}

