/**
 * Three projects, run one after another (groupOrder) so each one's duration is its own:
 * - unit: pure functions, no build needed;
 * - build: checks over the built dist/ and dist-base/ (HTML validity, CSP, byte budgets, headers, base path);
 * - browser: headless Chromium over every page of the sitemap, and the fixtures that prove the gates bite.
 * `npm test` (scripts/test.ts) builds dist/ and dist-base/ first.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }], './tests/lib/suite-durations-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // Vitest's default is cores - 1, which is 1 here: that would also push this project behind the others.
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // One file at a time: each drives two Chromium processes, and the machine has two cores.
          fileParallelism: false,
          // Concurrent page tests share two browsers (BrowserPool); more at once would only queue.
          maxConcurrency: 2,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
