/**
 * A reload right after « Avancer d’une semaine » resumed at the period before: the page shows the
 * period at once and the worker saves it afterwards (src/db/README.md « Responsiveness »). In real
 * Chromium, with the save held back (another connection keeps a write transaction open on the run
 * store, as a slow disk or a 200,000-customer save would take its time): the header says
 * « Enregistrement… » while the period shown is not saved, a reload then meets the browser's
 * standard « leave the page? » prompt, and once saved a reload asks nothing and resumes there.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Dialog, Page } from 'playwright-core';
import { launchBrowser, newPage } from './browser.ts';
import { poll, savedRun, startBakery, tickLabel } from './student.ts';

declare global {
  interface Window {
    releaseSaveHold?: () => void;
  }
}

/** Opens a second connection to the app's database and keeps a write transaction on `runs` open until window.releaseSaveHold(). */
async function holdSaves(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('fidelis');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('runs', 'readwrite');
          const runs = tx.objectStore('runs');
          let held = true;
          // a transaction stays open while it has requests: one after the other until released
          const keep = () => {
            if (held) runs.count().onsuccess = keep;
          };
          keep();
          tx.oncomplete = () => db.close();
          window.releaseSaveHold = () => {
            held = false;
          };
          resolve();
        };
      }),
  );
}

describe('reloading while the period shown is being saved', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('says « Enregistrement… », the browser asks before leaving, and once saved the reload resumes at the period shown', async () => {
    const { context, page, errors } = await newPage(browser);
    await startBakery(page);
    await poll(() => page.getByTestId('saving').count()).toBe(0);
    expect((await savedRun(page)).currentTick).toBe(0);

    await holdSaves(page);
    await page.getByRole('button', { name: 'Avancer d’une semaine' }).click();
    await poll(() => tickLabel(page)).toBe('Semaine 2 / 52, à jouer');
    // shown, not saved: the header says so
    await expect(page.getByTestId('saving').textContent()).resolves.toBe('Enregistrement…');

    // a reload now: the browser's own prompt, the student stays
    const dialogs: Dialog[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog);
      void dialog.dismiss();
    });
    // dismissed, the reload does not happen: page.reload gives up waiting for it
    await page.reload({ timeout: 5_000 }).catch(() => undefined);
    expect(dialogs.map((d) => d.type())).toEqual(['beforeunload']);
    expect(await tickLabel(page)).toBe('Semaine 2 / 52, à jouer');

    // the save lands: the header no longer says it, the reload asks nothing and resumes at week 2
    await page.evaluate(() => window.releaseSaveHold!());
    await poll(() => page.getByTestId('saving').count()).toBe(0);
    expect((await savedRun(page)).currentTick).toBe(1);
    await page.reload();
    await poll(() => tickLabel(page)).toBe('Semaine 2 / 52, à jouer');
    expect(dialogs).toHaveLength(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});
