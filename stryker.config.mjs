/**
 * Mutation testing of the modules that decide what a reader sees (docs/mutation.md).
 * One group at a time: `npm run mutate -- --mutate scripts/link/role.ts`.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.ts', related: true },
  coverageAnalysis: 'perTest',
  concurrency: 1,
  timeoutMS: 20_000,
  mutate: [
    'scripts/ingest/structure.ts',
    'scripts/ingest/to-blocks.ts',
    'scripts/ingest/numbering.ts',
    'scripts/ingest/nesting.ts',
    'scripts/link/themes.ts',
    'scripts/link/role.ts',
    'scripts/link/measure.ts',
    'src/lib/align/score.ts',
    'src/lib/align/pairs.ts',
    'scripts/targets/*.ts',
    '!scripts/targets/*.test.ts',
    '!scripts/targets/*.test-data.ts',
    'scripts/check/anchors.ts',
    'src/lib/anchor-redirects.ts',
    'src/lib/vertical.ts',
    'src/lib/search/query.ts',
    'src/lib/cite/citation.ts',
    'src/lib/cite/locator.ts',
    'src/lib/charts/plan-timeline.ts',
    'src/lib/charts/baseline-target.ts',
    'src/lib/charts/target-comparison.ts',
    'src/lib/charts/theme-heatmap.ts',
    'src/lib/charts/world-map.ts',
    'src/lib/charts/commitment-mix.ts',
    'src/lib/charts/svg.ts',
  ],
  ignorePatterns: ['dist', '.astro', 'reports', 'tmp'],
  reporters: ['clear-text', 'progress-append-only', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
