/** `extract` and `numbers`: one result per document, written as it comes. */
import { stringOption, type ParsedArgs } from '../args.js';
import { runBatch } from '../batch.js';
import { claimsWriter, numbersWriter, type DocumentWriter, type Format } from '../format/documents.js';
import type { ExtractDocument, NumbersDocument } from '../schema.js';
import { batchOptions, type CommandIO } from './io.js';

/** Runs `extract`; the exit status. */
export async function runExtract(args: ParsedArgs, io: CommandIO): Promise<number> {
  const options = batchOptions(args, io);
  const writer: DocumentWriter<ExtractDocument> = claimsWriter(stringOption(args, 'format') as Format);
  await io.stdout.write(writer.header());
  const { failed } = await runBatch('claims', options, (info, claims) => io.stdout.write(writer.document({ ...info, claims })));
  await io.stdout.write(writer.footer());
  return failed > 0 ? 1 : 0;
}

/** Runs `numbers`; the exit status. */
export async function runNumbers(args: ParsedArgs, io: CommandIO): Promise<number> {
  const options = batchOptions(args, io);
  const writer: DocumentWriter<NumbersDocument> = numbersWriter(stringOption(args, 'format') as Format);
  await io.stdout.write(writer.header());
  const { failed } = await runBatch('numbers', options, (info, numbers) => io.stdout.write(writer.document({ ...info, numbers })));
  await io.stdout.write(writer.footer());
  return failed > 0 ? 1 : 0;
}
