/**
 * Loaders for other projects' Arabic number suites (test/fixtures/peers, see the READMEs there).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const fixtures = join(here, '..', 'fixtures', 'peers');

export interface ValueRow {
  input: string;
  value: number;
}

export function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}

export interface RecognizersCase {
  index: number;
  Input: string;
  NotSupported?: string;
  Results: Array<{ Text: string; Resolution?: { value?: string } }>;
}

export function recognizersNumberModel(): RecognizersCase[] {
  const raw = readFileSync(join(fixtures, 'recognizers-text', 'NumberModel.json'), 'utf8').replace(/^\uFEFF/u, '');
  return (JSON.parse(raw) as Omit<RecognizersCase, 'index'>[]).map((c, index) => ({ ...c, index }));
}

export interface Exclusion {
  index: number;
  input: string;
  reason: string;
}

export function recognizersExclusions(): Exclusion[] {
  return JSON.parse(readFileSync(join(here, 'recognizers-exclusions.json'), 'utf8')) as Exclusion[];
}

/** PyArabic is GPL-3.0: its generated rows are read from ../shared beside the checkout, not copied in. */
export const pyarabicGenerated = join(here, '..', '..', '..', 'shared', 'peers', 'pyarabic', 'numbers-generated.jsonl');
export const hasPyarabic = existsSync(pyarabicGenerated);

/** Values agree to the precision the suites write them with (0.666666666666667). */
export function sameValue(a: number, b: number): boolean {
  if (a === b) return true;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

export function rate(pass: number, total: number): string {
  return `${pass}/${total} (${((100 * pass) / total).toFixed(1)}%)`;
}
