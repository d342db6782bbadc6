import { describe, expect, it } from 'vitest';
import { claim } from '../../../test/hand-claims.js';
import { doc, subject } from '../../../test/align-of.js';
import { alignClaims } from '../align.js';

describe('alignClaims: one fact with the cluster as a whole', () => {
  it('never joins claims of one document, and leaves the rest alone', () => {
    const clusters = alignClaims([doc('a', 'قتل 801 مدني. وقتل 801 مدني آخر')]);
    expect(clusters.map((c) => c.members.length)).toEqual([1, 1]);
  });

  it('never lets a cluster drift: every member is one fact with every other', () => {
    // 100, 110, 121 … of one subject: each step is within the factor of the last, not of the first.
    const docs = Array.from({ length: 30 }, (_, i) => ({ id: `d${i}`, claims: [claim(Math.round(100 * 1.1 ** i), 'عنصر', { subject: subject('داعش') })] }));
    const clusters = alignClaims(docs).map((c) => c.members.map((m) => m.claim.value!));
    expect(clusters.slice(0, 2)).toEqual([
      [100, 110, 121, 133, 146],
      [161, 177, 195, 214, 236],
    ]);
    for (const values of clusters) expect(Math.max(...values) / Math.min(...values)).toBeLessThanOrEqual(1.5);
  });
});
