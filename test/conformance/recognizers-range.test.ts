/**
 * Recognizers-Text Number/NumberRangeModel.json through extractQuantClaims: the bound of each figure
 * in RT's interval notation. A report, not a target: the suite is written in mathematical Arabic
 * ("أكبر من أو يساوي", "س>١٠", "يساوي ٢٠") more than in news Arabic.
 *
 * Conversions: moreThan (v,)  atLeast [v,)  lessThan (,v)  atMost (,v]  range [a,b) (RT's half-open
 * convention for ranges). Exact, approximate and vague claims are left out: RT reports no range for a
 * bare number.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractQuantClaims, type Claim } from '../../src/index.js';
import { fixtures, rate, sameValue } from './peers.js';

interface RangeCase {
  Input: string;
  NotSupported?: string;
  Results: Array<{ Resolution?: { value?: string } }>;
}

const cases = (JSON.parse(readFileSync(join(fixtures, 'recognizers-text', 'NumberRangeModel.json'), 'utf8').replace(/^\uFEFF/u, '')) as RangeCase[]).map(
  (c, index) => ({ ...c, index }),
);

function notation(c: Claim): string | null {
  switch (c.bound) {
    case 'moreThan':
      return `(${c.value},)`;
    case 'atLeast':
      return `[${c.value},)`;
    case 'lessThan':
      return `(,${c.value})`;
    case 'atMost':
      return `(,${c.value}]`;
    case 'range':
      return `[${c.min},${c.max})`;
    default:
      return null;
  }
}

/** Two interval notations agree: the same brackets and the same numbers. */
function sameInterval(a: string, b: string): boolean {
  const parse = (s: string): [string, string, string, string] | null => {
    const m = /^([[(])([^,]*),([^\])]*)([\])])$/u.exec(s.trim());
    return m ? [m[1]!, m[2]!, m[3]!, m[4]!] : null;
  };
  const x = parse(a);
  const y = parse(b);
  if (!x || !y || x[0] !== y[0] || x[3] !== y[3]) return false;
  const num = (s: string, t: string): boolean => (s === '' ? t === '' : t !== '' && sameValue(Number(s), Number(t)));
  return num(x[1], y[1]) && num(x[2], y[2]);
}

function passes(c: RangeCase): boolean {
  const got = extractQuantClaims(c.Input)
    .map(notation)
    .filter((n): n is string => n !== null);
  const expected = c.Results.map((r) => r.Resolution?.value ?? '');
  return got.length === expected.length && got.every((g, i) => sameInterval(g, expected[i]!));
}

describe('Recognizers-Text NumberRangeModel through extractQuantClaims (report)', () => {
  it('reports the rate', () => {
    const supported = cases.filter((c) => !(c.NotSupported ?? '').includes('dotnet'));
    const passSupported = supported.filter(passes).length;
    const passAll = cases.filter(passes).length;
    console.log(`Recognizers-Text NumberRangeModel: ${rate(passSupported, supported.length)} of the .NET-supported cases, ${rate(passAll, cases.length)} of all`);
    expect(cases).toHaveLength(145);
    // Guards the level reached when written, so that it cannot silently fall.
    expect(passSupported).toBeGreaterThanOrEqual(GUARD);
  });
});

const GUARD = 60;
