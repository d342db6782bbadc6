/**
 * The command line as a function of its arguments and streams.
 *
 * Exit status: 0 when everything went well, 1 when an input failed (or `parse`
 * met a non-number), 2 for a usage error. Results go to stdout; messages,
 * usage and progress to stderr.
 */
import { helpText, parseArgs, UsageError, type CommandSpec, type ParsedArgs } from './args.js';
import { runCompare } from './commands/compare.js';
import { runExtract, runNumbers } from './commands/documents.js';
import type { CommandIO } from './commands/io.js';
import { runParse } from './commands/parse.js';
import { commandSpecs, usage } from './commands/specs.js';
import { packageVersion } from './version.js';

const runners: Record<string, (args: ParsedArgs, io: CommandIO) => Promise<number>> = {
  extract: runExtract,
  compare: runCompare,
  numbers: runNumbers,
  parse: runParse,
};

/** Runs the command line `argv` (without node and the script); the exit status. */
export async function main(argv: readonly string[], io: CommandIO): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--version' || command === '-V') {
    await io.stdout.write(`${packageVersion()}\n`);
    return 0;
  }
  if (command === '--help' || command === '-h' || command === 'help') {
    const spec = rest[0] === undefined ? undefined : commandSpecs[rest[0]];
    await io.stdout.write(spec ? helpText(spec) : usage);
    return 0;
  }
  if (command === undefined) {
    io.stderr.write(usage);
    return 2;
  }
  const spec: CommandSpec | undefined = commandSpecs[command];
  if (!spec) {
    io.stderr.write(`arabic-claims: unknown command "${command}"\n\n${usage}`);
    return 2;
  }
  try {
    const args = parseArgs(spec, rest);
    if (args.help) {
      await io.stdout.write(helpText(spec));
      return 0;
    }
    return await runners[command]!(args, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`arabic-claims ${command}: ${error.message}\n\n${helpText(spec)}`);
    return 2;
  }
}

