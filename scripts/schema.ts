/**
 * npm run schema — writes the JSON Schema of every JSON and JSON Lines output of
 * the command line to schema/, generated from the TypeScript types of
 * src/cli/schema.ts (and the library types they use). test/schema.test.ts
 * checks that the files are up to date and that real output validates.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createGenerator } from 'ts-json-schema-generator';

const root = join(import.meta.dirname, '..');

/** Each schema file under schema/ and the type it describes. */
export const schemaFiles = {
  'extract.schema.json': 'ExtractOutput',
  'extract-line.schema.json': 'ExtractLine',
  'numbers.schema.json': 'NumbersOutput',
  'numbers-line.schema.json': 'NumbersLine',
  'compare.schema.json': 'CompareOutput',
  'compare-line.schema.json': 'CompareLine',
} as const;

/** The schema files' text, by file name. */
export function generateSchemas(): Record<string, string> {
  const generator = createGenerator({
    path: join(root, 'src', 'cli', 'schema.ts'),
    tsconfig: join(root, 'tsconfig.node.json'),
    type: '*',
    expose: 'export',
    jsDoc: 'extended',
    topRef: true,
    additionalProperties: false,
    skipTypeCheck: true,
  });
  const out: Record<string, string> = {};
  for (const [file, type] of Object.entries(schemaFiles)) {
    const schema = generator.createSchema(type);
    out[file] = `${JSON.stringify(schema, null, 2)}\n`;
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) {
  for (const [file, text] of Object.entries(generateSchemas())) {
    writeFileSync(join(root, 'schema', file), text);
    console.log(`schema/${file}`);
  }
}
