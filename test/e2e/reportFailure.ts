/**
 * Setup of every e2e file: a failed test adds what its pages showed (pageReport.ts) to its errors, so that the
 * failure printed by CI, whose artefacts nobody sees, says where the page was, not only what it waited for.
 */
import { beforeEach } from 'vitest';
import { describeOpenPages, openPages } from './pageReport.ts';

beforeEach(({ onTestFailed }) => {
  // pages an earlier failed test left open are not this test's
  const earlier = new Set(openPages());
  onTestFailed(async () => {
    throw new Error(`what the open pages showed:\n${await describeOpenPages(earlier)}`);
  });
});
