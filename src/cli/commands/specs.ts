/** The subcommands, their options and their help texts. */
import type { CommandSpec, OptionSpec } from '../args.js';
import { FORMATS } from '../format/documents.js';

const inputOptions: OptionSpec[] = [
  {
    name: 'input',
    value: 'MODE',
    choices: ['auto', 'text', 'jsonl'],
    default: 'auto',
    description: 'how inputs are read: auto reads .jsonl files as JSON Lines and everything else as text',
  },
  { name: 'max-size', value: 'SIZE', default: '50MB', description: 'refuse a document (a JSON Lines line) larger than this: 500kB, 50MB, 1GB' },
  { name: 'jobs', value: 'N', default: '1', description: 'analyse documents on N worker threads; output keeps the input order' },
  { name: 'progress', negatable: true, description: 'show progress on stderr (default: when stderr is a terminal)' },
];

const publishedAt: OptionSpec = {
  name: 'published-at',
  value: 'DATE',
  description: 'publication date (YYYY-MM-DD) for documents that carry none: resolves أمس، الثلاثاء، الشهر الماضي',
};

const inputsHelp = `Inputs are files, directories (their .txt and .jsonl files, recursively, in name order) and - for
stdin; with none, stdin is read. A JSON Lines input holds one document per line:
  {"id": "a1", "text": "…", "publishedAt": "2017-12-06", "source": "outlet"}
(publishedAt and source optional). Inputs are read as a stream: memory is bounded by the largest
document. A bad input (missing, unreadable, not UTF-8, too large, a line that is not a document)
is reported on stderr in one line and the others are still processed; the exit status is then 1.`;

/** `extract`. */
export const extractSpec: CommandSpec = {
  name: 'extract',
  operands: '[inputs...]',
  summary: 'The quantitative claims of each document: figure, bound, unit, subject, speaker, time, exact spans.',
  details: `${inputsHelp}

Formats: json (default; one document {schemaVersion, command, documents}), jsonl (one document per
line), csv and tsv (one row per claim), table (for people).`,
  options: [{ name: 'format', value: 'FORMAT', choices: FORMATS, default: 'json', description: 'output format' }, publishedAt, ...inputOptions],
};

/** `numbers`. */
export const numbersSpec: CommandSpec = {
  name: 'numbers',
  operands: '[inputs...]',
  summary: 'Every number expression of each document, in every script and spelling, with its value and span.',
  details: `${inputsHelp}

Formats: json (default), jsonl (one document per line), csv and tsv (one row per number), table.`,
  options: [{ name: 'format', value: 'FORMAT', choices: FORMATS, default: 'json', description: 'output format' }, ...inputOptions],
};

/** `compare`. */
export const compareSpec: CommandSpec = {
  name: 'compare',
  operands: 'inputs...',
  summary: 'The figures several outlets report: where they agree and where they conflict.',
  details: `${inputsHelp}

A document's outlet is its JSON Lines "source", else the document itself. The table (default) has
one line per figure reported by more than one outlet, conflicts first: verdict, figure, bounds,
unit, subject, time and outlets. --explain adds each claim and why it disagrees. json, jsonl (one
cluster per line), csv and tsv (one row per claim of a cluster) carry every claim.`,
  options: [
    { name: 'format', value: 'FORMAT', choices: FORMATS, default: 'table', description: 'output format' },
    { name: 'explain', description: 'table: list each claim of a figure and the reasons it disagrees' },
    { name: 'all', description: 'also the figures only one outlet reports' },
    publishedAt,
    ...inputOptions,
  ],
};

/** `parse`. */
export const parseSpec: CommandSpec = {
  name: 'parse',
  operands: 'expression...',
  summary: 'The value of each expression that is exactly one number: "سبعة ملايين و500 ألف" → 7500000.',
  details: `Prints value<TAB>expression per line, "null" when an expression is not a number (exit status 1
then). Put -- before an expression that starts with a dash.`,
  options: [],
};

/** Every subcommand by name. */
export const commandSpecs: Record<string, CommandSpec> = {
  extract: extractSpec,
  compare: compareSpec,
  numbers: numbersSpec,
  parse: parseSpec,
};

/** The top-level usage text. */
export const usage = `Usage: arabic-claims <command> [options] [inputs...]

Commands:
  extract   quantitative claims of each document (figure, bound, unit, subject, speaker, time)
  compare   figures several outlets report: where they agree and where they conflict
  numbers   every number expression of each document
  parse     the value of number expressions given as arguments

Options:
  --help, -h      this help; arabic-claims <command> --help for a command's options
  --version, -V   the version

Examples:
  arabic-claims extract --format table article.txt
  arabic-claims compare a.txt b.txt c.txt
  arabic-claims extract --format jsonl --jobs 2 corpus.jsonl > claims.jsonl
  cat article.txt | arabic-claims numbers --format csv -
`;
