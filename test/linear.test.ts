/**
 * Linear-time guards on 1 MB of adversarial input (see ./linear-guard.ts).
 * Speed itself is measured by `npm run bench`, not here.
 */
import { describe, it } from 'vitest';
import { extractQuantClaims, findNumbers } from '../src/index.js';
import { expectLinear } from './linear-guard.js';

const MB = 1_000_000;
const fill = (unit: string): string => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);

const adversarial: Record<string, string> = {
  'one long digit run': fill('7'),
  'long و chains': fill('ثلاثة و عشرون و'),
  'repeated scale words': fill('ألف مليون '),
  '100k grouping separators': fill('1,'),
  'dotted runs': fill('1.000.'),
  'spaced groups': fill('123 '),
  'fractions and ratios': fill('نصف على ثلث من جزء '),
  'slashes and signs': fill('-1/2/'),
  'bounds, units and speakers': fill('وقال العقيد ما لا يقل عن 3 من مقاتلي داعش بين 5 و6 ألف، '),
  'quotes and colons without end': fill('“قال: «بحسب '),
};

describe('linear time', () => {
  for (const [name, input] of Object.entries(adversarial)) {
    it(`1 MB of ${name}`, () => {
      expectLinear(findNumbers, input, 60_000);
    });
    it(`1 MB of ${name}: extractQuantClaims`, () => {
      // Up to 500k claims from one megabyte ("1,1,1,…"): a quadratic rule would take hours.
      expectLinear(extractQuantClaims, input, 120_000);
    });
  }
});
