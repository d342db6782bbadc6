/**
 * The output of `compare` in each format:
 *
 * - `table` (the default): a summary line, then one compact line per figure
 *   (verdict, figure, bounds, unit, subject, time, outlets); `--explain` adds
 *   each member, why it belongs to the cluster and the reasons it disagrees;
 * - `json`: `{ schemaVersion, command, documents, outlets, clusters }`;
 * - `jsonl`: one cluster per line, each with `schemaVersion`;
 * - `csv`/`tsv`: a header, then one row per cluster member.
 */
import { SCHEMA_VERSION, type CompareCluster, type CompareLine, type CompareOutput } from '../schema.js';
import { plural } from '../text.js';
import { delimitedRow, type Field } from './delimited.js';
import type { Format } from './documents.js';
import { pad, timeText } from './table.js';

/** What the compare output is made of. */
export interface CompareReport {
  /** The clusters to print, in order. */
  clusters: CompareCluster[];
  /** How many documents were read. */
  documents: number;
  /** How many distinct outlets they come from. */
  outlets: number;
  /** How many clusters have more than one outlet, and how many of those conflict. */
  shared: { total: number; conflicting: number };
  /** Add each member and its reasons to the table. */
  explain: boolean;
}

/** The columns of `compare --format csv|tsv`, one row per cluster member. */
export const COMPARE_COLUMNS = [
  'cluster_id',
  'verdict',
  'figure',
  'bounds',
  'unit_lemma',
  'subject',
  'time',
  'outlet_count',
  'document_id',
  'outlet',
  'claim_id',
  'text',
  'start',
  'end',
  'bound',
  'value',
  'min',
  'max',
  'reasons',
] as const;

/**
 * Names as short as they can be and still tell documents apart: the directory
 * all of them share is dropped (`test/fixtures/corpus/000.txt` → `000.txt`).
 */
export function shortNames(names: readonly string[]): (name: string) => string {
  if (names.length === 0) return (n) => n;
  let prefix = names[0]!.slice(0, names[0]!.lastIndexOf('/') + 1);
  for (const n of names) while (prefix && !n.startsWith(prefix)) prefix = prefix.slice(0, prefix.slice(0, -1).lastIndexOf('/') + 1);
  return (n) => (prefix && n.startsWith(prefix) ? n.slice(prefix.length) : n);
}

function table(report: CompareReport): string {
  const { clusters, shared } = report;
  const short = shortNames([...new Set(clusters.flatMap((c) => [...c.outlets, ...c.documents]))]);
  const lines = [
    `${plural(report.documents, 'document')} from ${plural(report.outlets, 'outlet')}; ${plural(shared.total, 'figure')} reported by more than one outlet (${shared.conflicting} conflicting, ${shared.total - shared.conflicting} agreeing)`,
    '',
  ];
  if (clusters.length === 0) return `${lines.join('\n')}\n`;
  lines.push(`${pad('verdict', 10)}${pad('figure', 12)}${pad('bounds', 20)}${pad('unit', 14)}${pad('subject', 24)}${pad('time', 18)}outlets`);
  for (const c of clusters) {
    const outlets = `${plural(c.outlets.length, 'outlet')}: ${c.outlets.map(short).join(', ')}`;
    lines.push(
      `${pad(c.verdict === 'conflict' ? 'CONFLICT' : 'agree', 10)}${pad(c.figure, 12)}${pad(c.bounds.join('/'), 20)}${pad(c.unit?.singular ?? c.unit?.lemma ?? '', 14)}${pad(c.subject?.text ?? '', 24)}${pad(timeText(c.time), 18)}${outlets}`,
    );
    if (!report.explain) continue;
    for (const m of c.members) {
      lines.push(`${' '.repeat(10)}${pad(short(m.documentId), 30)}${pad(m.claim.bound, 12)}${m.claim.text}`);
      if (m.why) lines.push(`${' '.repeat(12)}belongs: ${m.why}`);
      for (const r of m.reasons) lines.push(`${' '.repeat(12)}why: ${r.reason} (against ${r.against.map(short).join(', ')})`);
    }
    lines.push('');
  }
  return `${lines.join('\n')}${report.explain ? '' : '\n'}`;
}

function rows(report: CompareReport, format: 'csv' | 'tsv'): string {
  const out = [delimitedRow(format, COMPARE_COLUMNS)];
  for (const c of report.clusters) {
    for (const m of c.members) {
      const fields: Field[] = [
        c.id,
        c.verdict,
        c.figure,
        c.bounds.join('/'),
        c.unit?.lemma,
        c.subject?.text,
        timeText(c.time),
        c.outlets.length,
        m.documentId,
        m.outlet,
        m.claim.id,
        m.claim.text,
        m.claim.span.start,
        m.claim.span.end,
        m.claim.bound,
        m.claim.value,
        m.claim.min,
        m.claim.max,
        m.reasons.map((r) => `${r.reason} (against ${r.against.join(', ')})`).join('; '),
      ];
      out.push(delimitedRow(format, fields));
    }
  }
  return out.join('');
}

/** The whole `compare` output in `format`. */
export function formatComparison(report: CompareReport, format: Format): string {
  switch (format) {
    case 'table':
      return table(report);
    case 'json': {
      const output: CompareOutput = { schemaVersion: SCHEMA_VERSION, command: 'compare', documents: report.documents, outlets: report.outlets, clusters: report.clusters };
      return `${JSON.stringify(output, null, 2)}\n`;
    }
    case 'jsonl':
      return report.clusters.map((c) => `${JSON.stringify({ schemaVersion: SCHEMA_VERSION, ...c } satisfies CompareLine)}\n`).join('');
    case 'csv':
    case 'tsv':
      return rows(report, format);
  }
}
