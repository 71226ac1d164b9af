/**
 * Database benchmarks in a real Chromium (Debian chromium + playwright-core): src/db on the real
 * IndexedDB, timed inside the page. Cases (JSON lines, `seconds` = median of the repetitions):
 *   db-create-base        write a run's initial customer base (target < 1 s for 100,000)
 *   db-commit-tick        one tick's autosave: KPIs, purchase and event batches, every customer changed (target < 50 ms for 10,000)
 *   db-commit-tick-quarter the same with a quarter of the customers changed, spread over every page (a busy week)
 *   db-load-run           resume a run: metadata, KPI history, latest engine snapshot
 *   db-query-page         a filtered page sorted by spend, as the customer list asks it: read the run's
 *                         customers, filter, sort, slice (a new CustomerSource each time: no cache)
 *   db-query-next-page    the next page from the same CustomerSource (cached read and order)
 *   db-customer-file      one customer's purchases and events over the run
 *   db-rewrite-history    a recalculated resume's rewrite: the run's 26 ticks of rows and its whole base
 *                         replaced in one transaction (rewriteRunHistory)
 * Each line also gives `cpuSeconds`: the median CPU time of every Chromium process (page, browser,
 * storage; read from /proc, absent elsewhere) during one repetition, DevTools round trip included.
 * The machine is shared: wall time follows the load average (printed as `load`), CPU time much less.
 * Synthetic engine output (test/unit/db/synthetic-data.ts) stands in for the engine.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
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

/** CPU seconds (user + system) used so far by this process's descendants (the browser), or null without /proc. */
function browserCpuSeconds(): number | null {
  try {
    const parent = new Map<number, number>();
    const times = new Map<number, number>();
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        parent.set(Number(entry), Number(fields[1]));
        times.set(Number(entry), Number(fields[11]) + Number(fields[12]));
      } catch {
        // the process ended meanwhile
      }
    }
    let ticks = 0;
    for (const [pid, t] of times) {
      for (let p = parent.get(pid); p !== undefined && p > 1; p = parent.get(p))
        if (p === process.pid) {
          ticks += t;
          break;
        }
    }
    return ticks / 100; // USER_HZ
  } catch {
    return null;
  }
}

/** Runs `work` in the page (it returns in-page seconds) and measures the browser's CPU around it. */
async function measured(work: () => Promise<number>): Promise<{ seconds: number; cpu: number | null }> {
  const before = browserCpuSeconds();
  const seconds = await work();
  const after = browserCpuSeconds();
  return { seconds, cpu: before === null || after === null ? null : after - before };
}

async function benchRun(page: Page, customers: number, emit: Emit, wanted: (name: string) => boolean): Promise<void> {
  const report = (name: string, runs: { seconds: number; cpu: number | null }[], extra: Record<string, unknown> = {}) => {
    const seconds = runs.map((r) => r.seconds);
    const cpu = runs.map((r) => r.cpu).filter((c): c is number => c !== null);
    emit({
      name,
      customers,
      seconds: Number(median(seconds).toFixed(4)),
      min: Number(Math.min(...seconds).toFixed(4)),
      ...(cpu.length > 0 ? { cpuSeconds: Number(median(cpu).toFixed(3)) } : {}),
      repeat: seconds.length,
      load: Number(loadavg()[0].toFixed(1)),
      ...extra,
    });
  };

  await page.evaluate(
    async ({ n }) => {
      const h = fidelisDbHarness;
      const w = globalThis as unknown as Record<string, unknown>;
      w.base = h.makeCustomers(n);
    },
    { n: customers },
  );

  if (wanted('db-create-base')) {
    const runs = [];
    for (let i = 0; i < REPEAT; i++)
      runs.push(
        await measured(() =>
          page.evaluate(
            async ({ n, i }) => {
              const h = fidelisDbHarness;
              const base = (globalThis as unknown as { base: ReturnType<typeof h.makeCustomers> }).base;
              const fdb = await h.db.openFidelisDb({ name: `bench-create-${n}-${i}`, persist: false });
              const { seconds } = await h.timed(() => h.db.createRun(fdb, { name: 'bench', scenario: h.fixtureScenario(), seed: 1, createdAt: 'x', customers: base }));
              fdb.close();
              return seconds;
            },
            { n: customers, i },
          ),
        ),
      );
    report('db-create-base', runs, { target: customers === 100_000 ? 1 : undefined });
  }

  const needRun = ['db-commit-tick', 'db-load-run', 'db-query-page', 'db-query-next-page', 'db-customer-file', 'db-rewrite-history'].some(wanted);
  if (!needRun) return;
  // One run with TICKS_BEFORE_LOAD ticks: ticks 1..REPEAT change every customer (timed), the next
  // REPEAT a quarter (timed), the others a tenth, to build history faster.
  await page.evaluate(
    async ({ n }) => {
      const h = fidelisDbHarness;
      const w = globalThis as unknown as Record<string, unknown> & { base: ReturnType<typeof h.makeCustomers> };
      const fdb = await h.db.openFidelisDb({ name: `bench-run-${n}`, persist: false });
      const run = await h.db.createRun(fdb, { name: 'bench', scenario: h.fixtureScenario({ durationTicks: 156 }), seed: 1, createdAt: 'x', customers: w.base, snapshot: h.syntheticState(n, 0) });
      Object.assign(w, { fdb, run, purchases: 0 });
    },
    { n: customers },
  );
  const commitAll = [];
  const commitQuarter = [];
  for (let t = 0; t < TICKS_BEFORE_LOAD; t++) {
    const changed = t >= 1 && t <= REPEAT ? customers : t > REPEAT && t <= 2 * REPEAT ? Math.ceil(customers / 4) : Math.ceil(customers / 10);
    // prepared outside the timing: the engine's output for the tick
    await page.evaluate(
      ({ n, t, changed }) => {
        const h = fidelisDbHarness;
        const w = globalThis as unknown as Record<string, unknown> & { base: ReturnType<typeof h.makeCustomers>; purchases: number };
        const report = h.reportOf(t, n);
        w.purchases += report.purchases.length;
        Object.assign(w, { report, records: h.changedRecords(w.base, t, changed), snapshot: t % 13 === 12 ? h.syntheticState(n, t + 1) : undefined });
      },
      { n: customers, t, changed },
    );
    const result = await measured(() =>
      page.evaluate(async (t) => {
        const h = fidelisDbHarness;
        type Db = Awaited<ReturnType<typeof h.db.openFidelisDb>>;
        type Commit = Parameters<typeof h.db.commitTick>[1];
        const w = globalThis as unknown as { fdb: Db; run: { id: string }; report: Commit['report']; records: Commit['records']; snapshot: unknown };
        return (await h.timed(() => h.db.commitTick(w.fdb, { runId: w.run.id, report: w.report, records: w.records, stateHash: `h${t}`, snapshot: w.snapshot }))).seconds;
      }, t),
    );
    if (t >= 1 && t <= REPEAT) commitAll.push(result);
    else if (t > REPEAT && t <= 2 * REPEAT) commitQuarter.push(result);
  }
  const purchasesPerTick = Math.round((await page.evaluate(() => (globalThis as unknown as { purchases: number }).purchases)) / TICKS_BEFORE_LOAD);
  if (wanted('db-commit-tick')) {
    report('db-commit-tick', commitAll, { changed: customers, purchasesPerTick, target: customers === 10_000 ? 0.05 : undefined });
    report('db-commit-tick-quarter', commitQuarter, { changed: Math.ceil(customers / 4), purchasesPerTick });
  }

  const inPage = (code: 'load' | 'first' | 'next' | 'file', i: number) =>
    measured(() =>
      page.evaluate(
        async ({ code, i }) => {
          const h = fidelisDbHarness;
          type Db = Awaited<ReturnType<typeof h.db.openFidelisDb>>;
          const w = globalThis as unknown as { fdb: Db; run: { id: string }; source: ReturnType<typeof h.db.createDbCustomerSource> };
          const filter = { motive: 'argent' as const, loyaltyCard: true };
          const sort = { column: 'spendTotal' as const, direction: 'desc' as const };
          if (code === 'load') return (await h.timed(() => h.db.loadRun(w.fdb, w.run.id))).seconds;
          if (code === 'first') {
            w.source = h.db.createDbCustomerSource(w.fdb, w.run.id);
            return (await h.timed(() => w.source.page(filter, sort, 0, 50))).seconds;
          }
          if (code === 'next') return (await h.timed(() => w.source.page(filter, sort, 50, 50))).seconds;
          return (await h.timed(() => h.db.getCustomerFile(w.fdb, w.run.id, 17 + i))).seconds;
        },
        { code, i },
      ),
    );
  const loads = [];
  const firstPages = [];
  const nextPages = [];
  const files = [];
  for (let i = 0; i < REPEAT; i++) {
    loads.push(await inPage('load', i));
    firstPages.push(await inPage('first', i));
    nextPages.push(await inPage('next', i));
    files.push(await inPage('file', i));
  }
  const rewrites = [];
  if (wanted('db-rewrite-history')) {
    // prepared outside the timing: the replay's reports of every saved tick (the base is the run's)
    await page.evaluate(
      ({ n, ticks }) => {
        const h = fidelisDbHarness;
        (globalThis as unknown as Record<string, unknown>).reports = Array.from({ length: ticks }, (_, t) => h.reportOf(t, n));
      },
      { n: customers, ticks: TICKS_BEFORE_LOAD },
    );
    for (let i = 0; i < REPEAT; i++)
      rewrites.push(
        await measured(() =>
          page.evaluate(async (i) => {
            const h = fidelisDbHarness;
            type Db = Awaited<ReturnType<typeof h.db.openFidelisDb>>;
            type Rewrite = Parameters<typeof h.db.rewriteRunHistory>[1];
            const w = globalThis as unknown as { fdb: Db; run: { id: string }; reports: Rewrite['reports']; base: Rewrite['customers'] };
            return (await h.timed(() => h.db.rewriteRunHistory(w.fdb, { runId: w.run.id, reports: w.reports, customers: w.base, stateHash: `r${i}` }))).seconds;
          }, i),
        ),
      );
  }
  await page.evaluate(() => (globalThis as unknown as { fdb: { close(): void } }).fdb.close());
  if (wanted('db-rewrite-history')) report('db-rewrite-history', rewrites, { ticks: TICKS_BEFORE_LOAD });
  if (wanted('db-load-run')) report('db-load-run', loads, { ticks: TICKS_BEFORE_LOAD });
  if (wanted('db-query-page')) report('db-query-page', firstPages);
  if (wanted('db-query-next-page')) report('db-query-next-page', nextPages);
  if (wanted('db-customer-file')) report('db-customer-file', files, { ticks: TICKS_BEFORE_LOAD });
}

export default async function dbBench(emit: Emit, filter?: string): Promise<void> {
  const cases = ['db-create-base', 'db-commit-tick', 'db-commit-tick-quarter', 'db-load-run', 'db-query-page', 'db-query-next-page', 'db-customer-file', 'db-rewrite-history'];
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
