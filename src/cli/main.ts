/**
 * The `arabic-claims` command line. The only part of the package that uses Node APIs.
 *
 *   arabic-claims numbers [--format json|jsonl|table] [files…]   number expressions of each file (stdin when none)
 *   arabic-claims parse <expression…>                              the value of each argument
 */
import { readFileSync, statSync } from 'node:fs';
import { findNumbers, parseArabicNumber, type NumberMatch } from '../index.js';

type Format = 'json' | 'jsonl' | 'table';

const usage = `Usage:
  arabic-claims numbers [--format json|jsonl|table] [files...]   find the numbers in each file (stdin when none)
  arabic-claims parse <expression...>                            print the value of each expression
  arabic-claims --help`;

interface Report {
  source: string;
  numbers: NumberMatch[];
}

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

function readStdin(): string {
  return utf8.decode(readFileSync(0));
}

function printTable(reports: Report[]): void {
  for (const { source, numbers } of reports) {
    process.stdout.write(`${source}\n`);
    for (const m of numbers) {
      process.stdout.write(`  ${String(m.span.start).padStart(6)}-${String(m.span.end).padEnd(6)} ${m.kind.padEnd(8)} ${String(m.value).padStart(14)}  ${m.text}\n`);
    }
  }
}

function print(reports: Report[], format: Format): void {
  if (format === 'table') printTable(reports);
  else if (format === 'jsonl') {
    for (const r of reports) for (const m of r.numbers) process.stdout.write(`${JSON.stringify({ source: r.source, ...m })}\n`);
  } else process.stdout.write(`${JSON.stringify(reports, null, 2)}\n`);
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
  if (command === 'numbers') {
    let format: Format = 'json';
    const files: string[] = [];
    for (let i = 0; i < rest.length; i++) {
      const arg = rest[i]!;
      if (arg === '--format') {
        const f = rest[++i];
        if (f !== 'json' && f !== 'jsonl' && f !== 'table') {
          process.stderr.write(`arabic-claims: --format takes json, jsonl or table\n`);
          return 2;
        }
        format = f;
      } else files.push(arg);
    }
    const reports: Report[] = [];
    let status = 0;
    if (files.length === 0) reports.push({ source: '<stdin>', numbers: findNumbers(readStdin()) });
    for (const [n, file] of files.entries()) {
      if (files.length > 5 && process.stderr.isTTY) process.stderr.write(`\r[${n + 1}/${files.length}] ${file}`);
      try {
        reports.push({ source: file, numbers: findNumbers(readSource(file)) });
      } catch (error) {
        // Report and go on: one unreadable file must not hide the others' results.
        process.stderr.write(`arabic-claims: ${describeError(error, file)}\n`);
        status = 1;
      }
    }
    if (files.length > 5 && process.stderr.isTTY) process.stderr.write('\n');
    print(reports, format);
    return status;
  }
  process.stderr.write(`arabic-claims: unknown command "${command}"\n${usage}\n`);
  return 2;
}

function describeError(error: unknown, file: string): string {
  const code = (error as { code?: unknown }).code;
  if (code === 'ENOENT') return `${file}: no such file`;
  if (code === 'EACCES') return `${file}: permission denied`;
  return error instanceof Error ? error.message : String(error);
}

// A reader that stops early (`| head`) closes the pipe: that is not an error of ours.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = main(process.argv.slice(2));
