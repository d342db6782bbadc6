import { describe, expect, it } from 'vitest';
import { claim } from '../../../test/hand-claims.js';
import { createAligner, type AlignmentDocument } from '../align.js';

describe('createAligner: state', () => {
  const day = (d: number): string => `2018-07-${String(d).padStart(2, '0')}`;
  const dead = (id: string, d: number, v = 73): AlignmentDocument => ({ id, source: id, publishedAt: day(d), claims: [claim(v, 'جريح')] });

  it('serialises its state to JSON and resumes from it', () => {
    const first = createAligner({ window: 1 });
    first.add(dead('a', 1));
    first.add(dead('b', 2, 97));
    const state = JSON.parse(JSON.stringify(first)) as ReturnType<typeof first.toJSON>;
    expect(state.window).toBe(1);
    const resumed = createAligner({ state });
    expect(resumed.clusters()).toEqual(first.clusters());
    resumed.add(dead('c', 2));
    expect(resumed.clusters()[0]!.outlets).toEqual(['a', 'c']);
    expect(() => createAligner({ state: { version: 2 } as never })).toThrow(/options\.state must be an aligner's toJSON\(\)/u);
  });
});
