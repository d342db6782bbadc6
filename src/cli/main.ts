/**
 * The `arabic-claims` executable. The command line is the only part of the
 * package that uses Node APIs; it uses the library through its public entry
 * point (`../index.js`), which the build keeps as an import of the package's
 * own `index.js` rather than a second copy.
 */
import type { CommandIO } from './commands/io.js';
import { streamSink } from './output.js';
import { main } from './run.js';

// A reader that stops early (`| head`) closes the pipe: that is not an error, and the rest would go nowhere.
const stdout = streamSink(process.stdout, () => process.exit(0));
const io: CommandIO = { stdin: process.stdin, stdout, stderr: process.stderr };

main(process.argv.slice(2), io).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    // Not a bad input nor a usage error: a bug of ours. One line, and the stack only when asked for.
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`arabic-claims: internal error: ${message}\n`);
    if (process.env.ARABIC_CLAIMS_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    process.exitCode = 1;
  },
);
