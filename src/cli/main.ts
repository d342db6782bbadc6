/**
 * The `arabic-claims` command line. The only part of the package that uses Node APIs.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { alignClaims, extractQuantClaims, findNumbers, parseArabicNumber, type Claim, type ClaimCluster, type NumberMatch } from '../index.js';

type Format = 'json' | 'jsonl' | 'table';

const usage = `Usage:
  arabic-claims compare [--format json|table] [--all] [--published-at YYYY-MM-DD] files...
      which figures several files report, where they agree and where they conflict
  arabic-claims extract [--format json|jsonl|table] [--published-at YYYY-MM-DD] [files...]
      quantitative claims of each file (stdin when no file)
  arabic-claims numbers [--format json|jsonl|table] [files...]
      number expressions of each file (stdin when no file)
  arabic-claims parse <expression...>
      the value of each expression
  arabic-claims --help`;

const utf8 = new TextDecoder('utf-8', { fatal: true });

function readSource(path: string): string {
  if (statSync(path).isDirectory()) throw new Error(`${path} is a directory`);
  try {
    return utf8.decode(readFileSync(path));
  } catch (error) {
    if (error instanceof TypeError) throw new Error(`${path} is not valid UTF-8`, { cause: error });
    throw error;
  }
}

function describeError(error: unknown, file: string): string {
  const code = (error as { code?: unknown }).code;
  if (code === 'ENOENT') return `${file}: no such file`;
  if (code === 'EACCES') return `${file}: permission denied`;
  return error instanceof Error ? error.message : String(error);
}

interface Options {
  format: Format;
  publishedAt?: string;
  all: boolean;
  files: string[];
}

function parseOptions(args: string[]): Options | string {
  const options: Options = { format: 'json', all: false, files: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--format') {
      const f = args[++i];
      if (f !== 'json' && f !== 'jsonl' && f !== 'table') return '--format takes json, jsonl or table';
      options.format = f;
    } else if (arg === '--published-at') {
      const d = args[++i];
      if (!d || !/^\d{4}-\d{2}-\d{2}$/u.test(d) || Number.isNaN(Date.parse(d))) return '--published-at takes a date as YYYY-MM-DD';
      options.publishedAt = d;
    } else if (arg === '--all') options.all = true;
    else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else options.files.push(arg);
  }
  return options;
}

/** Reads every source, reporting the unreadable ones and going on with the rest. */
function eachSource<T>(files: string[], read: (text: string) => T): { results: Array<{ source: string; result: T }>; failed: boolean } {
  const results: Array<{ source: string; result: T }> = [];
  let failed = false;
  if (files.length === 0) return { results: [{ source: '<stdin>', result: read(utf8.decode(readFileSync(0))) }], failed };
  const progress = files.length > 5 && process.stderr.isTTY;
  for (const [n, file] of files.entries()) {
    if (progress) process.stderr.write(`\r[${n + 1}/${files.length}] ${file}\u001b[K`);
    try {
      results.push({ source: file, result: read(readSource(file)) });
    } catch (error) {
      if (progress) process.stderr.write('\n');
      process.stderr.write(`arabic-claims: ${describeError(error, file)}\n`);
      failed = true;
    }
  }
  if (progress) process.stderr.write('\n');
  return { results, failed };
}

/** A cell of `width` columns: padded, or cut with … so that the next column keeps its place. */
const pad = (s: string, width: number): string => (s.length >= width ? `${s.slice(0, width - 2)}… ` : s + ' '.repeat(width - s.length));

function formatFigure(c: Claim): string {
  if (c.bound === 'range' || c.bound === 'vague') return `${c.min ?? ''}–${c.max ?? ''}`;
  return String(Number.isInteger(c.value) ? c.value : Number(c.value?.toFixed(4)));
}

function printClaimsTable(reports: Array<{ source: string; result: Claim[] }>): void {
  for (const { source, result } of reports) {
    process.stdout.write(`\n${source} (${result.length} claims)\n`);
    process.stdout.write(`  ${pad('figure', 14)}${pad('bound', 12)}${pad('unit', 14)}${pad('subject', 24)}${pad('speaker', 24)}${pad('time', 22)}text\n`);
    for (const c of result) {
      const time = !c.time ? '' : c.time.start && c.time.end && c.time.start !== c.time.end ? `${c.time.start}..${c.time.end}` : (c.time.start ?? c.time.end ?? c.time.text);
      process.stdout.write(
        `  ${pad(formatFigure(c), 14)}${pad(c.bound, 12)}${pad(c.unit?.lemma ?? '', 14)}${pad(c.subject?.text ?? '', 24)}${pad(c.speaker?.text ?? '', 24)}${pad(time, 22)}${c.text}\n`,
      );
    }
  }
}

function printComparison(clusters: ClaimCluster[], documents: number, all: boolean): void {
  const sources = (c: ClaimCluster): string[] => [...new Set(c.members.map((m) => m.documentId))];
  const shared = clusters.filter((c) => sources(c).length > 1);
  const shown = (all ? clusters : shared).sort((a, b) => Number(b.status === 'conflicting') - Number(a.status === 'conflicting'));
  const conflicting = shared.filter((c) => c.status === 'conflicting').length;
  process.stdout.write(
    `${documents} documents; ${shared.length} figures reported by more than one (${conflicting} conflicting, ${shared.length - conflicting} agreeing)\n\n`,
  );
  process.stdout.write(`${pad('verdict', 10)}${pad('figure', 12)}${pad('bounds', 20)}${pad('unit', 14)}${pad('subject', 24)}sources\n`);
  for (const c of shown) {
    const first = c.members[0]!.claim;
    const subject = c.members.find((m) => m.claim.subject)?.claim.subject?.text ?? '';
    const unit = c.members.find((m) => m.claim.unit)?.claim.unit?.lemma ?? '';
    const bounds = [...new Set(c.members.map((m) => m.claim.bound))].join('/');
    process.stdout.write(`${pad(c.status === 'conflicting' ? 'CONFLICT' : 'agree', 10)}${pad(formatFigure(first), 12)}${pad(bounds, 20)}${pad(unit, 14)}${pad(subject, 24)}${sources(c).length} sources\n`);
    for (const m of c.members) process.stdout.write(`${' '.repeat(10)}${pad(m.documentId, 30)}${pad(m.claim.bound, 12)}${m.claim.text}\n`);
    for (const k of c.conflicts) {
      process.stdout.write(`${' '.repeat(10)}why: ${k.reason} (${c.members[k.a]!.documentId} / ${c.members[k.b]!.documentId})\n`);
    }
    process.stdout.write('\n');
  }
}

function printNumbersTable(reports: Array<{ source: string; result: NumberMatch[] }>): void {
  for (const { source, result } of reports) {
    process.stdout.write(`${source}\n`);
    for (const m of result) {
      process.stdout.write(`  ${String(m.span.start).padStart(6)}-${String(m.span.end).padEnd(6)} ${m.kind.padEnd(8)} ${String(m.value).padStart(14)}  ${m.text}\n`);
    }
  }
}

function printJson<T>(reports: Array<{ source: string; result: T[] }>, format: 'json' | 'jsonl', key: string): void {
  if (format === 'jsonl') {
    for (const r of reports) for (const item of r.result) process.stdout.write(`${JSON.stringify({ source: r.source, ...item })}\n`);
  } else process.stdout.write(`${JSON.stringify(reports.map((r) => ({ source: r.source, [key]: r.result })), null, 2)}\n`);
}

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h') {
    process.stdout.write(`${usage}\n`);
    return command ? 0 : 2;
  }
  if (command === 'parse') {
    if (rest.length === 0) {
      process.stderr.write(`arabic-claims parse: give at least one expression\n${usage}\n`);
      return 2;
    }
    let status = 0;
    for (const expression of rest) {
      const value = parseArabicNumber(expression);
      if (value === null) status = 1;
      process.stdout.write(`${value === null ? 'null' : String(value)}\t${expression}\n`);
    }
    return status;
  }
  if (command !== 'extract' && command !== 'numbers' && command !== 'compare') {
    process.stderr.write(`arabic-claims: unknown command "${command}"\n${usage}\n`);
    return 2;
  }
  const options = parseOptions(rest);
  if (typeof options === 'string') {
    process.stderr.write(`arabic-claims: ${options}\n`);
    return 2;
  }
  if (command === 'numbers') {
    const { results, failed } = eachSource(options.files, findNumbers);
    if (options.format === 'table') printNumbersTable(results);
    else printJson(results, options.format, 'numbers');
    return failed ? 1 : 0;
  }
  const extractOptions = options.publishedAt ? { publishedAt: options.publishedAt } : {};
  if (command === 'compare') {
    if (options.files.length < 2) {
      process.stderr.write('arabic-claims compare: give two files or more\n');
      return 2;
    }
    const { results, failed } = eachSource(options.files, (text) => extractQuantClaims(text, extractOptions));
    const clusters = alignClaims(results.map((r) => ({ id: basename(r.source), claims: r.result })));
    if (options.format === 'table') printComparison(clusters, results.length, options.all);
    else process.stdout.write(`${JSON.stringify(options.all ? clusters : clusters.filter((c) => new Set(c.members.map((m) => m.documentId)).size > 1), null, 2)}\n`);
    return failed ? 1 : 0;
  }
  const { results, failed } = eachSource(options.files, (text) => extractQuantClaims(text, extractOptions));
  if (options.format === 'table') printClaimsTable(results);
  else printJson(results, options.format, 'claims');
  return failed ? 1 : 0;
}

// A reader that stops early (`| head`) closes the pipe: that is not an error of ours.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = main(process.argv.slice(2));
