/**
 * Turns an annotator's draft (quotes) into committed gold (offsets).
 *
 *   npx tsx scripts/eval/anchor.ts <draft.json> <gold.json>
 *
 * A draft is the gold format of docs/evaluation.md with, instead of `span`,
 * `figure`: `quote` (the claim or time expression exactly as in the text),
 * optionally `figureQuote` (the number inside the claim; default: the first run
 * of digits or the whole quote), and, when the quote occurs more than once,
 * `after` (a quote that stands before the wanted occurrence) or `occurrence`
 * (1 for the first). An event draft holds `documents`, each a document draft. A draft of the
 * `mentions` set holds `mentions`, each a `quote` with its `type`.
 * The script fails, naming the quote, when it cannot place one; it never reads
 * or runs the library.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { corpusDocuments, documentText, sha256 } from './corpus.js';

interface Quoted {
  quote: string;
  figureQuote?: string;
  after?: string;
  occurrence?: number;
  [field: string]: unknown;
}

interface DocumentDraft {
  document: { corpus: string; id: string; [field: string]: unknown };
  claims?: Quoted[];
  nonClaims?: Quoted[];
  times?: Quoted[];
  mentions?: Quoted[];
  [field: string]: unknown;
}

const errors: string[] = [];

function occurrences(text: string, quote: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) out.push(i);
  return out;
}

function place(text: string, q: Quoted, where: string): [number, number] | null {
  if (typeof q.quote !== 'string' || q.quote === '') {
    errors.push(`${where}: no quote`);
    return null;
  }
  const found = occurrences(text, q.quote);
  if (found.length === 0) {
    errors.push(`${where}: quote not in the text: ${q.quote}`);
    return null;
  }
  let at: number | undefined;
  if (q.after !== undefined) {
    const anchor = text.indexOf(q.after);
    if (anchor < 0) errors.push(`${where}: "after" not in the text: ${q.after}`);
    else at = found.find((i) => i >= anchor + q.after!.length) ?? found.find((i) => i >= anchor);
  } else if (q.occurrence !== undefined) {
    at = found[q.occurrence - 1];
  } else if (found.length > 1) {
    errors.push(`${where}: quote occurs ${found.length} times; give "after" or "occurrence": ${q.quote}`);
    return null;
  } else at = found[0];
  if (at === undefined) {
    errors.push(`${where}: no such occurrence of: ${q.quote}`);
    return null;
  }
  return [at, at + q.quote.length];
}

const digits = /[0-9\u0660-\u0669\u06f0-\u06f9]+(?:[.,\u066b\u066c\u060c][0-9\u0660-\u0669\u06f0-\u06f9]+)*/u;

function anchorDocument(draft: DocumentDraft, where: string): Record<string, unknown> | null {
  const docs = corpusDocuments(draft.document.corpus);
  const doc = docs?.get(draft.document.id);
  if (!doc) {
    errors.push(`${where}: document ${draft.document.corpus}/${draft.document.id} not found (rebuild .data?)`);
    return null;
  }
  const text = documentText(doc);
  const withFigures = (list: Quoted[] | undefined, what: string): unknown[] =>
    (list ?? []).map((c, i) => {
      const span = place(text, c, `${where} ${what} ${i + 1}`);
      const { quote, figureQuote, after, occurrence, ...fields } = c;
      void after;
      void occurrence;
      if (!span) return null;
      let figure: [number, number] = span;
      const inner = figureQuote ?? digits.exec(quote)?.[0];
      if (inner !== undefined) {
        const i2 = quote.indexOf(inner);
        if (i2 < 0) errors.push(`${where} ${what} ${i + 1}: figureQuote not inside the quote: ${inner}`);
        else figure = [span[0] + i2, span[0] + i2 + inner.length];
      }
      return { span, figure, ...fields };
    });
  const claims = withFigures(draft.claims, 'claim');
  const nonClaims = draft.nonClaims ? withFigures(draft.nonClaims, 'non-claim') : undefined;
  // Time expressions and mentions: a span in place of the quote, the other fields kept.
  const withSpans = (list: Quoted[], what: string): unknown[] =>
    list.map((q, i) => {
      const span = place(text, q, `${where} ${what} ${i + 1}`);
      const { quote, after, occurrence, figureQuote, ...fields } = q;
      void quote;
      void after;
      void occurrence;
      void figureQuote;
      return span ? { span, ...fields } : null;
    });
  const times = withSpans(draft.times ?? [], 'time');
  const mentions = draft.mentions ? withSpans(draft.mentions, 'mention') : undefined;
  const { claims: _c, times: _t, nonClaims: _n, mentions: _m, document, ...rest } = draft;
  void _c;
  void _t;
  void _n;
  void _m;
  // A draft of mentions alone (set `mentions`) gives mentions alone.
  if (mentions && !draft.claims && !draft.times) return { document: { ...document, sha256: sha256(text) }, mentions, ...rest };
  return { document: { ...document, sha256: sha256(text) }, claims, ...(nonClaims ? { nonClaims } : {}), times, ...(mentions ? { mentions } : {}), ...rest };
}

const [draftPath, goldPath] = process.argv.slice(2);
if (!draftPath || !goldPath) {
  console.error('usage: npx tsx scripts/eval/anchor.ts <draft.json> <gold.json>');
  process.exit(2);
}
const draft = JSON.parse(readFileSync(draftPath, 'utf8')) as DocumentDraft & { documents?: DocumentDraft[] };
const gold = draft.documents
  ? { ...draft, documents: draft.documents.map((d, i) => anchorDocument(d, `document ${i + 1} (${d.document?.id})`)) }
  : anchorDocument(draft, draftPath);
if (errors.length > 0) {
  for (const e of errors) console.error(e);
  process.exit(1);
}
mkdirSync(dirname(goldPath), { recursive: true });
writeFileSync(goldPath, `${JSON.stringify(gold, null, 1)}\n`);
console.log(`wrote ${goldPath}`);
