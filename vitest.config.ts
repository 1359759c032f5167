import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'core/**/*.test.ts',
      'sheets-addon/**/*.test.ts',
      'extension/**/*.test.{ts,tsx}',
      'tests/**/*.test.ts',
      'scripts/**/*.test.ts',
    ],
    reporters: ['default', './tests/summary-reporter.ts'],
    testTimeout: 20_000,
  },
});
