/**
 * Duckling's Arabic money, quantity, volume and temperature corpora through
 * `extractQuantClaims` (and duration through `findDates`): the figure with the
 * right value and the right kind of unit. Duckling converts kilo- and
 * milli- units to the base unit; this library keeps the written unit, so a
 * row is compared after converting the claim's unit to Duckling's.
 *
 * Excluded rows, each with its reason, are in duckling-units-exclusions.json.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractQuantClaims, findDates, type Claim } from '../../src/index.js';
import { foldWord } from '../../src/text/fold.js';
import { fixtures, rate, readJsonl, sameValue } from './peers.js';

interface UnitRow {
  input: string;
  value?: number;
  min?: number;
  max?: number;
  bound?: 'between' | 'under' | 'above';
  unit: string;
}

/** Duckling's unit for the library's (folded lemma or currency code), and the factor from one to the other. */
const duckling: Record<string, [unit: string, factor: number]> = {
  USD: ['Dollar', 1],
  EUR: ['EUR', 1],
  GBP: ['GBP', 1],
  [foldWord('جنيه')]: ['Pound', 1],
  [foldWord('سنت')]: ['Cent', 1],
  [foldWord('غرام')]: ['Gram', 1],
  [foldWord('كيلوغرام')]: ['Gram', 1000],
  [foldWord('مليغرام')]: ['Gram', 0.001],
  [foldWord('أونصة')]: ['Ounce', 1],
  [foldWord('كوب')]: ['Cup', 1],
  [foldWord('لتر')]: ['Litre', 1],
  [foldWord('مليلتر')]: ['Millilitre', 1],
  [foldWord('هكتولتر')]: ['Hectolitre', 1],
  [foldWord('غالون')]: ['Gallon', 1],
  [foldWord('درجة مئوية')]: ['Celsius', 1],
  [foldWord('درجة فهرنهايت')]: ['Fahrenheit', 1],
  [foldWord('درجة')]: ['Degree', 1],
};

/** What Duckling calls a unit the library names by its currency code (KWD, JOD …) is the code itself. */
function unitOf(claim: Claim): [string, number] | null {
  const u = claim.unit;
  if (!u) return null;
  const byLemma = duckling[u.lemma];
  if (byLemma) return byLemma;
  if (u.currency) return duckling[u.currency] ?? [u.currency, 1];
  return null;
}

const exclusions = JSON.parse(readFileSync(join(import.meta.dirname, 'duckling-units-exclusions.json'), 'utf8')) as Record<string, string>;

/** A row passes when one claim of the input has Duckling's value (or interval) in Duckling's unit. */
function passes(row: UnitRow): boolean {
  return extractQuantClaims(row.input).some((c) => {
    const unit = unitOf(c);
    // A bare degree sign or word is a temperature in Celsius to this library, a "Degree" to Duckling.
    const sameUnit = unit !== null && (unit[0] === row.unit || (row.unit === 'Degree' && unit[0] === 'Celsius') || (row.unit === 'Celsius' && unit[0] === 'Degree'));
    if (!sameUnit) return false;
    const f = unit[1];
    const scaled = (v: number | null): number | null => (v === null ? null : v * f);
    if (row.bound === 'between') return c.bound === 'range' && sameValue(scaled(c.min)!, row.min!) && sameValue(scaled(c.max)!, row.max!);
    if (row.bound === 'under') return (c.bound === 'lessThan' || c.bound === 'atMost') && sameValue(scaled(c.value)!, row.max!);
    if (row.bound === 'above') return (c.bound === 'moreThan' || c.bound === 'atLeast') && sameValue(scaled(c.value)!, row.min!);
    return c.value !== null && sameValue(scaled(c.value)!, row.value!);
  });
}

const files = ['amount-of-money-ar.jsonl', 'quantity-ar.jsonl', 'volume-ar.jsonl', 'temperature-ar.jsonl'];

describe('Duckling Arabic units through extractQuantClaims', () => {
  const rows = files.flatMap((f) => readJsonl<UnitRow>(join(fixtures, 'duckling', f)).map((row) => ({ ...row, file: f })));
  const scored = rows.filter((r) => !(r.input in exclusions));

  it('lists a reason for every excluded row, and every excluded row exists', () => {
    const inputs = new Set(rows.map((r) => r.input));
    for (const [input, reason] of Object.entries(exclusions)) {
      expect(inputs.has(input), input).toBe(true);
      expect(reason.length).toBeGreaterThan(10);
    }
  });

  it('reads at least 90% of the money, quantity, volume and temperature rows', () => {
    const failures = scored.filter((r) => !passes(r)).map((r) => `${r.file}: ${r.input}`);
    const pass = scored.length - failures.length;
    console.log(`Duckling units: ${rate(pass, scored.length)} (${rows.length - scored.length} excluded, ${rate(pass, rows.length)} of all rows)`, failures);
    expect(pass / scored.length).toBeGreaterThanOrEqual(0.9);
  });

  it('reads the duration rows as durations with their count', () => {
    const durations = readJsonl<UnitRow>(join(fixtures, 'duckling', 'duration-ar.jsonl'));
    const failures = durations.filter((r) => !findDates(`استمر ${r.input}`).some((d) => d.kind === 'duration')).map((r) => r.input);
    console.log(`Duckling durations found: ${rate(durations.length - failures.length, durations.length)}`, failures);
    expect(durations.length).toBe(14);
  });
});
