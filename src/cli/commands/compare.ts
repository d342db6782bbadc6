/**
 * `compare`: the claims of every document, aligned across outlets once all are
 * read. Only claims are kept, never texts, so memory grows with the number of
 * claims, not with the size of the corpus.
 */
import { flagOption, stringOption, UsageError, type ParsedArgs } from '../args.js';
import { createComparison } from '../align-adapter.js';
import { runBatch } from '../batch.js';
import { formatComparison } from '../format/compare.js';
import type { Format } from '../format/documents.js';
import { plural } from '../text.js';
import { batchOptions, type CommandIO } from './io.js';

/** Runs `compare`; the exit status. */
export async function runCompare(args: ParsedArgs, io: CommandIO): Promise<number> {
  // One plain-text file cannot be compared with anything: say so before reading it.
  if (args.operands.length === 1 && /\.txt$/iu.test(args.operands[0]!) && stringOption(args, 'input') !== 'jsonl') {
    throw new UsageError('compare needs two documents or more: give several files, a directory or JSON Lines');
  }
  const options = batchOptions(args, io);
  const comparison = createComparison();
  const { failed } = await runBatch('claims', options, (info, claims) => {
    comparison.add({ id: info.id, claims, ...(info.source === undefined ? {} : { source: info.source }), ...(info.publishedAt === undefined ? {} : { publishedAt: info.publishedAt }) });
    return Promise.resolve();
  });
  const { documents, outlets } = comparison.counts;
  const clusters = comparison.clusters();
  const shared = clusters.filter((c) => c.outlets.length > 1);
  const report = {
    clusters: flagOption(args, 'all') ? clusters : shared,
    documents,
    outlets,
    shared: { total: shared.length, conflicting: shared.filter((c) => c.verdict === 'conflict').length },
    explain: flagOption(args, 'explain') === true,
  };
  await io.stdout.write(formatComparison(report, stringOption(args, 'format') as Format));
  if (documents < 2) {
    io.stderr.write(`arabic-claims compare: ${plural(documents, 'document')} read; a comparison needs two or more\n`);
    return 1;
  }
  return failed > 0 ? 1 : 0;
}
