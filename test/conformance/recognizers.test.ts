import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../src/index.js';
import { rate, recognizersExclusions, recognizersNumberModel, sameValue, type RecognizersCase } from './peers.js';

// NumberModel covers cardinals, decimals and fractions; ordinals belong to its OrdinalModel, so they are left out here.
function valuesFound(input: string): number[] {
  return findNumbers(input)
    .filter((m) => m.kind !== 'ordinal')
    .map((m) => m.value);
}

function passes(c: RecognizersCase): boolean {
  const expected = c.Results.map((r) => Number(r.Resolution?.value));
  const got = valuesFound(c.Input);
  return got.length === expected.length && got.every((v, i) => sameValue(v, expected[i]!));
}

describe('Recognizers-Text Number/NumberModel.json through findNumbers', () => {
  const cases = recognizersNumberModel();
  const exclusions = recognizersExclusions();
  const excluded = new Set(exclusions.map((e) => e.index));

  it('the exclusion list names real cases, each with a reason', () => {
    expect(cases).toHaveLength(282);
    for (const e of exclusions) {
      expect(cases[e.index]?.Input, `case ${e.index}`).toBe(e.input);
      expect(e.reason.length).toBeGreaterThan(20);
    }
  });

  it('passes at least 95% of the cases its reference implementation passes', () => {
    const supported = cases.filter((c) => !(c.NotSupported ?? '').includes('dotnet') && !excluded.has(c.index));
    const failed = supported.filter((c) => !passes(c));
    const pass = supported.length - failed.length;
    console.log(
      `Recognizers-Text NumberModel, .NET-supported minus ${excluded.size} exclusions: ${rate(pass, supported.length)}`,
      failed.map((c) => [c.index, c.Input, valuesFound(c.Input)]),
    );
    expect(pass / supported.length).toBeGreaterThanOrEqual(0.95);
  });

  it('reports the rate over all 282 cases', () => {
    const pass = cases.filter(passes).length;
    const all = cases.filter((c) => !(c.NotSupported ?? '').includes('dotnet'));
    console.log(`Recognizers-Text NumberModel, all cases: ${rate(pass, cases.length)}; .NET-supported with no exclusions: ${rate(all.filter(passes).length, all.length)}`);
    // Guards the level reached (240/282 when written) so that it cannot silently fall.
    expect(pass).toBeGreaterThanOrEqual(235);
  });
});
