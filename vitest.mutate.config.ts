import { defineConfig } from 'vitest/config';

/**
 * The tests a mutation run may use: no browser tests (they need a built site), none that start
 * servers, build scratch sites or time the pipeline, and none that ingest, link or align the whole
 * corpus and compare it with committed content. A mutant should be killed by a test that says what
 * a reader would notice, not by a drift detector whose fix is to regenerate; and each of those
 * costs seconds per mutant.
 */
export default defineConfig({
  test: {
    include: ['scripts/**/*.test.ts', 'src/**/*.test.ts'],
    exclude: [
      '**/node_modules/**',
      'scripts/serve/static-server.test.ts',
      'scripts/serve/faults.test.ts',
      'scripts/serve/browser.test.ts',
      'scripts/bench/**',
      'scripts/start.test.ts',
      'scripts/project-folder.test.ts',
      'scripts/check/validate-html.test.ts',
      'scripts/check/budgets.test.ts',
      'scripts/check/anchors-edits.test.ts',
      'scripts/ingest/corpus.test.ts',
      'scripts/ingest/input-checks.test.ts',
      'scripts/ingest/literal.test.ts',
      'scripts/link/golden.test.ts',
      'scripts/link/align-golden.test.ts',
      'scripts/link/align-invariants.test.ts',
      'scripts/link/countries-golden.test.ts',
      'scripts/link/traditional-twin.test.ts',
    ],
    testTimeout: 30_000,
    // One worker reused across test files: module loading, not the tests, is most of a mutant's time.
    isolate: false,
  },
});
