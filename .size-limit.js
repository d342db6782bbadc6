// Bundled as the package ships it: Arabic tables as UTF-8 (tsup `charset: 'utf8'`), not as the
// \uXXXX escapes esbuild writes by default, which count each Arabic letter six bytes before gzip.
//
// The limits, on this ruler, from commit 9047923 (before the entity-mention issue, #11):
// - core: 109.71 kB then; the issue allows the tables to grow it by at most 60 kB, to 169.7 kB.
// - parseArabicNumber alone: 9.53 kB then, 8.89 kB now; it must not grow, and the mention tables
//   must not reach it. (Compiling class fields as assignments, tsconfig `useDefineForClassFields:
//   false`, took 0.82 kB off the core and added 7 bytes here, to the initializers of its one class.)
// - findDates alone: 36.17 kB then, 41.52 kB after the dates issue (#10) added its lexicon.
const utf8 = (config) => ({ ...config, charset: 'utf8' });

export default [
  { name: 'core: everything (ESM, minified + gzipped)', path: 'dist/index.js', limit: '169.7 kB', gzip: true, modifyEsbuildConfig: utf8 },
  { name: 'parseArabicNumber only (ESM, minified + gzipped)', path: 'dist/index.js', import: '{ parseArabicNumber }', limit: '9 kB', gzip: true, modifyEsbuildConfig: utf8 },
  { name: 'findDates only (ESM, minified + gzipped)', path: 'dist/index.js', import: '{ findDates }', limit: '42 kB', gzip: true, modifyEsbuildConfig: utf8 },
];
