/** What a command reads from and writes to: the process's streams, or others in tests. */
import type { Readable, Writable } from 'node:stream';
import { flagOption, stringOption, UsageError, type ParsedArgs } from '../args.js';
import type { BatchOptions } from '../batch.js';
import type { InputMode } from '../inputs.js';
import type { Sink } from '../output.js';
import { isValidDate, parseSize } from '../text.js';

/** The streams of a command. */
export interface CommandIO {
  /** Standard input, with `isTTY` when it is a terminal. */
  stdin: Readable & { isTTY?: boolean };
  /** Where results go. */
  stdout: Sink;
  /** Where messages and progress go. */
  stderr: Writable & { isTTY?: boolean };
}

/** The largest `--jobs`: more threads than this only cost memory. */
const MAX_JOBS = 64;

/** Batch options from the command line; a bad value is a {@link UsageError}. */
export function batchOptions(args: ParsedArgs, io: CommandIO): BatchOptions {
  const maxSize = stringOption(args, 'max-size')!;
  const maxBytes = parseSize(maxSize);
  if (maxBytes === null) throw new UsageError(`--max-size takes a size such as 500kB, 50MB or 1GB, not "${maxSize}"`);
  const jobsText = stringOption(args, 'jobs')!;
  const jobs = /^\d+$/u.test(jobsText) ? Number(jobsText) : NaN;
  if (!(jobs >= 1 && jobs <= MAX_JOBS)) throw new UsageError(`--jobs takes a whole number from 1 to ${MAX_JOBS}, not "${jobsText}"`);
  const publishedAt = stringOption(args, 'published-at');
  if (publishedAt !== undefined && !isValidDate(publishedAt)) {
    throw new UsageError(`--published-at takes a date as YYYY-MM-DD (or an ISO date-time), not "${publishedAt}"`);
  }
  if (args.operands.length === 0 && io.stdin.isTTY) {
    throw new UsageError('no input: give files, directories or - (stdin), or pipe text in');
  }
  return {
    operands: args.operands,
    mode: stringOption(args, 'input') as InputMode,
    maxBytes,
    jobs,
    ...(publishedAt === undefined ? {} : { publishedAt }),
    progress: flagOption(args, 'progress') ?? io.stderr.isTTY === true,
    stdin: io.stdin,
    stderr: io.stderr,
  };
}
