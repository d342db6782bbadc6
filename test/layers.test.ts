/**
 * The pipeline is the folder names: each layer imports only from the layers
 * below it, never from a later one and never from a sibling on its own floor.
 *
 *   text → numbers, names → syntax → dates → claims → entities → align → index → cli
 *
 * `src/model.ts` holds only types that every layer may read.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const src = resolve(import.meta.dirname, '..', 'src');

/** The floor of each layer: a module may import from strictly lower floors and from its own folder. */
const floors: Record<string, number> = {
  text: 0,
  numbers: 1,
  names: 1,
  syntax: 2,
  dates: 3,
  claims: 4,
  entities: 5,
  align: 6,
  'index.ts': 7,
  'lexicon.ts': 6.5,
  cli: 8,
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

/** The layer a file of src/ belongs to: its top folder, or the file itself at the top. */
function layerOf(path: string): string {
  return relative(src, path).split(/[\\/]/u)[0]!;
}

interface Edge {
  from: string;
  to: string;
}

/** Every module each source file imports or re-exports, read by the TypeScript scanner itself. */
function edges(): Edge[] {
  const out: Edge[] = [];
  for (const file of sourceFiles(src)) {
    for (const { fileName } of ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles) {
      out.push({ from: file, to: fileName.startsWith('.') ? resolve(dirname(file), fileName.replace(/\.js$/u, '.ts')) : fileName });
    }
  }
  return out;
}

describe('layers', () => {
  const all = edges();

  it('has a floor for every folder of src/', () => {
    const layers = new Set(sourceFiles(src).map(layerOf));
    layers.delete('model.ts');
    expect([...layers].filter((l) => !(l in floors))).toEqual([]);
  });

  it('imports only from lower layers (or its own folder)', () => {
    const violations = all
      .filter((e) => e.to.startsWith(src))
      .filter((e) => {
        const from = layerOf(e.from);
        const to = layerOf(e.to);
        if (from === to) return false;
        // The shared model is types only: any layer reads it.
        if (to === 'model.ts') return false;
        if (from === 'model.ts') return floors[to]! !== 0;
        return !(floors[to]! < floors[from]!);
      })
      .map((e) => `${relative(src, e.from)} → ${relative(src, e.to)}`);
    expect(violations).toEqual([]);
  });

  it('keeps Node built-ins and packages out of everything but the CLI', () => {
    const violations = all
      .filter((e) => !e.to.startsWith('/') && layerOf(e.from) !== 'cli')
      .map((e) => `${relative(src, e.from)} → ${e.to}`);
    expect(violations).toEqual([]);
  });

  it('has model.ts hold types only', () => {
    const text = readFileSync(join(src, 'model.ts'), 'utf8');
    expect(text).not.toMatch(/^export\s+(?:const|let|function|class)\b/mu);
  });
});
