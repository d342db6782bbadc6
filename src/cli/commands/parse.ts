/** `parse`: the value of each expression given on the command line. */
import { parseArabicNumber } from '../../index.js';
import { UsageError, type ParsedArgs } from '../args.js';
import type { CommandIO } from './io.js';

/** Runs `parse`; the exit status: 1 when an expression is not a number. */
export async function runParse(args: ParsedArgs, io: CommandIO): Promise<number> {
  if (args.operands.length === 0) throw new UsageError('give at least one expression');
  let status = 0;
  for (const expression of args.operands) {
    const value = parseArabicNumber(expression);
    if (value === null) status = 1;
    await io.stdout.write(`${value === null ? 'null' : String(value)}\t${expression}\n`);
  }
  return status;
}
