import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['scripts/**/*.test.ts', 'src/**/*.test.ts', 'e2e/**/*.test.ts'],
    // Browser tests share one built site and one Chromium; run files one at a time there.
    fileParallelism: true,
    testTimeout: 30_000,
    reporters: ['default', './scripts/summary-reporter.ts'],
    hookTimeout: 180_000,
    // Browser checks that wait for the page (scroll position, tooltips) get room on a busy
    // machine; a poll still returns as soon as its condition holds.
    expect: { poll: { timeout: 10_000 } },
  },
});
