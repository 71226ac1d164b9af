/**
 * Database benchmarks in a real Chromium (Debian chromium + playwright-core): src/db on the real
 * IndexedDB, timed inside the page. Cases (JSON lines, `seconds` = median of the repetitions):
 *   db-create-base      write a run's initial customer base (target < 1 s for 100,000)
 *   db-commit-tick      one tick's autosave: KPIs, purchase and event batches, every customer changed (target < 50 ms for 10,000)
 *   db-load-run         resume a run: metadata, KPI history, latest engine snapshot
 *   db-query-page       a filtered page sorted by spend, as the customer list asks it: read the run's
 *                       customers, filter, sort, slice (a new CustomerSource each time: no cache)
 *   db-query-next-page  the next page from the same CustomerSource (cached read and order)
 *   db-customer-file    one customer's purchases and events over the run
 * Synthetic engine output (test/unit/db/synthetic-data.ts) stands in for the engine.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../e2e/browser.ts';
import { buildDbHarness } from './buildDbHarness.ts';
import type { harness as Harness } from './dbHarness.entry.ts';

declare const fidelisDbHarness: typeof Harness;
type Emit = (result: Record<string, unknown>) => void;

const REPEAT = 3;
const TICKS_BEFORE_LOAD = 26;

function serveBlankPage(): Promise<Server> {
  const server = createServer((_request, response) => {
    response.setHeader('content-type', 'text/html; charset=utf-8');
    response.end('<!doctype html><html lang="fr"><title>Fidélis bench</title></html>');
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function benchRun(page: Page, customers: number, emit: Emit, wanted: (name: string) => boolean): Promise<void> {
  const report = (name: string, seconds: number[], extra: Record<string, unknown> = {}) =>
    emit({ name, customers, seconds: Number(median(seconds).toFixed(4)), min: Number(Math.min(...seconds).toFixed(4)), repeat: seconds.length, ...extra });

  if (wanted('db-create-base')) {
    const seconds = await page.evaluate(async ({ n, repeat }) => {
      const h = fidelisDbHarness;
      const base = h.makeCustomers(n);
      const times: number[] = [];
      for (let i = 0; i < repeat; i++) {
        const fdb = await h.db.openFidelisDb({ name: `bench-create-${n}-${i}`, persist: false });
        times.push((await h.timed(() => h.db.createRun(fdb, { name: 'bench', scenario: h.fixtureScenario(), seed: 1, createdAt: 'x', customers: base }))).seconds);
        fdb.close();
      }
      return times;
    }, { n: customers, repeat: REPEAT });
    report('db-create-base', seconds, { target: customers === 100_000 ? 1 : undefined });
  }

  const needRun = ['db-commit-tick', 'db-load-run', 'db-query-page', 'db-query-next-page', 'db-customer-file'].some(wanted);
  if (!needRun) return;
  // One run with TICKS_BEFORE_LOAD ticks; the commit timings are those of ticks 1..REPEAT.
  const result = await page.evaluate(async ({ n, repeat, ticks }) => {
    const h = fidelisDbHarness;
    const fdb = await h.db.openFidelisDb({ name: `bench-run-${n}`, persist: false });
    const base = h.makeCustomers(n);
    const run = await h.db.createRun(fdb, { name: 'bench', scenario: h.fixtureScenario({ durationTicks: 156 }), seed: 1, createdAt: 'x', customers: base, snapshot: h.syntheticState(n, 0) });
    const commits: number[] = [];
    let purchases = 0;
    for (let t = 0; t < ticks; t++) {
      const report = h.reportOf(t, n);
      // the timed ticks change every customer (worst case); the others a tenth, to build history faster
      const timedTick = t >= 1 && t <= repeat;
      const records = h.changedRecords(base, t, timedTick ? n : Math.ceil(n / 10));
      const snapshot = t % 13 === 12 ? h.syntheticState(n, t + 1) : undefined; // a snapshot a quarter
      purchases += report.purchases.length;
      const { seconds } = await h.timed(() => h.db.commitTick(fdb, { runId: run.id, report, records, stateHash: `h${t}`, snapshot }));
      if (timedTick) commits.push(seconds);
    }
    const loads: number[] = [];
    const nextPages: number[] = [];
    const firstPages: number[] = [];
    const files: number[] = [];
    for (let i = 0; i < repeat; i++) {
      loads.push((await h.timed(() => h.db.loadRun(fdb, run.id))).seconds);
      const source = h.db.createDbCustomerSource(fdb, run.id);
      const filter = { motive: 'argent' as const, loyaltyCard: true };
      const sort = { column: 'spendTotal' as const, direction: 'desc' as const };
      firstPages.push((await h.timed(() => source.page(filter, sort, 0, 50))).seconds);
      nextPages.push((await h.timed(() => source.page(filter, sort, 50, 50))).seconds);
      files.push((await h.timed(() => h.db.getCustomerFile(fdb, run.id, 17 + i))).seconds);
    }
    fdb.close();
    return { commits, loads, nextPages, firstPages, files, purchasesPerTick: Math.round(purchases / ticks) };
  }, { n: customers, repeat: REPEAT, ticks: TICKS_BEFORE_LOAD });
  if (wanted('db-commit-tick'))
    report('db-commit-tick', result.commits, { changed: customers, purchasesPerTick: result.purchasesPerTick, target: customers === 10_000 ? 0.05 : undefined });
  if (wanted('db-load-run')) report('db-load-run', result.loads, { ticks: TICKS_BEFORE_LOAD });
  if (wanted('db-query-page')) report('db-query-page', result.firstPages);
  if (wanted('db-query-next-page')) report('db-query-next-page', result.nextPages);
  if (wanted('db-customer-file')) report('db-customer-file', result.files, { ticks: TICKS_BEFORE_LOAD });
}

export default async function dbBench(emit: Emit, filter?: string): Promise<void> {
  const cases = ['db-create-base', 'db-commit-tick', 'db-load-run', 'db-query-page', 'db-query-next-page', 'db-customer-file'];
  const wanted = (name: string) => !filter || name.includes(filter) || 'db'.includes(filter);
  if (!cases.some(wanted)) return;
  const [script, server, browser] = await Promise.all([buildDbHarness(), serveBlankPage(), launchBrowser()]);
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    await page.addScriptTag({ content: script });
    for (const customers of [10_000, 100_000]) await benchRun(page, customers, emit, wanted);
    await context.close();
  } finally {
    await browser.close();
    server.close();
  }
}
