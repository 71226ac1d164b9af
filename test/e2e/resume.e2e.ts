/**
 * A run saved by another version of the model, in real Chromium: the saved state hash no longer
 * matches what the current engine replays, and its first week's rows are not what it computes.
 * Resuming it says so in French and rewrites the stored history and hash at once (no period
 * played), the game goes on with the recomputed figures, and the run resumes again without the
 * notice (its saved state is the current engine's).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage } from './browser.ts';
import { nav, poll, savedRun, startBakery, tickLabel } from './student.ts';

const NOTICE = 'Cette partie a été enregistrée avec une version précédente du modèle de simulation';

/** What a run saved by another model looks like: the same decisions, another state hash. */
async function pretendAnotherModel(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('fidelis');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('runs', 'readwrite');
          const store = tx.objectStore('runs');
          const all = store.getAll();
          all.onsuccess = () => {
            for (const run of all.result as { stateHash: string | null }[]) store.put({ ...run, stateHash: '0123456789abcdef' });
          };
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

/** The first tick's stored rows, as the page's IndexedDB holds them (typed arrays as plain arrays). */
interface FirstTickRows {
  turnover: number;
  kpis: string;
  amounts: number[];
  customers: number[];
}

/**
 * Reads the saved run's KPI and purchase rows of tick 0 and (`alter`) then overwrites them with
 * figures no model computes, as rows left by another model would be.
 */
async function firstTickRows(page: Page, alter = false): Promise<FirstTickRows> {
  return page.evaluate(
    (alter) =>
      new Promise<FirstTickRows>((resolve, reject) => {
        const open = indexedDB.open('fidelis');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['runs', 'kpis', 'purchases'], alter ? 'readwrite' : 'readonly');
          const runs = tx.objectStore('runs').getAll();
          runs.onsuccess = () => {
            const [run] = runs.result as { id: string }[];
            const kpis = tx.objectStore('kpis').get([run.id, 0]);
            const purchases = tx.objectStore('purchases').get([run.id, 0]);
            purchases.onsuccess = () => {
              const k = kpis.result as { turnover: number };
              const p = purchases.result as { length: number; amount: Float32Array; customer: Int32Array };
              if (alter) {
                tx.objectStore('kpis').put({ ...k, turnover: -1 });
                tx.objectStore('purchases').put({ ...p, amount: new Float32Array(p.length).fill(0.5), customer: new Int32Array(p.length) });
              }
              tx.oncomplete = () => {
                db.close();
                resolve({ turnover: k.turnover, kpis: JSON.stringify(k), amounts: Array.from(p.amount), customers: Array.from(p.customer) });
              };
            };
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    alter,
  );
}

describe('resuming a run saved by another model', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('says its figures were recomputed, stores the recomputed history at once, and resumes again without the notice', async () => {
    const { page, errors, context } = await newPage(browser);
    await startBakery(page);
    await page.getByRole('button', { name: 'Avancer d’une semaine' }).click();
    await poll(() => tickLabel(page)).toBe('Semaine 2 / 52, à jouer');
    await poll(async () => (await savedRun(page)).currentTick).toBe(1);

    // what the current engine computed and saved for the first week
    const computed = await firstTickRows(page);
    const computedHash = (await savedRun(page)).stateHash;
    expect(computed.amounts.length).toBeGreaterThan(0);

    await pretendAnotherModel(page);
    await firstTickRows(page, true);
    const altered = await firstTickRows(page);
    expect(altered.turnover).toBe(-1);
    expect(altered.amounts.every((a) => a === 0.5)).toBe(true);
    await page.reload();
    await poll(() => tickLabel(page)).toBe('Semaine 2 / 52, à jouer');
    await page.getByText(NOTICE, { exact: false }).waitFor();

    // without playing a period: the stored history and hash are already the current engine's again
    await poll(async () => (await savedRun(page)).stateHash).toBe(computedHash);
    expect(await firstTickRows(page)).toEqual(computed);
    expect((await savedRun(page)).currentTick).toBe(1);

    // the game goes on; the next save is the current engine's state
    await page.getByRole('button', { name: 'Avancer d’une semaine' }).click();
    await poll(() => tickLabel(page)).toBe('Semaine 3 / 52, à jouer');
    await poll(async () => (await savedRun(page)).currentTick).toBe(2);
    expect((await savedRun(page)).stateHash).toMatch(/^[0-9a-f]{16}$/);
    expect((await savedRun(page)).stateHash).not.toBe('0123456789abcdef');

    await page.reload();
    await poll(() => tickLabel(page)).toBe('Semaine 3 / 52, à jouer');
    // a resumed run shows its notices at once: give it a moment, then none about the model
    await page.waitForTimeout(1000);
    expect(await page.getByText(NOTICE, { exact: false }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('after a reload says the game is being restored, never that there is none, and comes back on the same screen (QA learner 3)', async () => {
    const { page, errors, context } = await newPage(browser);
    await startBakery(page);
    await page.getByRole('button', { name: 'Avancer d’une semaine' }).click();
    await poll(() => tickLabel(page)).toBe('Semaine 2 / 52, à jouer');
    await poll(async () => (await savedRun(page)).currentTick).toBe(1);
    await nav(page).getByRole('link', { name: 'Graphiques' }).click();
    await page.getByRole('heading', { level: 2, name: 'Graphiques' }).waitFor();
    // every text the header's status and the screen show from the page's first script on
    await page.addInitScript(() => {
      const seen: string[] = ((window as unknown as { seenTexts: string[] }).seenTexts = []);
      const note = () => {
        const status = document.querySelector('.app-header .status');
        const main = document.querySelector('main');
        if (status) seen.push(status.textContent ?? '');
        if (main) seen.push(main.textContent ?? '');
      };
      new MutationObserver(note).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await page.reload();
    await poll(() => tickLabel(page)).toBe('Semaine 2 / 52, à jouer');
    await page.getByRole('heading', { level: 2, name: 'Graphiques' }).waitFor();
    const seen = await page.evaluate(() => (window as unknown as { seenTexts: string[] }).seenTexts);
    expect(seen.some((text) => text.includes('Reprise de votre partie…') || text.includes('Semaine 2 / 52'))).toBe(true);
    expect(seen.filter((text) => text.includes('Aucune partie en cours') || text.includes('Choisissez ou reprenez'))).toEqual([]);
    expect(page.url()).toMatch(/#\/charts$/);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
