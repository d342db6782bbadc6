/**
 * CSV (RFC 4180) and TSV rows.
 *
 * CSV: fields separated by commas, records ended by CRLF, a field quoted when
 * it holds a comma, a double quote, CR or LF, with inner quotes doubled.
 * TSV (IANA text/tab-separated-values): fields separated by tabs, records ended
 * by LF; a field cannot hold a tab or a line break, so they are written as the
 * escapes `\t`, `\n`, `\r`, and a backslash as `\\`.
 * An absent value (null) is an empty field in both.
 */

/** The two delimited formats. */
export type DelimitedFormat = 'csv' | 'tsv';

/** A field's value. */
export type Field = string | number | boolean | null | undefined;

const needsQuotes = /[",\r\n]/u;
const tsvEscapes = /[\t\n\r\\]/gu;
const tsvEscape: Record<string, string> = { '\t': '\\t', '\n': '\\n', '\r': '\\r', '\\': '\\\\' };

function csvField(value: Field): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return needsQuotes.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

function tsvField(value: Field): string {
  if (value === null || value === undefined) return '';
  return String(value).replace(tsvEscapes, (c) => tsvEscape[c]!);
}

/** One record, line ending included. */
export function delimitedRow(format: DelimitedFormat, fields: readonly Field[]): string {
  return format === 'csv' ? `${fields.map(csvField).join(',')}\r\n` : `${fields.map(tsvField).join('\t')}\n`;
}
