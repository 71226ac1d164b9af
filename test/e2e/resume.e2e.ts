/**
 * A run saved by another version of the model, in real Chromium: the saved state hash no longer
 * matches what the current engine replays. Resuming it says so in French, the game goes on with
 * the recomputed figures, and once the next period is saved the run resumes again without the
 * notice (its saved state is the current engine's).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage } from './browser.ts';
import { poll, savedRun, startBakery, tickLabel } from './student.ts';

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

describe('resuming a run saved by another model', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('says its figures were recomputed, and is consistent again once the next period is saved', async () => {
    const { page, errors, context } = await newPage(browser);
    await startBakery(page);
    await page.getByRole('button', { name: 'Avancer d’une période' }).click();
    await poll(() => tickLabel(page)).toBe('Semaine 2 / 52');
    await poll(async () => (await savedRun(page)).currentTick).toBe(1);

    await pretendAnotherModel(page);
    await page.reload();
    await poll(() => tickLabel(page)).toBe('Semaine 2 / 52');
    await page.getByText(NOTICE, { exact: false }).waitFor();

    // the game goes on; the next save is the current engine's state
    await page.getByRole('button', { name: 'Avancer d’une période' }).click();
    await poll(() => tickLabel(page)).toBe('Semaine 3 / 52');
    await poll(async () => (await savedRun(page)).currentTick).toBe(2);
    expect((await savedRun(page)).stateHash).toMatch(/^[0-9a-f]{16}$/);
    expect((await savedRun(page)).stateHash).not.toBe('0123456789abcdef');

    await page.reload();
    await poll(() => tickLabel(page)).toBe('Semaine 3 / 52');
    // a resumed run shows its notices at once: give it a moment, then none about the model
    await page.waitForTimeout(1000);
    expect(await page.getByText(NOTICE, { exact: false }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
