/**
 * Reading the rebuilt corpora under .data/ by document id, for the evaluation
 * harness and the anchor script. Never imports the library: gold is written
 * and placed without running the program.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..');
export const DATA_DIR = process.env.DATA_DIR ?? join(PROJECT_ROOT, '.data');

/** A document of a rebuilt corpus. */
export interface CorpusDocument {
  id: string;
  text: string;
  title?: string;
  source?: string;
  publishedAt?: string;
  [field: string]: unknown;
}

/** Where each corpus name lives under .data/. */
const corpusFiles: Record<string, string> = {
  antcorpus: 'news/antcorpus.jsonl',
  /** Every antcorpus article (scripts/data/antcorpus.ts --all): held-out gold outside the 3,000 of `antcorpus`. */
  'antcorpus-all': 'news/antcorpus-all.jsonl',
  saudinewsnet: 'saudinewsnet.jsonl',
  anercorp: 'ner/anercorp.jsonl',
  newsfane: 'ner/newsfane.jsonl',
  wojood: 'ner/wojood.jsonl',
};

/** The path of a corpus file, or null when it has not been rebuilt. */
export function corpusPath(corpus: string): string | null {
  const rel = corpusFiles[corpus];
  if (!rel) throw new Error(`unknown corpus ${corpus} (known: ${Object.keys(corpusFiles).join(', ')})`);
  const path = join(DATA_DIR, rel);
  return existsSync(path) ? path : null;
}

const loaded = new Map<string, Map<string, CorpusDocument>>();

/** All documents of a corpus by id (read once). */
export function corpusDocuments(corpus: string): Map<string, CorpusDocument> | null {
  const cached = loaded.get(corpus);
  if (cached) return cached;
  const path = corpusPath(corpus);
  if (!path) return null;
  const byId = new Map<string, CorpusDocument>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const doc = JSON.parse(line) as CorpusDocument;
    byId.set(doc.id, doc);
  }
  loaded.set(corpus, byId);
  return byId;
}

/**
 * The text gold offsets index: the title, a blank line, then the body — the
 * way an article reaches a reader (headlines carry claims too). For corpora
 * without titles (NER sentences), the text alone.
 */
export function documentText(doc: CorpusDocument): string {
  return doc.title ? `${doc.title}\n\n${doc.text}` : doc.text;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
