/**
 * Shared helpers for the corpus converters in scripts/data/.
 *
 * Every converter reads a repository snapshot that the search tool's `fetch` brought to
 * /work/.mirror/<owner>+<name>/repo (a bare git dir, or a dir holding .git), and writes JSON Lines
 * under .data/ (gitignored). Nothing third-party is committed: the outputs are rebuilt from the mirror.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateRawSync } from 'node:zlib';

export const MIRROR_ROOT = process.env.MIRROR_ROOT ?? '/work/.mirror';

/** Repository root of arabic-claims (two levels above this file). */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Output root: <project>/.data unless DATA_DIR is set. */
export const DATA_DIR = process.env.DATA_DIR ?? resolve(PROJECT_ROOT, '.data');

/** Default mirror directory of a GitHub repository `owner/name`. */
export function defaultMirror(ownerName: string): string {
  return resolve(MIRROR_ROOT, `${ownerName.replace('/', '+')}`, 'repo');
}

/**
 * The mirror directory to read: the first CLI argument that is not a flag, or the default.
 * Exits with code 3 (and a message) when the directory is absent, so rebuild.sh can skip it.
 */
export function mirrorFromArgs(ownerName: string): string {
  const arg = process.argv.slice(2).find((a) => !a.startsWith('--'));
  const dir = arg ?? defaultMirror(ownerName);
  if (!existsSync(dir)) {
    console.error(`mirror of ${ownerName} not found at ${dir}; fetch it first (see scripts/data/README.md)`);
    process.exit(3);
  }
  return dir;
}

function git(dir: string, args: string[], input?: string): Buffer {
  return execFileSync('git', ['-C', dir, ...args], {
    maxBuffer: 2 ** 31 - 1,
    ...(input === undefined ? {} : { input }),
  });
}

export interface RepoInfo {
  repo: string;
  commit: string;
  commitDate: string;
}

/** The commit a converter reads (HEAD unless `rev` is given) and its committer date. */
export function repoInfo(dir: string, repo: string, rev = 'HEAD'): RepoInfo {
  const out = git(dir, ['log', '-1', '--format=%H %cI', rev]).toString('utf8').trim();
  const [commit = '', commitDate = ''] = out.split(' ');
  return { repo, commit, commitDate };
}

/** Paths (relative to the repository root) of the blobs at `rev`, optionally under `prefix`. */
export function listFiles(dir: string, rev = 'HEAD', prefix?: string): string[] {
  const args = ['ls-tree', '-r', '-z', '--name-only', rev];
  if (prefix !== undefined) args.push('--', prefix);
  return git(dir, args)
    .toString('utf8')
    .split('\0')
    .filter((p) => p.length > 0);
}

/** One blob's bytes. */
export function readBlob(dir: string, path: string, rev = 'HEAD'): Buffer {
  return git(dir, ['cat-file', 'blob', `${rev}:${path}`]);
}

/**
 * Many blobs in one `git cat-file --batch` call. Paths must not contain newlines.
 * Returns a map path -> bytes; a missing path throws.
 */
export function readBlobs(dir: string, paths: string[], rev = 'HEAD'): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const chunk = 2000;
  for (let i = 0; i < paths.length; i += chunk) {
    const part = paths.slice(i, i + chunk);
    const buf = git(dir, ['cat-file', '--batch'], part.map((p) => `${rev}:${p}\n`).join(''));
    let pos = 0;
    for (const p of part) {
      const nl = buf.indexOf(0x0a, pos);
      const header = buf.subarray(pos, nl).toString('utf8');
      const fields = header.split(' ');
      if (fields[1] !== 'blob') throw new Error(`git cat-file: ${header} for ${p}`);
      const size = Number(fields[2]);
      out.set(p, buf.subarray(nl + 1, nl + 1 + size));
      pos = nl + 1 + size + 1; // content is followed by a newline
    }
  }
  return out;
}

export interface ZipEntry {
  name: string;
  data: Buffer;
}

/** Minimal ZIP reader (stored and deflated entries; no ZIP64, no encryption). */
export function readZip(buf: Buffer): ZipEntry[] {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('zip: end of central directory not found');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error('zip: bad central directory entry');
    const method = buf.readUInt16LE(p + 10);
    const compSize = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.subarray(p + 46, p + 46 + nameLen).toString('utf8');
    p += 46 + nameLen + extraLen + commentLen;
    if (buf.readUInt32LE(local) !== 0x04034b50) throw new Error(`zip: bad local header for ${name}`);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(start, start + compSize);
    let data: Buffer;
    if (method === 0) data = Buffer.from(raw);
    else if (method === 8) data = inflateRawSync(raw);
    else throw new Error(`zip: unsupported method ${method} for ${name}`);
    if (data.length !== size) throw new Error(`zip: size mismatch for ${name}`);
    entries.push({ name, data });
  }
  return entries;
}

/** Writes rows as JSON Lines (UTF-8, one object per line, trailing newline). Creates the directory. */
export function writeJsonl(path: string, rows: readonly unknown[]): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length > 0 ? '\n' : ''));
}

/** Writes `<output>.meta.json` next to an output file: source repo, commit, licence, counts. */
export function writeMeta(outputPath: string, meta: Record<string, unknown>): void {
  const path = outputPath.replace(/\.jsonl$/u, '') + '.meta.json';
  writeFileSync(path, JSON.stringify({ ...meta, output: outputPath, builtAt: new Date().toISOString() }, null, 2) + '\n');
}

/** Counts occurrences of each key. */
export function countBy<T>(items: Iterable<T>, key: (item: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const it of items) {
    const k = key(it);
    out[k] = (out[k] ?? 0) + 1;
  }
  return out;
}

export interface Span {
  start: number;
  end: number;
  text: string;
}

/**
 * Checks that text.slice(start, end) === span.text for every span (UTF-16 offsets, as JavaScript
 * indexes strings). Returns the number of mismatches and logs the first few.
 */
export function checkSpans(id: string, text: string, spans: readonly Span[], log: string[]): number {
  let bad = 0;
  for (const s of spans) {
    if (text.slice(s.start, s.end) !== s.text) {
      bad++;
      if (log.length < 20) log.push(`${id}: [${s.start},${s.end}) = ${JSON.stringify(text.slice(s.start, s.end))} != ${JSON.stringify(s.text)}`);
    }
  }
  return bad;
}
