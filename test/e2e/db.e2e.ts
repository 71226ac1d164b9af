/**
 * The database layer on Chromium's real IndexedDB (not fake-indexeddb): src/db is bundled into a
 * harness script and injected into the built app's page (same origin as the app, its own database
 * name so the app's data is untouched). Create a run, save ticks, reload and find everything; a
 * second tab on the same run; a full disk; no IndexedDB at all.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { BASE_URL, launchBrowser } from './browser.ts';
import { buildDbHarness } from '../bench/buildDbHarness.ts';
import type { harness as Harness } from '../bench/dbHarness.entry.ts';

type H = typeof Harness;
declare const fidelisDbHarness: H;

let browser: Browser;
let script: string;

async function withHarness(page: Page): Promise<void> {
  await page.goto(BASE_URL);
  await page.addScriptTag({ content: script });
  await page.waitForFunction(() => 'fidelisDbHarness' in globalThis);
}

const DB = 'fidelis-e2e';

/** Like browser.ts newPage, but the app's Content-Security-Policy (script-src 'self') lets the injected harness run. */
async function newPage(b: Browser) {
  const context = await b.newContext({ locale: 'fr-FR', bypassCSP: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  return { context, page, errors };
}

describe('database layer in real Chromium', () => {
  beforeAll(async () => {
    [browser, script] = await Promise.all([launchBrowser(), buildDbHarness()]);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('creates a run, saves ticks, and finds everything after a reload', async () => {
    const { context, page, errors } = await newPage(browser);
    await withHarness(page);
    const created = await page.evaluate(async (name) => {
      const h = fidelisDbHarness;
      const fdb = await h.db.openFidelisDb({ name });
      const base = h.makeCustomers(2000);
      const run = await h.db.createRun(fdb, { name: 'Boulangerie', scenario: h.fixtureScenario(), seed: 3, createdAt: '2026-11-23T08:00:00.000Z', customers: base, snapshot: h.syntheticState(2000, 0), stateHash: 'h0' });
      for (let t = 0; t < 3; t++)
        await h.db.commitTick(fdb, { runId: run.id, report: h.reportOf(t, 2000), records: h.changedRecords(base, t, 100), stateHash: `h${t + 1}`, snapshot: t === 1 ? h.syntheticState(2000, 2) : undefined });
      fdb.close();
      return { id: run.id, inMemory: fdb.inMemory };
    }, DB);
    expect(created.inMemory).toBe(false);

    await page.reload();
    await page.addScriptTag({ content: script });
    const found = await page.evaluate(
      async ({ name, id }) => {
        const h = fidelisDbHarness;
        const fdb = await h.db.openFidelisDb({ name });
        const loaded = await h.db.loadRun(fdb, id);
        const page1 = await h.db.queryCustomers(fdb, id, { filter: { stage: 'actif' }, limit: 5 });
        const sorted = await h.db.queryCustomers(fdb, id, { sort: { column: 'lastPurchaseTick', direction: 'desc' }, limit: 3 });
        const customers = await h.db.queryCustomers(fdb, id, { limit: 1000, offset: 1000 });
        const latestTick = Math.max(...customers.rows.map((c) => c.lastPurchaseTick ?? -1), 2);
        const someone = h.reportOf(2, 2000).purchases.customer[0];
        const file = await h.db.getCustomerFile(fdb, id, someone);
        const runs = await h.db.listRuns(fdb);
        const stored = await fdb.db.get('customerPages', [id, 0]);
        return {
          pageAsColumns: stored ? stored.spendTotal instanceof Float64Array && stored.length === 2000 : false,
          tick: loaded.run.currentTick,
          hash: loaded.run.stateHash,
          kpiTicks: loaded.kpis.map((k) => k.tick),
          snapshotTick: loaded.snapshot?.tick,
          snapshotIsTyped: loaded.snapshot ? (loaded.snapshot.state as { satisfaction: unknown }).satisfaction instanceof Float64Array : false,
          total: page1.total,
          latest: sorted.rows.map((r) => r.lastPurchaseTick),
          latestTick,
          filePurchasesAt2: file?.purchases.filter((p) => p.tick === 2).length ?? 0,
          runNames: runs.runs.map((r) => r.name),
        };
      },
      { name: DB, id: created.id },
    );
    expect(found.tick).toBe(3);
    expect(found.hash).toBe('h3');
    expect(found.kpiTicks).toEqual([0, 1, 2]);
    expect(found.snapshotTick).toBe(2);
    expect(found.snapshotIsTyped).toBe(true);
    expect(found.total).toBeGreaterThanOrEqual(100); // the changed records became 'actif'
    expect(found.latest).toEqual([found.latestTick, found.latestTick, found.latestTick]);
    expect(found.filePurchasesAt2).toBeGreaterThan(0);
    expect(found.runNames).toEqual(['Boulangerie']);
    expect(found.pageAsColumns).toBe(true); // v4: the 2,000 customers in one page of typed-array columns
    expect(errors).toEqual([]);
    await context.close();
  });

  it('makes a second tab on the same run read-only and tells the first one to reload on upgrade', async () => {
    const { context, page } = await newPage(browser);
    await withHarness(page);
    const second = await context.newPage();
    await withHarness(second);
    const runId = await page.evaluate(async (name) => {
      const h = fidelisDbHarness;
      const w = globalThis as unknown as { faults: string[]; lock: unknown; fdb: unknown };
      w.faults = [];
      const fdb = await h.db.openFidelisDb({ name, onFault: (e) => w.faults.push(e.code) });
      const run = await h.db.createRun(fdb, { name: 'Deux onglets', scenario: h.fixtureScenario(), seed: 1, createdAt: 'x', customers: h.makeCustomers(50) });
      w.lock = await h.db.acquireRunLock(run.id);
      w.fdb = fdb;
      return run.id;
    }, DB + '-tabs');
    const secondTab = await second.evaluate(
      async ({ name, id }) => {
        const h = fidelisDbHarness;
        const fdb = await h.db.openFidelisDb({ name });
        const lock = await h.db.acquireRunLock(id);
        const refused = await h.db.commitTick(fdb, { runId: id, report: h.reportOf(0, 50), records: [], stateHash: null, lock }).then(
          () => 'written',
          (e: { code: string }) => e.code,
        );
        fdb.close();
        return { canWrite: lock.canWrite, reason: lock.reason?.code, refused };
      },
      { name: DB + '-tabs', id: runId },
    );
    expect(secondTab).toEqual({ canWrite: false, reason: 'runLocked', refused: 'readOnly' });
    // the first tab still writes
    const firstWrites = await page.evaluate(async (id) => {
      const h = fidelisDbHarness;
      const w = globalThis as unknown as { lock: Parameters<H['db']['commitTick']>[1]['lock']; fdb: Parameters<H['db']['commitTick']>[0] };
      const run = await h.db.commitTick(w.fdb, { runId: id, report: h.reportOf(0, 50), records: [], stateHash: 'h1', lock: w.lock });
      return run.currentTick;
    }, runId);
    expect(firstWrites).toBe(1);
    // a newer app version opened in the second tab: the first closes its connection and asks to reload
    await second.evaluate(async (name) => {
      const h = fidelisDbHarness;
      const newer = await h.db.openFidelisDb({ name, version: h.db.DB_VERSION + 1 });
      newer.close();
    }, DB + '-tabs');
    const faults = await page.evaluate(() => (globalThis as unknown as { faults: string[] }).faults);
    expect(faults).toEqual(['versionChange']);
    // closing the first tab frees the run for the second
    await page.close();
    const freed = await second.evaluate(async (id) => {
      // the browser releases a closed tab's locks shortly after the close
      for (let attempt = 0; attempt < 50; attempt++) {
        if ((await fidelisDbHarness.db.acquireRunLock(id)).canWrite) return true;
        await new Promise((r) => setTimeout(r, 100));
      }
      return false;
    }, runId);
    expect(freed).toBe(true);
    await context.close();
  });

  it('keeps the run at its last complete tick when the disk is full', async () => {
    const { context, page } = await newPage(browser);
    await withHarness(page);
    const cdp = await context.newCDPSession(page);
    const origin = new URL(BASE_URL).origin;
    // Chromium's own quota, lowered for this origin (before it stores anything): a real QuotaExceededError.
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1024 * 1024 });
    const runId = await page.evaluate(async (name) => {
      const h = fidelisDbHarness;
      const fdb = await h.db.openFidelisDb({ name });
      const run = await h.db.createRun(fdb, { name: 'Disque plein', scenario: h.fixtureScenario(), seed: 1, createdAt: 'x', customers: h.makeCustomers(100) });
      await h.db.commitTick(fdb, { runId: run.id, report: h.reportOf(0, 100), records: [], stateHash: 'h1' });
      fdb.close();
      return run.id;
    }, DB + '-quota');
    const outcome = await page.evaluate(
      async ({ name, id }) => {
        const h = fidelisDbHarness;
        const fdb = await h.db.openFidelisDb({ name });
        // Chromium 156 lets a value above 64 kB (stored in a file of its own) past this quota override,
        // so the disk fills with ticks of ~60 kB batches, stored inside the database, until a save fails.
        let code = 'written';
        let saved = 1;
        for (let t = 1; t < 60 && code === 'written'; t++) {
          code = await h.db.commitTick(fdb, { runId: id, report: h.reportOf(t, 6000, 6000, 3000), records: [], stateHash: `h${t + 1}` }).then(
            () => 'written',
            (e: { code: string }) => e.code,
          );
          if (code === 'written') saved = t + 1;
        }
        const loaded = await h.db.loadRun(fdb, id);
        fdb.close();
        return { code, saved, tick: loaded.run.currentTick, hash: loaded.run.stateHash, kpis: loaded.kpis.length };
      },
      { name: DB + '-quota', id: runId },
    );
    // the failed tick left nothing behind: the run is at its last complete tick
    expect(outcome).toEqual({ code: 'quotaExceeded', saved: outcome.saved, tick: outcome.saved, hash: `h${outcome.saved}`, kpis: outcome.saved });
    expect(outcome.saved).toBeGreaterThan(1);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin });
    await context.close();
  });

  it('plays in memory, and says so, when the browser gives no IndexedDB', async () => {
    const { context, page } = await newPage(browser);
    await page.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { get: () => undefined, configurable: true });
    });
    // The app itself falls back to memory and says so. Only then the harness: each bundle installs its
    // own fake-indexeddb classes as the page's IDB* globals (last one wins) and idb recognises
    // transactions by those globals, so the harness must come after the app's fallback, not race it.
    await page.goto(BASE_URL);
    // the storage fault's notice (b6ea213: the « Mode sans sauvegarde » one is no longer stacked under it)
    await page.getByText('Le stockage du navigateur est indisponible', { exact: false }).first().waitFor();
    await page.getByText('ne seront pas conservées', { exact: false }).first().waitFor();
    await page.addScriptTag({ content: script });
    await page.waitForFunction(() => 'fidelisDbHarness' in globalThis);
    const result = await page.evaluate(async () => {
      const h = fidelisDbHarness;
      const faults: string[] = [];
      const fdb = await h.db.openFidelisDb({ onFault: (e) => faults.push(e.code) });
      const run = await h.db.createRun(fdb, { name: 'En mémoire', scenario: h.fixtureScenario(), seed: 1, createdAt: 'x', customers: h.makeCustomers(30) });
      await h.db.commitTick(fdb, { runId: run.id, report: h.reportOf(0, 30), records: [], stateHash: 'h1' });
      return { inMemory: fdb.inMemory, faults, tick: (await h.db.getRun(fdb, run.id)).currentTick };
    });
    expect(result).toEqual({ inMemory: true, faults: ['unavailable'], tick: 1 });
    await context.close();
  });
});
