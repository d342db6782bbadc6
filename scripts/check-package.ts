/**
 * Part of `npm run check`, after the build: packs the package as `npm publish`
 * would (without running prepack again), prints its file list, and fails when
 *
 * - a file a consumer needs is missing (the ESM and CommonJS builds, both type
 *   declarations, the CLI and its worker, the JSON Schemas, LICENSE, README);
 * - something that is not for consumers is in it (sources, tests, fixtures);
 * - the CLI carries its own copy of the library instead of importing `./index.js`;
 * - attw finds a types problem in the tarball.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const root = join(import.meta.dirname, '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

const required = [
  'LICENSE',
  'README.md',
  'package.json',
  'dist/index.js',
  'dist/index.cjs',
  'dist/index.d.ts',
  'dist/index.d.cts',
  'dist/cli.js',
  'dist/cli-worker.js',
  'schema/extract.schema.json',
  'schema/extract-line.schema.json',
  'schema/numbers.schema.json',
  'schema/numbers-line.schema.json',
  'schema/compare.schema.json',
  'schema/compare-line.schema.json',
];
const forbidden = /^(?:src|test|bench|scripts|docs|examples|\.changeset|\.ci)\//u;

const problems: string[] = [];
const destination = mkdtempSync(join(tmpdir(), 'arabic-claims-pack-'));
try {
  const packed = JSON.parse(
    execFileSync(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', destination], { cwd: root, encoding: 'utf8', shell: process.platform === 'win32' }),
  ) as Array<{ filename: string; size: number; unpackedSize: number; files: Array<{ path: string; size: number }> }>;
  const { filename, size, unpackedSize, files } = packed[0]!;
  console.log(`${filename}: ${files.length} files, ${(size / 1e3).toFixed(1)} kB packed, ${(unpackedSize / 1e3).toFixed(1)} kB unpacked`);
  for (const f of files) console.log(`  ${String(f.size).padStart(8)}  ${f.path}`);
  const paths = new Set(files.map((f) => f.path));
  for (const path of required) if (!paths.has(path)) problems.push(`missing from the package: ${path}`);
  for (const path of paths) if (forbidden.test(path)) problems.push(`not for the package: ${path}`);

  for (const entry of ['dist/cli.js', 'dist/cli-worker.js']) {
    const code = readFileSync(join(root, entry), 'utf8');
    if (!/from "\.\/index\.js"/u.test(code)) problems.push(`${entry} does not import the library from ./index.js`);
    if (/function extractQuantClaims\b/u.test(code)) problems.push(`${entry} bundles a copy of the library`);
  }

  const attwPackage = createRequire(import.meta.url).resolve('@arethetypeswrong/cli/package.json');
  const attwBin = (JSON.parse(readFileSync(attwPackage, 'utf8')) as { bin: Record<string, string> }).bin.attw!;
  const attw = spawnSync(process.execPath, [join(dirname(attwPackage), attwBin), join(destination, filename)], { cwd: root, stdio: 'inherit' });
  if (attw.status !== 0) problems.push('attw found problems with the types (above)');
} finally {
  rmSync(destination, { recursive: true, force: true });
}
for (const p of problems) console.error(`check-package: ${p}`);
process.exitCode = problems.length > 0 ? 1 : 0;
