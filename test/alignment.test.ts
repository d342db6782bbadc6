/**
 * Alignment of the five corpus articles against test/fixtures/golden/alignment.json,
 * written by hand from the Arabic.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignClaims, extractQuantClaims, type ClaimCluster } from '../src/index.js';

interface MemberRef {
  document: string;
  text: string;
  occurrence?: number;
}
interface GoldenAlignment {
  clusters: Array<{ figure: string; status: 'consistent' | 'conflicting'; members: MemberRef[]; conflictsWith?: MemberRef }>;
  mustStayApart: Array<MemberRef & { why: string }>;
}

const root = join(import.meta.dirname, 'fixtures');
const files = readdirSync(join(root, 'corpus')).filter((f) => f.endsWith('.txt'));
const articles = new Map(files.map((f) => [f.slice(0, 3), readFileSync(join(root, 'corpus', f), 'utf8')]));
const documents = files.map((f) => ({ id: f.slice(0, 3), claims: extractQuantClaims(articles.get(f.slice(0, 3))!) }));
const clusters = alignClaims(documents);
const golden = JSON.parse(readFileSync(join(root, 'golden', 'alignment.json'), 'utf8')) as GoldenAlignment;

/** "000@1234" for a member reference: its document and where its text starts there. */
function keyOf(ref: MemberRef): string {
  const article = articles.get(ref.document)!;
  let at = -1;
  for (let n = 0; n < (ref.occurrence ?? 1); n++) at = article.indexOf(ref.text, at + 1);
  expect(at, `${ref.document}: "${ref.text}"`).toBeGreaterThanOrEqual(0);
  return `${ref.document}@${at}`;
}
const keysOf = (c: ClaimCluster): string[] => c.members.map((m) => `${m.documentId}@${m.claim.span.start}`).sort();

describe('alignment of the corpus', () => {
  it('finds exactly the clusters that span several documents', () => {
    const multi = clusters.filter((c) => new Set(c.members.map((m) => m.documentId)).size > 1).map(keysOf);
    const expected = golden.clusters.map((c) => c.members.map(keyOf).sort());
    expect(multi.sort()).toEqual(expected.sort());
  });

  for (const g of golden.clusters) {
    it(`${g.figure}: ${g.status}`, () => {
      const keys = g.members.map(keyOf).sort();
      const cluster = clusters.find((c) => keysOf(c).join() === keys.join())!;
      expect(cluster.status).toBe(g.status);
      if (g.conflictsWith) {
        const culprit = keyOf(g.conflictsWith);
        const index = cluster.members.findIndex((m) => `${m.documentId}@${m.claim.span.start}` === culprit);
        // The headline contradicts every other member, and the others agree with each other.
        expect(cluster.conflicts.every((k) => k.a === index || k.b === index)).toBe(true);
        expect(cluster.conflicts).toHaveLength(cluster.members.length - 1);
        expect(cluster.conflicts[0]!.kind).toBe('bound');
      }
      if (g.status === 'consistent') expect(cluster.consensus).not.toBeNull();
    });
  }

  it.each(golden.mustStayApart.map((r) => [r.text, r.why, r] as const))('keeps "%s" alone: %s', (_, __, ref) => {
    const key = keyOf(ref);
    const cluster = clusters.find((c) => keysOf(c).includes(key))!;
    expect(cluster.members).toHaveLength(1);
  });
});
