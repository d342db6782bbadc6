import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // The linear-time guards (test/linear-guard.ts) may measure a megabyte three times on a loaded machine.
    testTimeout: 300_000,
  },
});
