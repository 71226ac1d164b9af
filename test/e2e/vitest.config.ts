import { defineConfig } from 'vitest/config';

// End-to-end tests: a real Chromium (Debian package) driven by playwright-core against the built app.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    // a failed test says what its pages showed (pageReport.ts)
    setupFiles: ['test/e2e/reportFailure.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    // a real browser on a shared 2-core CI machine: a test failing once is run again, and passes only if the second
    // run passes; test/run-all.mjs then names it with its first failure (and what its pages showed, reportFailure.ts)
    // under « Réussis au second essai », so that an unexplained failure is still read and hunted, not hidden
    retry: 1,
    // vitest's default, 1 s, is short for a page on a loaded machine
    expect: { poll: { timeout: 10_000 } },
  },
});
