import { dirname, resolve } from 'node:path';
import { defineConfig, type Options } from 'tsup';

const libraryEntry = resolve(import.meta.dirname, 'src', 'index.ts');

/**
 * The CLI uses the library through `src/index.ts`; in the build that import
 * stays an import of the package's own `./index.js` (dist/cli.js sits next to
 * it), so the package ships one copy of the library, not two.
 */
const libraryExternal: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'library-external',
  setup(build) {
    // esbuild runs the filter as a Go regular expression, which has no `u` flag.
    // eslint-disable-next-line regexp/require-unicode-regexp
    build.onResolve({ filter: /(?:^|\/)index\.js$/ }, (args) => {
      const target = resolve(dirname(args.importer), args.path.replace(/\.js$/u, '.ts'));
      return target === libraryEntry ? { path: './index.js', external: true } : undefined;
    });
  },
};

const cli: Options = {
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  esbuildPlugins: [libraryExternal],
};

// dist/ is emptied by the prebuild script, once, rather than by one of these builds running in parallel.
export default defineConfig([
  {
    // ESM module by module, as the sources are: a bundler that imports one function (parseArabicNumber)
    // then takes only the modules it needs (the package declares "sideEffects": false), instead of
    // every table of one big file.
    entry: ['src/**/*.ts', '!src/cli/**', '!src/**/*.test.ts'],
    bundle: false,
    format: ['esm'],
    dts: { entry: { index: 'src/index.ts' } },
    sourcemap: true,
    target: 'es2022',
    platform: 'neutral',
    // Arabic tables as UTF-8, not \uXXXX escapes: three kilobytes less gzipped, the same code.
    esbuildOptions(options) {
      options.charset = 'utf8';
    },
  },
  {
    // CommonJS in one file: require() loads everything anyway.
    entry: { index: 'src/index.ts' },
    format: ['cjs'],
    dts: { entry: { index: 'src/index.ts' } },
    sourcemap: true,
    treeshake: true,
    target: 'es2022',
    platform: 'neutral',
  },
  // The CLI is the only part allowed to use Node APIs.
  { ...cli, entry: { cli: 'src/cli/main.ts' }, banner: { js: '#!/usr/bin/env node' } },
  // The worker threads of `--jobs N`, loaded by the CLI from next to it.
  { ...cli, entry: { 'cli-worker': 'src/cli/worker.ts' } },
]);
