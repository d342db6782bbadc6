/**
 * Inputs of `extract`, `numbers` and `compare`: files, directories, stdin
 * (`-`, or no operand) and JSON Lines documents, read as a stream.
 *
 * Memory is bounded by the largest document: a text file is read whole (after
 * its size is checked against the limit), a JSON Lines file one line at a time,
 * and nothing is read ahead of what the consumer asks for. A bad input (missing,
 * unreadable, invalid UTF-8, too large, a line that is not a document) becomes
 * one {@link InputFailure} naming it, and the next input is read.
 */
import { open, readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { decodeUtf8, formatSize, isValidDate } from './text.js';

/** The default limit on one document: 50 MB (decimal). */
export const DEFAULT_MAX_DOCUMENT_BYTES = 50_000_000;

/** How a text is read: as one document, or as JSON Lines of documents. */
export type InputMode = 'auto' | 'text' | 'jsonl';

/** One document to analyse. */
export interface InputDocument {
  /** Where it comes from, for messages: the path as given, `<stdin>`, or `path:line` for JSON Lines. */
  input: string;
  /** Its id: a JSON Lines document's own `id`, else the path (or `path:line`, `<stdin>`). */
  id: string;
  /** The text, exactly as in the file (a leading byte order mark included). */
  text: string;
  /** A JSON Lines document's publication date or date-time. */
  publishedAt?: string;
  /** A JSON Lines document's outlet. */
  source?: string;
}

/** An input that could not be read, with a one-line reason. */
export interface InputFailure {
  /** The path as given, `<stdin>`, or `path:line`. */
  input: string;
  /** What is wrong, for people: "no such file or directory". */
  message: string;
}

/** What reading the inputs yields, in order. */
export type InputItem = { document: InputDocument } | { failure: InputFailure };

/** How to read the inputs. */
export interface ReadOptions {
  /** `auto`: `.jsonl` files as JSON Lines, everything else as text. */
  mode: InputMode;
  /** The largest document read, in bytes (a JSON Lines line counts whole). */
  maxBytes: number;
  /** Standard input (a parameter so that tests and embedders can give another stream). */
  stdin: Readable;
}

/** The name of standard input in messages and ids. */
export const STDIN = '<stdin>';

const readable = /\.(?:txt|jsonl)$/iu;

/** "permission denied" from an fs error. */
export function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ELOOP':
      return 'too many symbolic links';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    default:
      return typeof code === 'string' ? `cannot be read (${code})` : error instanceof Error ? error.message : String(error);
  }
}

type Source = { stdin: true; input: string } | { stdin: false; input: string; path: string };

/**
 * The files an operand stands for: itself, or the `.txt` and `.jsonl` files
 * under a directory, recursively and in name order (hidden entries skipped,
 * each real directory visited once).
 */
async function* sourcesOf(operand: string, seen: Set<string>, top = true): AsyncGenerator<Source | { failure: InputFailure }> {
  if (operand === '-') {
    yield { stdin: true, input: STDIN };
    return;
  }
  let info;
  try {
    info = await stat(operand);
  } catch (error) {
    yield { failure: { input: operand, message: describeFsError(error) } };
    return;
  }
  if (!info.isDirectory()) {
    yield { stdin: false, input: operand, path: operand };
    return;
  }
  const real = await realpath(operand).catch(() => operand);
  if (seen.has(real)) return;
  seen.add(real);
  let names: string[];
  try {
    names = (await readdir(operand)).filter((n) => !n.startsWith('.')).sort();
  } catch (error) {
    yield { failure: { input: operand, message: describeFsError(error) } };
    return;
  }
  let found = 0;
  for (const name of names) {
    const path = join(operand, name);
    const entry = await stat(path).catch(() => null);
    if (entry?.isDirectory()) {
      for await (const s of sourcesOf(path, seen, false)) {
        if (!('failure' in s)) found++;
        yield s;
      }
    } else if (readable.test(name)) {
      found++;
      yield { stdin: false, input: path, path };
    }
  }
  if (found === 0 && top) yield { failure: { input: operand, message: 'a directory with no .txt or .jsonl files' } };
}

/** The whole of `stream`, or null as soon as it is over `maxBytes` (the rest is not read). */
async function readBounded(stream: AsyncIterable<Buffer | string>, maxBytes: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += bytes.length;
    if (size > maxBytes) return null;
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}

const tooLarge = (maxBytes: number, size?: number): string =>
  `${size === undefined ? 'over' : `${formatSize(size)}, over`} the ${formatSize(maxBytes)} document limit (--max-size)`;

function textDocument(input: string, bytes: Buffer): InputItem {
  const decoded = decodeUtf8(bytes);
  if ('invalidAt' in decoded) return { failure: { input, message: `not valid UTF-8 (byte ${decoded.invalidAt})` } };
  return { document: { input, id: input, text: decoded.text } };
}

/** One document from one JSON Lines line, or what is wrong with it. */
function jsonLineDocument(input: string, bytes: Buffer): InputItem | null {
  const decoded = decodeUtf8(bytes);
  if ('invalidAt' in decoded) return { failure: { input, message: `not valid UTF-8 (byte ${decoded.invalidAt} of the line)` } };
  let line = decoded.text;
  if (line.endsWith('\r')) line = line.slice(0, -1);
  if (line.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { failure: { input, message: `not JSON (${(error as Error).message.split('\n')[0]})` } };
  }
  const expected = 'expected {"id", "text", "publishedAt"?, "source"?}';
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { failure: { input, message: `not a document: ${expected}` } };
  const { id, text, publishedAt, source } = value as Record<string, unknown>;
  if (typeof text !== 'string') return { failure: { input, message: `"text" must be a string: ${expected}` } };
  if (id !== undefined && id !== null && typeof id !== 'string' && typeof id !== 'number') {
    return { failure: { input, message: `"id" must be a string or a number` } };
  }
  if (publishedAt !== undefined && publishedAt !== null && (typeof publishedAt !== 'string' || !isValidDate(publishedAt))) {
    return { failure: { input, message: `"publishedAt" must be a date (YYYY-MM-DD or an ISO date-time), not ${JSON.stringify(publishedAt)}` } };
  }
  if (source !== undefined && source !== null && typeof source !== 'string') return { failure: { input, message: `"source" must be a string` } };
  const document: InputDocument = { input, id: id === undefined || id === null ? input : String(id), text };
  if (typeof publishedAt === 'string') document.publishedAt = publishedAt;
  if (typeof source === 'string') document.source = source;
  return { document };
}

/**
 * The documents of a JSON Lines stream, one line at a time. A line over
 * `maxBytes` is skipped (and reported) without being kept in memory.
 */
async function* jsonLines(stream: AsyncIterable<Buffer | string>, name: string, maxBytes: number): AsyncGenerator<InputItem> {
  let parts: Buffer[] = [];
  let size = 0;
  let line = 0;
  const finish = (tail: Buffer): InputItem | null => {
    line++;
    const input = `${name}:${line}`;
    if (size + tail.length > maxBytes) return { failure: { input, message: tooLarge(maxBytes) } };
    let bytes = parts.length === 0 ? tail : Buffer.concat([...parts, tail]);
    // A byte order mark opens the file, not the first document.
    if (line === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    return jsonLineDocument(input, bytes);
  };
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let start = 0;
    for (let nl = bytes.indexOf(10, start); nl >= 0; nl = bytes.indexOf(10, start)) {
      const item = finish(bytes.subarray(start, nl));
      parts = [];
      size = 0;
      start = nl + 1;
      if (item) yield item;
    }
    const rest = bytes.subarray(start);
    size += rest.length;
    // Past the limit the line is only counted, not kept.
    if (size <= maxBytes) parts.push(rest);
    else parts = [];
  }
  if (size > 0) {
    const item = finish(Buffer.alloc(0));
    if (item) yield item;
  }
}

const isJsonLines = (path: string, mode: InputMode): boolean => mode === 'jsonl' || (mode === 'auto' && /\.jsonl$/iu.test(path));

async function* readSource(source: Source, options: ReadOptions): AsyncGenerator<InputItem> {
  const { maxBytes, mode } = options;
  if (source.stdin) {
    if (mode === 'jsonl') {
      yield* jsonLines(options.stdin, STDIN, maxBytes);
      return;
    }
    const bytes = await readBounded(options.stdin, maxBytes);
    yield bytes ? textDocument(STDIN, bytes) : { failure: { input: STDIN, message: `${tooLarge(maxBytes)}; for JSON Lines use --input jsonl` } };
    return;
  }
  let handle;
  try {
    handle = await open(source.path, 'r');
  } catch (error) {
    yield { failure: { input: source.input, message: describeFsError(error) } };
    return;
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) {
      yield { failure: { input: source.input, message: 'is a directory' } };
      return;
    }
    if (isJsonLines(source.path, mode)) {
      yield* jsonLines(handle.createReadStream({ autoClose: false, highWaterMark: 1 << 16 }), source.input, maxBytes);
      return;
    }
    if (info.isFile() && info.size > maxBytes) {
      yield { failure: { input: source.input, message: tooLarge(maxBytes, info.size) } };
      return;
    }
    const bytes = await readBounded(handle.createReadStream({ autoClose: false }), maxBytes);
    yield bytes ? textDocument(source.input, bytes) : { failure: { input: source.input, message: tooLarge(maxBytes) } };
  } catch (error) {
    yield { failure: { input: source.input, message: describeFsError(error) } };
  } finally {
    await handle.close();
  }
}

/**
 * Every document of the operands, in order, read lazily: the next file is
 * opened only when the consumer asks for its documents. No operand is stdin.
 */
export async function* readInputs(operands: readonly string[], options: ReadOptions): AsyncGenerator<InputItem> {
  const list = operands.length === 0 ? ['-'] : operands;
  for (const operand of list) {
    for await (const source of sourcesOf(operand, new Set())) {
      if ('failure' in source) yield source;
      else yield* readSource(source, options);
    }
  }
}
