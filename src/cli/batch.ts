/**
 * A batch: every document of the inputs analysed (on `jobs` threads), handed to
 * the command in input order, with bad inputs reported on stderr in one line
 * each and counted.
 */
import type { Readable, Writable } from 'node:stream';
import type { Claim, NumberMatch } from '../index.js';
import type { AnalysisKind } from './analyse.js';
import { readInputs, type InputItem, type InputMode } from './inputs.js';
import { createAnalyzer, inOrder } from './pool.js';
import { createProgress } from './progress.js';
import type { DocumentInfo } from './schema.js';

/** What a batch reads and how. */
export interface BatchOptions {
  /** Files, directories and `-`; none means stdin. */
  operands: readonly string[];
  /** How texts are read. */
  mode: InputMode;
  /** The largest document, in bytes. */
  maxBytes: number;
  /** Worker threads (1: the calling thread). */
  jobs: number;
  /** The publication date of documents that do not carry their own. */
  publishedAt?: string;
  /** Show progress on stderr. */
  progress: boolean;
  /** Standard input. */
  stdin: Readable;
  /** Where messages go. */
  stderr: Writable & { isTTY?: boolean };
}

/** How a batch went. */
export interface BatchSummary {
  /** Documents analysed. */
  documents: number;
  /** Inputs or documents that failed. */
  failed: number;
}

/** The items of `kind` for one document. */
export type ItemsOf<K extends AnalysisKind> = K extends 'claims' ? Claim[] : NumberMatch[];

type Settled = { failure: { input: string; message: string } } | { info: DocumentInfo; items: Claim[] | NumberMatch[]; bytes: number };

/**
 * Runs `kind` over every document of the inputs and calls `each` with the
 * results in input order; `each` is awaited, so a slow consumer slows the
 * reading instead of filling memory.
 */
export async function runBatch<K extends AnalysisKind>(
  kind: K,
  options: BatchOptions,
  each: (info: DocumentInfo, items: ItemsOf<K>) => Promise<void>,
): Promise<BatchSummary> {
  const analyzer = createAnalyzer(options.jobs);
  const progress = createProgress(options.stderr, options.progress);
  const summary: BatchSummary = { documents: 0, failed: 0 };
  const start = async (item: InputItem): Promise<Settled> => {
    if ('failure' in item) return item;
    const { input, id, text, source } = item.document;
    const publishedAt = item.document.publishedAt ?? (kind === 'claims' ? options.publishedAt : undefined);
    const result = await analyzer.run({ kind, text, ...(publishedAt === undefined ? {} : { publishedAt }) });
    if (!result.ok) return { failure: { input, message: result.message } };
    const info: DocumentInfo = { id, input };
    if (source !== undefined) info.source = source;
    if (publishedAt !== undefined) info.publishedAt = publishedAt;
    return { info, items: result.items, bytes: Buffer.byteLength(text) };
  };
  try {
    const inputs = readInputs(options.operands, { mode: options.mode, maxBytes: options.maxBytes, stdin: options.stdin });
    for await (const settled of inOrder(inputs, start, Math.max(1, options.jobs * 2))) {
      if ('failure' in settled) {
        summary.failed++;
        progress.interrupt();
        options.stderr.write(`arabic-claims: ${settled.failure.input}: ${settled.failure.message}\n`);
        progress.tick(0, true, settled.failure.input);
        continue;
      }
      summary.documents++;
      await each(settled.info, settled.items as ItemsOf<K>);
      progress.tick(settled.bytes, false, settled.info.input);
    }
  } finally {
    await analyzer.close();
  }
  if (summary.documents + summary.failed > 0) progress.done();
  return summary;
}
