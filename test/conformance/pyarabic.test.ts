import { describe, expect, it } from 'vitest';
import { parseArabicNumber } from '../../src/index.js';
import { hasPyarabic, pyarabicGenerated, rate, readJsonl, sameValue, type ValueRow } from './peers.js';

// PyArabic is GPL-3.0, so its rows stay in ../shared/peers beside the checkout (as in CI) and are not copied in.
describe.skipIf(!hasPyarabic)('PyArabic numbers-generated.jsonl through parseArabicNumber (soft target)', () => {
  it('reports the rate', () => {
    const rows = readJsonl<ValueRow>(pyarabicGenerated);
    const failures = rows.filter((r) => {
      const got = parseArabicNumber(r.input);
      return got === null || !sameValue(got, r.value);
    });
    console.log(`PyArabic numbers-generated: ${rate(rows.length - failures.length, rows.length)}`, failures.slice(0, 20));
    expect(rows.length).toBe(1213);
    expect((rows.length - failures.length) / rows.length).toBeGreaterThanOrEqual(0.9);
  });
});
