/**
 * The output of `extract` and `numbers`, one document at a time, in each format:
 *
 * - `json`: one JSON document `{ schemaVersion, command, documents: [...] }`,
 *   written as the documents come (valid once the footer is written);
 * - `jsonl`: one line per document, `{ schemaVersion, id, input, …, claims }`;
 * - `csv`/`tsv`: a header, then one row per claim (per number expression);
 * - `table`: an aligned table per document, for people.
 */
import type { Claim, NumberMatch } from '../../index.js';
import { figureOf } from '../align-adapter.js';
import { SCHEMA_VERSION, type DocumentInfo, type ExtractDocument, type NumbersDocument } from '../schema.js';
import { plural } from '../text.js';
import { delimitedRow, type DelimitedFormat, type Field } from './delimited.js';
import { pad, timeText } from './table.js';

/** The output formats of `extract`, `numbers` and `compare`. */
export const FORMATS = ['table', 'json', 'jsonl', 'csv', 'tsv'] as const;

/** One of {@link FORMATS}. */
export type Format = (typeof FORMATS)[number];

/** Turns documents into text: a header, each document, a footer. */
export interface DocumentWriter<D> {
  /** Text before the first document. */
  header(): string;
  /** The text of one document. */
  document(d: D): string;
  /** Text after the last one. */
  footer(): string;
}

const indent = (text: string, by: string): string => text.replace(/\n/gu, `\n${by}`);

function jsonWriter<D extends DocumentInfo>(command: 'extract' | 'numbers'): DocumentWriter<D> {
  let count = 0;
  return {
    header: () => `{\n  "schemaVersion": ${JSON.stringify(SCHEMA_VERSION)},\n  "command": "${command}",\n  "documents": [`,
    document: (d) => `${count++ === 0 ? '\n    ' : ',\n    '}${indent(JSON.stringify(d, null, 2), '    ')}`,
    footer: () => `${count > 0 ? '\n  ' : ''}]\n}\n`,
  };
}

function jsonLinesWriter<D extends DocumentInfo>(): DocumentWriter<D> {
  return { header: () => '', document: (d) => `${JSON.stringify({ schemaVersion: SCHEMA_VERSION, ...d })}\n`, footer: () => '' };
}

/** The columns of `extract --format csv|tsv`, one row per claim. */
export const CLAIM_COLUMNS = [
  'document_id',
  'input',
  'source',
  'published_at',
  'claim_id',
  'text',
  'start',
  'end',
  'value',
  'min',
  'max',
  'bound',
  'unit',
  'unit_lemma',
  'unit_kind',
  'currency',
  'subject',
  'subject_key',
  'speaker',
  'speaker_key',
  'predicate',
  'change',
  'time',
  'time_start',
  'time_end',
  'sentence_start',
  'sentence_end',
] as const;

function claimFields(d: DocumentInfo, c: Claim): Field[] {
  return [
    d.id,
    d.input,
    d.source,
    d.publishedAt,
    c.id,
    c.text,
    c.span.start,
    c.span.end,
    c.value,
    c.min,
    c.max,
    c.bound,
    c.unit?.text,
    c.unit?.lemma,
    c.unit?.kind,
    c.unit?.currency,
    c.subject?.text,
    c.subject?.name,
    c.speaker?.text,
    c.speaker?.name,
    c.predicate,
    c.change,
    c.time?.text,
    c.time?.start,
    c.time?.end,
    c.sentence.start,
    c.sentence.end,
  ];
}

/** The columns of `numbers --format csv|tsv`, one row per number expression. */
export const NUMBER_COLUMNS = ['document_id', 'input', 'text', 'start', 'end', 'value', 'kind'] as const;

const numberFields = (d: DocumentInfo, n: NumberMatch): Field[] => [d.id, d.input, n.text, n.span.start, n.span.end, n.value, n.kind];

function delimitedWriter<D extends DocumentInfo, T>(format: DelimitedFormat, columns: readonly string[], items: (d: D) => T[], fields: (d: D, item: T) => Field[]): DocumentWriter<D> {
  return {
    header: () => delimitedRow(format, columns),
    document: (d) => items(d).map((item) => delimitedRow(format, fields(d, item))).join(''),
    footer: () => '',
  };
}

function claimsTable(d: ExtractDocument): string {
  const rows = d.claims.map(
    (c) =>
      `  ${pad(figureOf(c), 14)}${pad(c.bound, 12)}${pad(c.unit?.lemma ?? '', 14)}${pad(c.subject?.text ?? '', 24)}${pad(c.speaker?.text ?? '', 24)}${pad(timeText(c.time), 22)}${c.text}\n`,
  );
  const head = `  ${pad('figure', 14)}${pad('bound', 12)}${pad('unit', 14)}${pad('subject', 24)}${pad('speaker', 24)}${pad('time', 22)}text\n`;
  return `\n${d.id} (${plural(d.claims.length, 'claim')})\n${rows.length > 0 ? head + rows.join('') : ''}`;
}

function numbersTable(d: NumbersDocument): string {
  const rows = d.numbers.map(
    (m) => `  ${String(m.span.start).padStart(6)}-${String(m.span.end).padEnd(6)} ${m.kind.padEnd(8)} ${String(m.value).padStart(14)}  ${m.text}\n`,
  );
  return `${d.id} (${plural(d.numbers.length, 'number expression')})\n${rows.join('')}`;
}

/** The writer of `extract` output in `format`. */
export function claimsWriter(format: Format): DocumentWriter<ExtractDocument> {
  switch (format) {
    case 'json':
      return jsonWriter('extract');
    case 'jsonl':
      return jsonLinesWriter();
    case 'csv':
    case 'tsv':
      return delimitedWriter(format, CLAIM_COLUMNS, (d: ExtractDocument) => d.claims, claimFields);
    case 'table':
      return { header: () => '', document: claimsTable, footer: () => '' };
  }
}

/** The writer of `numbers` output in `format`. */
export function numbersWriter(format: Format): DocumentWriter<NumbersDocument> {
  switch (format) {
    case 'json':
      return jsonWriter('numbers');
    case 'jsonl':
      return jsonLinesWriter();
    case 'csv':
    case 'tsv':
      return delimitedWriter(format, NUMBER_COLUMNS, (d: NumbersDocument) => d.numbers, numberFields);
    case 'table':
      return { header: () => '', document: numbersTable, footer: () => '' };
  }
}
