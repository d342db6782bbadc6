/**
 * The JSON Schemas under schema/ are generated from the output types
 * (src/cli/schema.ts) and every JSON and JSON Lines output of the CLI
 * validates against them, schema version included.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { generateSchemas, schemaFiles } from '../scripts/schema.js';
import { SCHEMA_VERSION } from '../src/cli/schema.js';
import { cli, corpus, corpusDir, root } from './cli-harness.js';

const schema = (file: string): object => JSON.parse(readFileSync(join(root, 'schema', file), 'utf8')) as object;
const validator = (file: string) => new Ajv({ allErrors: true, strict: true }).compile(schema(file));

function expectValid(file: string, value: unknown): void {
  const validate = validator(file);
  const ok = validate(value);
  expect(ok ? [] : validate.errors, file).toEqual([]);
}

const jsonLines = (text: string): unknown[] => text.trimEnd().split('\n').map((l) => JSON.parse(l) as unknown);

const batch = ['000_9dca52218d3bd2b1.txt', '001_1b8f06fc3ce38c5b.txt', '003_abd8aa4d1cad8a10.txt']
  .map((f, i) => JSON.stringify({ id: f, text: readFileSync(corpus(f), 'utf8'), publishedAt: '2017-12-06', source: `outlet-${i % 2}` }))
  .join('\n');

describe('JSON Schema of the CLI output', () => {
  it('is what npm run schema generates from the types', () => {
    const generated = generateSchemas();
    expect(Object.keys(generated).sort()).toEqual(Object.keys(schemaFiles).sort());
    for (const [file, text] of Object.entries(generated)) expect(readFileSync(join(root, 'schema', file), 'utf8'), `schema/${file} is stale: npm run schema`).toBe(text);
  }, 120_000);

  it('pins the schema version', () => {
    for (const file of Object.keys(schemaFiles)) expect(JSON.stringify(schema(file))).toContain(`"const":"${SCHEMA_VERSION}"`);
  });

  it('validates extract output, JSON and JSON Lines', async () => {
    const json = JSON.parse((await cli(['extract', corpusDir])).stdout) as { schemaVersion: string; documents: unknown[] };
    expect(json.schemaVersion).toBe(SCHEMA_VERSION);
    expect(json.documents).toHaveLength(5);
    expectValid('extract.schema.json', json);
    const lines = jsonLines((await cli(['extract', '--format', 'jsonl', '--input', 'jsonl'], batch)).stdout);
    expect(lines).toHaveLength(3);
    for (const line of lines) expectValid('extract-line.schema.json', line);
  });

  it('validates numbers output, JSON and JSON Lines', async () => {
    expectValid('numbers.schema.json', JSON.parse((await cli(['numbers', corpusDir])).stdout));
    for (const line of jsonLines((await cli(['numbers', '--format', 'jsonl', corpusDir])).stdout)) expectValid('numbers-line.schema.json', line);
  });

  it('validates compare output, JSON and JSON Lines', async () => {
    const json = JSON.parse((await cli(['compare', '--format', 'json', '--all', corpusDir])).stdout) as { clusters: unknown[] };
    expect(json.clusters.length).toBeGreaterThan(8);
    expectValid('compare.schema.json', json);
    const lines = jsonLines((await cli(['compare', '--format', 'jsonl', '--input', 'jsonl'], batch)).stdout);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expectValid('compare-line.schema.json', line);
  });

  it('rejects output that breaks the shape', () => {
    const validate = validator('extract-line.schema.json');
    expect(validate({ schemaVersion: '0.9', id: 'a', input: 'a', claims: [] })).toBe(false);
    expect(validate({ schemaVersion: SCHEMA_VERSION, id: 'a', input: 'a', claims: [{ text: 'x' }] })).toBe(false);
    expect(validate({ schemaVersion: SCHEMA_VERSION, id: 'a', input: 'a', claims: [] })).toBe(true);
  });
});
