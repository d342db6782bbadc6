/** The batch CLI reads as a stream: memory bounded by the largest document, never by the input. */
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../src/cli/inputs.js';
import { inOrder } from '../src/cli/pool.js';

describe('streaming', () => {
  it('inOrder keeps at most `window` items started ahead and yields in input order', async () => {
    let pulled = 0;
    let yielded = 0;
    let maxAhead = 0;
    async function* items(): AsyncGenerator<number> {
      for (let i = 0; i < 50; i++) {
        pulled++;
        maxAhead = Math.max(maxAhead, pulled - yielded);
        yield i;
      }
    }
    // Later items finish first: the order must still be the input order.
    const slow = (i: number): Promise<number> => new Promise((resolve) => setTimeout(() => resolve(i), (50 - i) % 7));
    const out: number[] = [];
    for await (const r of inOrder(items(), slow, 4)) {
      yielded++;
      out.push(r);
    }
    expect(out).toEqual([...Array(50).keys()]);
    expect(maxAhead).toBeLessThanOrEqual(4);
  });

  it('skips a JSON Lines line over the limit without keeping it: 400 MB through stdin', async () => {
    const before = process.memoryUsage().rss;
    let peak = before;
    function* stream(): Generator<Buffer> {
      yield Buffer.from('{"id":"first","text":"قتل 5 أشخاص"}\n{"id":"huge","text":"');
      for (let i = 0; i < 400; i++) {
        // Sampled while the line streams through, when a reader that kept it would hold the most.
        if (i % 20 === 0) peak = Math.max(peak, process.memoryUsage().rss);
        yield Buffer.alloc(1 << 20, 0x61);
      }
      yield Buffer.from('"}\n{"id":"last","text":"قتل 7 أشخاص"}\n');
    }
    const seen: string[] = [];
    for await (const item of readInputs(['-'], { mode: 'jsonl', maxBytes: 1_000_000, stdin: Readable.from(stream()) })) {
      seen.push('document' in item ? `doc ${item.document.id}` : `failed ${item.failure.input}: ${item.failure.message}`);
      peak = Math.max(peak, process.memoryUsage().rss);
    }
    expect(seen).toEqual(['doc first', 'failed <stdin>:2: over the 1 MB document limit (--max-size)', 'doc last']);
    // Kept, the line would be 400 MB (and twice that decoded).
    expect(peak - before).toBeLessThan(150 * 1024 * 1024);
  });
});
