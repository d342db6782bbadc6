/**
 * Lint for the tables: the `Lexicon` is the only home of words, so a word
 * written twice, a table the engine never reads, or an inflection that cannot
 * apply is a bug this test names.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultLexicon, type Lexicon } from '../src/lexicon.js';
import { foldWord } from '../src/text/fold.js';

const src = resolve(import.meta.dirname, '..', 'src');

/** Fields that hold an enumeration or a code, not words. */
const notWords = new Set(['kind', 'bound', 'position', 'role', 'unit', 'type', 'currency', 'inflect', 'change', 'stem', 'modality', 'per', 'code', 'country']);

/** Every word a table entry writes, folded as the engine folds it. */
function wordsOf(entry: unknown, field = ''): string[] {
  if (typeof entry === 'string') return notWords.has(field) ? [] : [foldWord(entry)];
  if (Array.isArray(entry)) return entry.flatMap((e) => wordsOf(e, field));
  if (typeof entry === 'object' && entry !== null) return Object.entries(entry).flatMap(([k, v]) => wordsOf(v, k));
  return [];
}

/** What makes two entries the same: their words, and for bound phrases where they stand. */
function keysOf(table: string, entry: unknown): string[] {
  const words = wordsOf(entry);
  if (table === 'boundPhrases') return words.map((w) => `${w}@${(entry as { position: string }).position}`);
  // A bound verb is keyed by its present (two verbs may share a preposition); a particle by its words and the form it stands before.
  if (table === 'boundVerbs') return [foldWord((entry as { present: string }).present)];
  if (table === 'boundVerbParticles') return [`${foldWord((entry as { particle: string }).particle)}@${(entry as { before: string }).before}`];
  // A sign is keyed by the sign: two signs may stand for one unit (° and ℃).
  if (table === 'symbolUnits') return [(entry as { symbol: string }).symbol];
  // A pair of quotation marks is keyed by its opening mark: "…" opens and closes with one mark.
  if (table === 'quotePairs') return [(entry as { open: string }).open];
  // An exchange range is keyed by its pair of currencies, either way round: EUR/USD and USD/EUR are one.
  if (table === 'exchangeRanges') return [[(entry as { from: string }).from, (entry as { to: string }).to].sort().join('/')];
  return words;
}

function duplicates(table: string, entries: readonly unknown[]): string[] {
  const seen = new Map<string, number>();
  const out: string[] = [];
  entries.forEach((entry, i) => {
    for (const key of new Set(keysOf(table, entry))) {
      const first = seen.get(key);
      if (first !== undefined) out.push(`${table}: entries ${first} and ${i} both give "${key}"`);
      else seen.set(key, i);
    }
    // The same word twice within one entry (a month's names, a unit's forms).
    const own = keysOf(table, entry);
    if (new Set(own).size !== own.length) out.push(`${table}: entry ${i} repeats a word (${own.join(', ')})`);
  });
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Files that hold table data: a lexicon/ folder, or a layer's data module. */
const isDataFile = (path: string): boolean =>
  /[\\/]lexicon[\\/]/u.test(relative(src, path)) || /(?:numbers[\\/]lexicon|names[\\/](?:gazetteer|titles)|align[\\/]lexicon)\.ts$/u.test(path);

describe('the Lexicon tables', () => {
  const tables = Object.entries(defaultLexicon) as Array<[keyof Lexicon, readonly unknown[]]>;

  it('has no two entries of a table that fold to the same word', () => {
    expect(tables.flatMap(([name, entries]) => duplicates(name, entries))).toEqual([]);
  });

  it('has no unit form shared by a count and a measure', () => {
    expect(duplicates('units', [...defaultLexicon.countUnits, ...defaultLexicon.measureUnits])).toEqual([]);
  });

  it('has every table read by the engine', () => {
    const engine = sourceFiles(src).filter((f) => !isDataFile(f) && !f.endsWith(`${join('src', 'lexicon.ts')}`));
    const code = engine.map((f) => readFileSync(f, 'utf8'));
    const assembles = /^export const \w+Tables\b/mu;
    const unread = tables
      .map(([name]) => name)
      .filter((name) => {
        // Read from the merged tables (tables.monthNames, or destructured from them), or imported by name into engine code.
        const property = new RegExp(`tables\\.${name}\\b`, 'u');
        const destructured = new RegExp(`\\{[^}]*\\b${name}\\b[^}]*\\}\\s*=\\s*[\\w.]*tables\\b`, 'u');
        const imported = new RegExp(`import\\s*\\{[^}]*\\b${name}\\b[^}]*\\}\\s*from`, 'u');
        // A module that assembles a layer's default tables imports them all: that is not a read.
        return !code.some((c) => property.test(c) || destructured.test(c) || (imported.test(c) && !assembles.test(c)));
      });
    expect(unread).toEqual([]);
  });

  it('has every exported table of a data file in the Lexicon', () => {
    const names = new Set(Object.keys(defaultLexicon));
    const exported = sourceFiles(src)
      .filter(isDataFile)
      .flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/^export const (\w+)\s*:\s*readonly/gmu)].map((m) => `${relative(src, f)}: ${m[1]}`));
    expect(exported.filter((e) => !names.has(e.split(': ')[1]!))).toEqual([]);
  });

  it('has an inflection only where it applies', () => {
    const units = [...defaultLexicon.countUnits, ...defaultLexicon.measureUnits];
    const wrong = units.filter((u) => {
      const lemma = foldWord(u.lemma);
      // The feminine plural in ات replaces a final ة; a masculine lemma has none.
      return (u.inflect === 'feminine' && !lemma.endsWith('ه')) || (u.inflect === 'masculine' && (lemma.endsWith('ه') || lemma.includes(' ')));
    });
    expect(wrong.map((u) => `${u.lemma} (${u.inflect})`)).toEqual([]);
  });
});
