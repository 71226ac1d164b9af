/**
 * A reload in the middle of « Avancer de 4 semaines » (QA robustness #10), in real Chromium: the advance
 * records where it was going (localStorage, beside the run) and clears it at its end; a resume that
 * finds it above the saved period says the rest was not played, once. The reload itself is not timed:
 * the mark an interrupted advance leaves is written by the page, then the page is reloaded.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage } from './browser.ts';
import { poll, savedRun, startBakery, tickLabel } from './student.ts';
import { storedRunRecord } from './studentSteps.ts';

const noticeTexts = (page: Page) => page.getByRole('region', { name: 'Messages' }).locator('p').allTextContents();

describe('a multi-period advance interrupted by a reload', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('marks the advance while it runs, and the resume after an interruption says the rest was not played', async () => {
    const { page, errors, context } = await newPage(browser);
    await startBakery(page);
    const { id } = await storedRunRecord<{ id: string }>(page);
    // every write of the mark, as the page makes them
    await page.evaluate(() => {
      const w = window as unknown as { marks: string[] };
      w.marks = [];
      const set = Storage.prototype.setItem;
      const remove = Storage.prototype.removeItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key.startsWith('fidelis-advance-')) w.marks.push(`${key}=${value}`);
        return set.call(this, key, value);
      };
      Storage.prototype.removeItem = function (key: string) {
        if (key.startsWith('fidelis-advance-')) w.marks.push(`${key} removed`);
        return remove.call(this, key);
      };
    });
    await page.getByRole('button', { name: 'Avancer de 4 semaines' }).click();
    await poll(() => tickLabel(page)).toBe('Semaine 5 / 52, à jouer');
    await poll(async () => (await savedRun(page)).currentTick).toBe(4);
    await poll(() => page.evaluate(() => (window as unknown as { marks: string[] }).marks)).toEqual([`fidelis-advance-${id}=4`, `fidelis-advance-${id} removed`]);
    // the mark an advance to week 9 leaves when the page goes away during it
    await page.evaluate((key) => localStorage.setItem(key, '8'), `fidelis-advance-${id}`);
    await page.reload();
    await page.getByTestId('tick-label').filter({ hasText: 'Semaine 5 / 52, à jouer' }).waitFor({ timeout: 30_000 });
    await poll(async () => (await noticeTexts(page)).some((t) => t.includes('Reprise à la semaine 5') && t.includes('les semaines suivantes n’ont pas été jouées') && t.includes('non jouées\u00a0: 4'))).toBe(true);
    expect(await page.evaluate((key) => localStorage.getItem(key), `fidelis-advance-${id}`)).toBeNull();
    // said once
    await page.reload();
    await page.getByTestId('tick-label').filter({ hasText: 'Semaine 5 / 52, à jouer' }).waitFor({ timeout: 30_000 });
    expect((await noticeTexts(page)).some((t) => t.includes('Reprise à la semaine'))).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });
});
