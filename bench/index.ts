/**
 * npm run bench: throughput.
 *   parseArabicNumber over a mixed list of expressions (ops/s)
 *   findNumbers and extractQuantClaims over the five corpus articles repeated to at least 1 MB
 *   (MB/s of UTF-8 input), and extraction as a ratio to a bare normalise-and-tokenise pass
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Bench } from 'tinybench';
import { extractQuantClaims, findNumbers, parseArabicNumber } from '../src/index.js';
import { createShadow } from '../src/text/shadow.js';
import { tokenize } from '../src/text/tokenize.js';

const corpusDir = join(import.meta.dirname, '..', 'test', 'fixtures', 'corpus');
const corpus = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(corpusDir, f), 'utf8'))
  .join('\n');
const megabyte = corpus.repeat(Math.ceil(1_000_000 / Buffer.byteLength(corpus)));
const bytes = Buffer.byteLength(megabyte);

const expressions = [
  '3000', '٣٠٠٠', '125.000', '22.000 ألف', '4.5 مليون', '١٬٢٣٤٬٥٦٧٫٨٩', 'ثلاثة آلاف وخمسمئة', 'سبعة ملايين و500 ألف',
  'ألف وتسعمئة وأربعة وثمانون', 'مليون ونصف المليون', 'ثلاثة أرباع', 'الحادي عشر', 'سالب خمسة', 'اربعه', 'ما لا يقل عن',
];

const bench = new Bench({ time: 2000 });
bench
  .add('parseArabicNumber (mixed list of 15)', () => {
    for (const e of expressions) parseArabicNumber(e);
  })
  .add(`findNumbers over the corpus (${(bytes / 1e6).toFixed(2)} MB)`, () => {
    findNumbers(megabyte);
  })
  .add(`extractQuantClaims over the corpus (${(bytes / 1e6).toFixed(2)} MB)`, () => {
    extractQuantClaims(megabyte);
  })
  .add('bare pass: normalise + tokenise (same text)', () => {
    tokenize(createShadow(megabyte).text);
  });

await bench.run();

const mbPerSecond = new Map<string, number>();
for (const task of bench.tasks) {
  const r = task.result;
  if (!r || !('throughput' in r)) continue;
  const opsPerSecond = r.throughput.mean;
  const line =
    task.name.startsWith('parseArabicNumber')
      ? `${(opsPerSecond * expressions.length).toFixed(0)} expressions/s`
      : `${((opsPerSecond * bytes) / 1e6).toFixed(1)} MB/s`;
  mbPerSecond.set(task.name.split(' ')[0]!, (opsPerSecond * bytes) / 1e6);
  console.log(`${task.name.padEnd(48)} ${opsPerSecond.toFixed(1).padStart(10)} ops/s   ${line}`);
}
const bare = mbPerSecond.get('bare');
const extraction = mbPerSecond.get('extractQuantClaims');
if (bare && extraction) console.log(`extractQuantClaims takes ${(bare / extraction).toFixed(1)}× the time of the bare pass`);
