/**
 * What `extract` and `numbers` compute for one document, on the main thread or
 * in a worker ({@link ./worker.ts}): the same function either way, so that
 * `--jobs` changes the speed and never the output.
 */
import { extractQuantClaims, findNumbers, type Claim, type NumberMatch } from '../index.js';

/** Which analysis a batch runs. */
export type AnalysisKind = 'claims' | 'numbers';

/** One document's work, as sent to a worker. */
export interface AnalysisTask {
  /** Which analysis. */
  kind: AnalysisKind;
  /** The document's text. */
  text: string;
  /** Publication date for relative times (claims only). */
  publishedAt?: string;
}

/** The result of one task: its items, or why the library refused the document. */
export type AnalysisResult = { ok: true; items: Claim[] | NumberMatch[] } | { ok: false; message: string };

/** Runs one task; an exception of the library becomes a one-line failure of that document. */
export function analyse(task: AnalysisTask): AnalysisResult {
  try {
    if (task.kind === 'numbers') return { ok: true, items: findNumbers(task.text) };
    return { ok: true, items: extractQuantClaims(task.text, task.publishedAt === undefined ? {} : { publishedAt: task.publishedAt }) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
