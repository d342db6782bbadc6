// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';

export default tseslint.config(
  { ignores: ['dist/**', 'docs/api/**', 'coverage/**', 'node_modules/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  regexp.configs['flat/recommended'],
  {
    rules: {
      // With noUncheckedIndexedAccess every typed-array read is `T | undefined`; the scanners index
      // within bounds they have just checked, and a `!` there is cheaper and clearer than a branch.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Backtracking guards: these patterns run over whole articles.
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      'regexp/require-unicode-regexp': 'error',
      'regexp/no-misleading-unicode-character': 'error',
    },
  },
  {
    // The library casts to its coordinate types (`(k + 1) as TokenIndex`): a call of the converters costs
    // bytes in the shipped bundle and nothing a cast does not give (tests may call them).
    files: ['src/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/coordinates.js'], importNames: ['tokenIndex', 'shadowOffset'], message: 'Cast instead: (n) as TokenIndex.' }] }],
    },
  },
);
