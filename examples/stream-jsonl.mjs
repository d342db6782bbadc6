/* global console, process */
// A streaming batch over JSON Lines: one document per line in, one per line out.
//
//   node examples/stream-jsonl.mjs examples/articles.jsonl > claims.jsonl
//   cat corpus.jsonl | node examples/stream-jsonl.mjs > claims.jsonl
//
// Each input line is {"id", "text", "publishedAt"?, "source"?}. Lines are read one at a time and
// written as soon as they are analysed, waiting for stdout to drain, so memory stays bounded by the
// largest document however long the input. Only the claims are kept, to compare the outlets at the
// end (a summary on stderr). The arabic-claims command line does the same with more care
// (size limits, worker threads, CSV): `arabic-claims extract --format jsonl corpus.jsonl`.
import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { alignClaims, extractQuantClaims } from 'arabic-claims';

const input = process.argv[2] ? createReadStream(process.argv[2]) : process.stdin;
const documents = [];
let lineNumber = 0;
let failed = 0;

for await (const line of createInterface({ input, crlfDelay: Infinity })) {
  lineNumber++;
  if (line.trim() === '') continue;
  let document;
  try {
    document = JSON.parse(line);
    if (typeof document.text !== 'string') throw new Error('"text" must be a string');
  } catch (error) {
    console.error(`line ${lineNumber}: ${error.message}`);
    failed++;
    continue;
  }
  const id = String(document.id ?? lineNumber);
  const claims = extractQuantClaims(document.text, document.publishedAt ? { publishedAt: document.publishedAt } : {});
  if (!process.stdout.write(`${JSON.stringify({ id, source: document.source ?? null, claims })}\n`)) await once(process.stdout, 'drain');
  documents.push({ id: document.source ?? id, claims });
}

const shared = alignClaims(documents).filter((c) => new Set(c.members.map((m) => m.documentId)).size > 1);
const conflicting = shared.filter((c) => c.status === 'conflicting');
const count = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
console.error(
  `${count(documents.length, 'document')}, ${count(documents.reduce((n, d) => n + d.claims.length, 0), 'claim')}; ` +
    `${count(shared.length, 'figure')} reported by more than one outlet, ${conflicting.length} conflicting`,
);
for (const c of conflicting) console.error(`  conflict: ${[...new Set(c.conflicts.map((k) => k.reason))].join('; ')}`);
process.exitCode = failed > 0 ? 1 : 0;
