/**
 * Numbers, short and long: parseArabicNumber on a column of figures (one
 * short string per call, where the fixed cost of a call shows; issue 8:
 * target ≤ 1 µs per expression) next to findNumbers over running text.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findNumbers, parseArabicNumber } from '../src/index.js';
import { barePass } from './extraction.js';
import { type BenchSuite, type BenchTask, line, medianRatio, medianTime, megabytesPerSecond, sideBySide, utf8Bytes } from './harness.js';

/** The mixed list: digits in three scripts, grouping, scales, words, fractions, an ordinal, a sign, a non-number. */
export const expressions: readonly string[] = [
  '3000', '٣٠٠٠', '125.000', '22.000 ألف', '4.5 مليون', '١٬٢٣٤٬٥٦٧٫٨٩', 'ثلاثة آلاف وخمسمئة', 'سبعة ملايين و500 ألف',
  'ألف وتسعمئة وأربعة وثمانون', 'مليون ونصف المليون', 'ثلاثة أرباع', 'الحادي عشر', 'سالب خمسة', 'اربعه', 'ما لا يقل عن',
];

/**
 * PyArabic's expressions (GPL-3.0 test data, never copied in): read from
 * ../shared/peers/pyarabic beside the checkout, or from $PEERS_DIR/pyarabic.
 * Absent → that line is skipped.
 */
function pyarabicExpressions(): string[] | null {
  const dir = process.env.PEERS_DIR ? join(process.env.PEERS_DIR, 'pyarabic') : join(import.meta.dirname, '..', '..', 'shared', 'peers', 'pyarabic');
  const files = ['numbers.jsonl', 'numbers-generated.jsonl', 'ordinals-generated.jsonl'].map((f) => join(dir, f));
  if (!files.every(existsSync)) return null;
  return files.flatMap((f) =>
    readFileSync(f, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as { input: string; kind: string })
      .filter((row) => row.kind !== 'extract')
      .map((row) => row.input),
  );
}

/** Calls per run: enough that one run takes tens of milliseconds. */
const CALLS_PER_RUN = 40_000;

type Parse = (text: string) => number | null;

function parseAll(list: readonly string[], repeat: number, parse: Parse = parseArabicNumber): void {
  for (let r = 0; r < repeat; r++) for (const e of list) parse(e);
}

/**
 * The parseArabicNumber of a built file, if it exists and exports one: the built package (what a user's
 * code runs; tsx's per-module transform costs a short call more than the bundle does) or BENCH_BASELINE.
 */
async function parseOf(path: string | undefined): Promise<Parse | undefined> {
  if (!path || !existsSync(path)) return undefined;
  const loaded = (await import(pathToFileURL(path).href)) as { parseArabicNumber?: Parse };
  return typeof loaded.parseArabicNumber === 'function' ? loaded.parseArabicNumber : undefined;
}

function bareAll(list: readonly string[], repeat: number): void {
  for (let r = 0; r < repeat; r++) for (const e of list) barePass(e);
}

export const numbersSuite: BenchSuite = {
  title: 'Numbers: parseArabicNumber one expression per call, findNumbers over the corpus',
  async run({ corpus, corpusBytes, rounds }) {
    const built = await parseOf(join(import.meta.dirname, '..', 'dist', 'index.js'));
    const baseline = await parseOf(process.env.BENCH_BASELINE);
    const repeat = Math.ceil(CALLS_PER_RUN / expressions.length);
    const listBytes = utf8Bytes(expressions.join(''));
    const listChars = expressions.join('').length;
    const pyarabic = pyarabicExpressions();
    const pyRepeat = pyarabic ? Math.ceil(CALLS_PER_RUN / pyarabic.length) : 0;
    // Short and long apart: a run over 1 MB leaves the caches and the heap in a state that a process
    // parsing a column of cells is never in (it inflated the figure per expression by about 40%).
    const short: BenchTask[] = [
      { name: 'parse', run: () => parseAll(expressions, repeat) },
      { name: 'bare list', run: () => bareAll(expressions, repeat) },
    ];
    if (pyarabic) {
      short.push({ name: 'parse pyarabic', run: () => parseAll(pyarabic, pyRepeat) });
      short.push({ name: 'bare pyarabic', run: () => bareAll(pyarabic, pyRepeat) });
      if (built) short.push({ name: 'built pyarabic', run: () => parseAll(pyarabic, pyRepeat, built) });
      if (baseline) short.push({ name: 'baseline pyarabic', run: () => parseAll(pyarabic, pyRepeat, baseline) });
    }
    const shortTimings = sideBySide(short, rounds);
    const long = sideBySide(
      [
        { name: 'findNumbers', run: () => findNumbers(corpus) },
        { name: 'bare corpus', run: () => barePass(corpus) },
      ],
      rounds,
    );
    const timings = new Map([...shortTimings, ...long]);

    const micros = (task: string, calls: number): string => {
      const cpu = (medianTime(timings, task, 'cpu') * 1000) / calls;
      const wall = (medianTime(timings, task, 'wall') * 1000) / calls;
      return `${cpu.toFixed(2)} µs per expression (CPU time; ${wall.toFixed(2)} wall)`;
    };
    const parseMBs = (listBytes * repeat) / 1000 / medianTime(timings, 'parse');
    const findMBs = megabytesPerSecond(timings, 'findNumbers', corpusBytes);
    const lines = [
      line(`parseArabicNumber, mixed list of ${expressions.length} (${(listChars / expressions.length).toFixed(0)} chars each)`, micros('parse', repeat * expressions.length)),
      line('  ÷ bare NFKC+tokenise of the same expressions', `${medianRatio(timings, 'parse', 'bare list').toFixed(2)}×`),
      line('  cost per byte ÷ findNumbers cost per byte (fixed cost of a call)', `${(findMBs / parseMBs).toFixed(2)}×`),
    ];
    if (pyarabic) {
      const chars = pyarabic.join('').length / pyarabic.length;
      lines.push(
        line(`parseArabicNumber, PyArabic's ${pyarabic.length} expressions (${chars.toFixed(0)} chars each)`, micros('parse pyarabic', pyRepeat * pyarabic.length)),
        // The ratio holds still when the machine is loaded and the microseconds do not.
        line('  ÷ bare NFKC+tokenise of the same expressions', `${medianRatio(timings, 'parse pyarabic', 'bare pyarabic').toFixed(2)}×`),
      );
      if (built) lines.push(line('  built package (dist/index.js)', micros('built pyarabic', pyRepeat * pyarabic.length)));
      if (baseline) {
        lines.push(
          line('  BENCH_BASELINE', micros('baseline pyarabic', pyRepeat * pyarabic.length)),
          line('  built package ÷ BENCH_BASELINE', built ? `${medianRatio(timings, 'built pyarabic', 'baseline pyarabic').toFixed(2)}×` : 'no build'),
        );
      }
    }
    lines.push(
      line('findNumbers ÷ bare NFKC+tokenise pass (corpus)', `${medianRatio(timings, 'findNumbers', 'bare corpus').toFixed(2)}×`),
      line('  findNumbers', `${findMBs.toFixed(1)} MB/s`),
      line('  parseArabicNumber (mixed list)', `${parseMBs.toFixed(1)} MB/s`),
    );
    return lines;
  },
};
