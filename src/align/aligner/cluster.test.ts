import { describe, expect, it } from 'vitest';
import { claim } from '../../../test/hand-claims.js';
import { subject } from '../../../test/align-of.js';
import type { Claim } from '../../model.js';
import { alignClaims, type AlignmentDocument } from '../align.js';

describe('alignClaims: cost', () => {
  // Generous guards: comparing every pair would take minutes here. Speed is measured by npm run bench:align.
  const many = (n: number, make: (i: number) => Claim): AlignmentDocument[] => Array.from({ length: n }, (_, i) => ({ id: `d${i}`, publishedAt: '2018-07-08', claims: [make(i)] }));

  it('checks a figure that thousands of documents repeat once', () => {
    const t0 = performance.now();
    const clusters = alignClaims(many(5000, () => claim(3150, 'عنصر')), { explain: false });
    expect(performance.now() - t0).toBeLessThan(8000);
    expect(clusters.map((c) => c.members.length)).toEqual([5000]);
  });

  it('keeps thousands of figures of one subject in clusters of at most 64 statements', () => {
    const t0 = performance.now();
    const clusters = alignClaims(many(5000, (i) => claim(1 + ((i * 7919) % 1_000_000), 'عنصر', { subject: subject('داعش') })), { explain: false });
    expect(performance.now() - t0).toBeLessThan(8000);
    expect(Math.max(...clusters.map((c) => c.members.length))).toBeLessThanOrEqual(64);
  });
});
