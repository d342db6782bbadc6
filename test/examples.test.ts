/** The examples/ folder runs as documented (the browser page is in test/browser.test.ts). */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './cli-harness.js';

const node = (args: string[], input?: string) => spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', input: input ?? '' });
const articles = readFileSync(join(root, 'examples', 'articles.jsonl'), 'utf8')
  .trimEnd()
  .split('\n')
  .map((l) => JSON.parse(l) as { id: string; text: string });

describe('examples', () => {
  it('claims.mjs prints the claims of its sentence', () => {
    const r = node(['examples/claims.mjs']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n').slice(0, 4)).toEqual([
      '3 claims',
      '35 شخصا على الأقل | atLeast | 35 | خمسة وثلاثون | شخص | وزارة الصحة | 2024-03-09',
      // "آخرين" refers back to the people counted before it.
      'أكثر من مئة وعشرين آخرين | moreThan | 120 | مئة وعشرون | شخص | وزارة الصحة | 2024-03-09',
      'نحو 3 ملايين دولار | approximate | 3000000 | ثلاثة ملايين | دولار | وزارة الصحة | 2024-03-09',
    ]);
  });

  it('stream-jsonl.mjs streams a JSON Lines batch from a file or stdin and compares the outlets', () => {
    const fromFile = node(['examples/stream-jsonl.mjs', 'examples/articles.jsonl']);
    const fromStdin = node(['examples/stream-jsonl.mjs'], readFileSync(join(root, 'examples', 'articles.jsonl'), 'utf8'));
    for (const r of [fromFile, fromStdin]) {
      expect(r.status).toBe(0);
      const out = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { id: string; claims: Array<{ text: string; span: { start: number; end: number } }> });
      expect(out.map((d) => d.id)).toEqual(articles.map((a) => a.id));
      out.forEach((d, i) => {
        expect(d.claims.length).toBeGreaterThan(0);
        for (const c of d.claims) expect(articles[i]!.text.slice(c.span.start, c.span.end)).toBe(c.text);
      });
      expect(r.stderr).toBe('3 documents, 6 claims; 2 figures reported by more than one outlet, 1 conflicting\n  conflict: atLeast 35 contradicts lessThan 35\n');
    }
  });

  it('the CLI compares the example outlets', () => {
    const r = spawnSync(process.execPath, ['dist/cli.js', 'compare', 'examples/articles.jsonl'], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(0);
    // "أكثر من 120 آخرين" (people, the noun said before) agrees with "نحو 120 مصابا".
    expect(r.stdout).toContain('3 documents from 3 outlets; 2 figures reported by more than one outlet (1 conflicting, 1 agreeing)');
    expect(r.stdout).toMatch(/^CONFLICT {2}35 .* 2 outlets: outlet-a, outlet-b$/mu);
  });
});
