/**
 * Every entry of the claims tables, read back through `extractQuantClaims`,
 * so that a contributor's new line is tested with no further work. (Bound
 * phrases are read back in extract.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { extractQuantClaims } from './extract.js';
import { claimsTables } from './lexicon.js';

const t = claimsTables;
const only = (text: string) => {
  const claims = extractQuantClaims(text);
  expect(claims, text).toHaveLength(1);
  return claims[0]!;
};

describe('claims tables', () => {
  it.each(t.boundSymbols.map((s) => [s.symbol, s.bound] as const))('"%s 30" is %s', (symbol, bound) => {
    expect(only(`عدد المصابين ${symbol} 30 شخصا`).bound).toBe(bound);
  });

  it.each(t.rangeSigns.map((s) => [s] as const))('"10%s20" is a range', (sign) => {
    expect(only(`قتل 10${sign}20 شخصا`)).toMatchObject({ bound: 'range', min: 10, max: 20 });
  });

  it.each(t.rangeOpeners.flatMap((o) => t.rangeJoiners.map((j) => [o, j] as const)))('"%s 10 %s 20" is a range', (opener, joiner) => {
    expect(only(`قتل ${opener} 10 ${joiner} 20 شخصا`)).toMatchObject({ bound: 'range', min: 10, max: 20 });
  });

  it.each(t.rangeJoiners.map((j) => [j] as const))('"بين 10 %s20" (joiner glued to the number) is a range', (joiner) => {
    expect(only(`قتل بين 10 ${joiner}20 شخصا`)).toMatchObject({ bound: 'range', min: 10, max: 20 });
  });

  it.each(t.vagueQuantities.map((v) => [v.phrase, v.min, v.max] as const))('"%s من المدنيين" is vague, %d–%d', (phrase, min, max) => {
    expect(only(`قتل ${phrase} من المدنيين`)).toMatchObject({ bound: 'vague', value: null, min, max });
  });

  it.each(t.notFigureBefore.map((w) => [w] as const))('the number after "%s" is a reference, not a figure', (word) => {
    expect(extractQuantClaims(`نصت ${word} 25 على ذلك`)).toEqual([]);
  });
});
