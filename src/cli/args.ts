/**
 * Command-line arguments: one small parser for every subcommand, with the
 * conventions people expect from Unix tools.
 *
 * - `--opt value` and `--opt=value` are the same; `-h` is `--help`.
 * - `-` alone is an operand (stdin); `--` ends the options, so
 *   `arabic-claims parse -- --5` parses "--5".
 * - A boolean option can be turned off with `--no-<name>` when it says so
 *   (`--no-progress`).
 * - Anything wrong is a {@link UsageError}: the caller prints it with the
 *   command's usage on stderr and exits with status 2.
 */

/** One option of a subcommand. */
export interface OptionSpec {
  /** Long name without the dashes: `format` for `--format`. */
  name: string;
  /** What the value is called in the help text (`FORMAT`); absent for a flag. */
  value?: string;
  /** The values the option accepts, when it is a closed list. */
  choices?: readonly string[];
  /** The value when the option is not given. */
  default?: string;
  /** One line for the help text. */
  description: string;
  /** A flag that also has a `--no-<name>` form. */
  negatable?: boolean;
}

/** A subcommand: its options and the help text they make. */
export interface CommandSpec {
  /** `extract`, `compare` … */
  name: string;
  /** The operands in the usage line: `[inputs...]`. */
  operands: string;
  /** What the command does, in one line. */
  summary: string;
  /** Paragraphs after the usage line. */
  details: string;
  /** Its options (`--help` is added to every command). */
  options: readonly OptionSpec[];
}

/** A mistake in the command line: printed with the usage, exit status 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The options and operands of one command line. */
export interface ParsedArgs {
  /** Option values by long name: a string for valued options, a boolean for flags. Defaults filled in. */
  options: Map<string, string | boolean>;
  /** Everything that is not an option, in order. */
  operands: string[];
  /** `--help` or `-h` was given. */
  help: boolean;
}

const helpOption: OptionSpec = { name: 'help', description: 'print this help and exit' };

/** Parses `argv` (the words after the subcommand) against `spec`. Throws {@link UsageError}. */
export function parseArgs(spec: CommandSpec, argv: readonly string[]): ParsedArgs {
  const byName = new Map(spec.options.map((o) => [o.name, o]));
  const options = new Map<string, string | boolean>();
  for (const o of spec.options) if (o.default !== undefined) options.set(o.name, o.default);
  const operands: string[] = [];
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      operands.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-h' || arg === '--help') {
      help = true;
      continue;
    }
    if (!arg.startsWith('-') || arg === '-') {
      operands.push(arg);
      continue;
    }
    if (!arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    const inline = eq < 0 ? undefined : arg.slice(eq + 1);
    const option = byName.get(name);
    if (!option) {
      const negated = name.startsWith('no-') ? byName.get(name.slice(3)) : undefined;
      if (negated?.negatable && inline === undefined) {
        options.set(negated.name, false);
        continue;
      }
      throw new UsageError(`unknown option --${name}`);
    }
    if (option.value === undefined) {
      if (inline !== undefined) throw new UsageError(`--${name} takes no value`);
      options.set(name, true);
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined) throw new UsageError(`--${name} needs a value (${option.value})`);
    if (option.choices && !option.choices.includes(value)) {
      throw new UsageError(`--${name} takes ${listOf(option.choices)}, not "${value}"`);
    }
    options.set(name, value);
  }
  return { options, operands, help };
}

/** "a, b or c" */
export function listOf(words: readonly string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

/** The help text of a subcommand: usage line, what it does, its options. */
export function helpText(spec: CommandSpec): string {
  const all = [...spec.options, helpOption];
  const left = all.map((o) => {
    const name = o.negatable ? `--[no-]${o.name}` : `--${o.name}`;
    const value = o.value === undefined ? '' : ` ${o.choices ? o.choices.join('|') : o.value}`;
    return `  ${name}${value}${o.name === 'help' ? ', -h' : ''}`;
  });
  const width = Math.max(...left.map((l) => l.length)) + 2;
  const lines = all.map((o, i) => {
    const dflt = o.default !== undefined ? ` (default: ${o.default})` : '';
    return `${left[i]!.padEnd(width)}${o.description}${dflt}`;
  });
  return `Usage: arabic-claims ${spec.name} [options] ${spec.operands}\n\n${spec.summary}\n\n${spec.details}\n\nOptions:\n${lines.join('\n')}\n`;
}

/** The value of a valued option (a default is always set for the ones read this way). */
export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const v = args.options.get(name);
  return typeof v === 'string' ? v : undefined;
}

/** The value of a flag; `undefined` when given neither way. */
export function flagOption(args: ParsedArgs, name: string): boolean | undefined {
  const v = args.options.get(name);
  return typeof v === 'boolean' ? v : undefined;
}
