/**
 * Runs the command line in this process (fast, for most tests) or as a child
 * process (for exit codes, pipes, worker threads and the built file).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { memorySink } from '../src/cli/output.js';
import { main } from '../src/cli/run.js';

export const root = join(import.meta.dirname, '..');
export const corpusDir = join(root, 'test', 'fixtures', 'corpus');
export const corpus = (name: string): string => join(corpusDir, name);

/** What a run printed and how it ended. */
export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Collects what is written to it. */
class TextWritable extends Writable {
  text = '';
  constructor(readonly isTTY = false) {
    super();
  }
  override _write(chunk: Buffer | string, _: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

/** The CLI in this process, with `input` (text or bytes) on stdin. */
export async function cli(args: string[], input: string | Buffer = '', tty: { stdin?: boolean; stderr?: boolean } = {}): Promise<Run> {
  const stdin = Object.assign(Readable.from([typeof input === 'string' ? Buffer.from(input) : input]), { isTTY: tty.stdin ?? false });
  const stdout = memorySink();
  const stderr = new TextWritable(tty.stderr ?? false);
  const status = await main(args, { stdin, stdout, stderr });
  return { status, stdout: stdout.text(), stderr: stderr.text };
}

/** The CLI as a child process: from the sources through tsx, or the built `dist/cli.js`. */
export function spawnCli(args: string[], input?: string | Buffer, options: { built?: boolean; cwd?: string } = {}): Run {
  const entry = options.built ? [join(root, 'dist', 'cli.js')] : ['--import', 'tsx', join(root, 'src', 'cli', 'main.ts')];
  const r = spawnSync(process.execPath, [...entry, ...args], {
    cwd: options.cwd ?? root,
    input: input ?? '',
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF records) into rows of fields. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field !== '' || row.length > 0) throw new Error('CSV does not end with CRLF');
  return rows;
}
