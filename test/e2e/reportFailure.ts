/**
 * Setup of every e2e file: a failed test adds what its pages showed (pageReport.ts) to its errors, so that the
 * failure printed by CI, whose artefacts nobody sees, says where the page was, not only what it waited for.
 */
import { beforeEach } from 'vitest';
import { describePages, openPages } from './pageReport.ts';

beforeEach(({ onTestFailed }) => {
  // pages an earlier failed test left open are not this test's
  const earlier = new Set(openPages());
  onTestFailed(async () => {
    const pages = openPages().filter((page) => !earlier.has(page));
    const report = await describePages(pages);
    // then closed: a failed try's pages (and a timed-out test's body, which goes on) would otherwise keep running
    // beside its retry on the 2-core machine. No e2e file keeps a page across tests, so each is this test's.
    await Promise.all(pages.map((page) => page.context().close().catch(() => undefined)));
    throw new Error(`what the open pages showed:\n${report}`);
  });
});
