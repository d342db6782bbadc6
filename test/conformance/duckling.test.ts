import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArabicNumber } from '../../src/index.js';
import { fixtures, rate, readJsonl, sameValue, type ValueRow } from './peers.js';

function run(file: string): { pass: number; failures: Array<[string, number, number | null]>; total: number } {
  const rows = readJsonl<ValueRow>(join(fixtures, 'duckling', file));
  const failures: Array<[string, number, number | null]> = [];
  for (const row of rows) {
    const got = parseArabicNumber(row.input);
    if (got === null || !sameValue(got, row.value)) failures.push([row.input, row.value, got]);
  }
  return { pass: rows.length - failures.length, failures, total: rows.length };
}

describe('Duckling Arabic corpora through parseArabicNumber', () => {
  it('numeral-ar.jsonl: at least 98%', () => {
    const r = run('numeral-ar.jsonl');
    console.log(`Duckling numeral-ar: ${rate(r.pass, r.total)}`, r.failures);
    expect(r.total).toBe(160);
    expect(r.pass / r.total).toBeGreaterThanOrEqual(0.98);
  });

  it('numeral-ar-eg.jsonl (Egyptian): reported', () => {
    const r = run('numeral-ar-eg.jsonl');
    console.log(`Duckling numeral-ar-eg: ${rate(r.pass, r.total)}`, r.failures);
    expect(r.total).toBe(159);
    // Not a target of the issue; guards the level reached so that it cannot silently fall.
    expect(r.pass / r.total).toBeGreaterThanOrEqual(0.95);
  });

  it('ordinal-ar.jsonl: reported', () => {
    const r = run('ordinal-ar.jsonl');
    console.log(`Duckling ordinal-ar: ${rate(r.pass, r.total)}`, r.failures);
    expect(r.total).toBe(30);
    expect(r.pass / r.total).toBeGreaterThanOrEqual(0.95);
  });
});
