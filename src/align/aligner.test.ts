import { describe, expect, it } from 'vitest';
import { claim } from '../../test/hand-claims.js';
import { createAligner, type AlignmentDocument } from './align.js';

describe('createAligner', () => {
  const day = (d: number): string => `2018-07-${String(d).padStart(2, '0')}`;
  const dead = (id: string, d: number, v = 73): AlignmentDocument => ({ id, source: id, publishedAt: day(d), claims: [claim(v, 'جريح')] });

  it('aligns as documents arrive, and closes what no later document can join', () => {
    const aligner = createAligner({ window: 1 });
    aligner.add(dead('a', 1));
    aligner.add(dead('b', 2));
    aligner.add(dead('c', 5, 97));
    expect(aligner.clusters().map((c) => c.members.length)).toEqual([2, 1]);
    const closed = aligner.close(day(4));
    expect(closed.map((c) => c.outlets)).toEqual([['a', 'b']]);
    expect(aligner.clusters().map((c) => c.outlets)).toEqual([['c']]);
    expect(aligner.close(day(4))).toEqual([]);
  });

  it('never closes clusters of undated documents', () => {
    const aligner = createAligner();
    aligner.add({ id: 'a', claims: [claim(73, 'جريح')] });
    expect(aligner.close('2030-01-01')).toEqual([]);
    expect(aligner.clusters()).toHaveLength(1);
  });

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

  it('rejects a document or a date that is malformed, naming it', () => {
    const aligner = createAligner();
    expect(() => aligner.add({ id: 'a', text: 3 } as never)).toThrow(new TypeError('Aligner.add: document.text must be a string, got 3'));
    expect(() => aligner.close('soon')).toThrow(/Aligner\.close: before must be a date/u);
  });
});
