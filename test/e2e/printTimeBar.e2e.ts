/**
 * The time bar's controls stay off paper (QA qa31robust): « Arrêter » of a running « Aller jusqu’à la fin » was printed,
 * on the decisions screen and on the Bilan, as were « Avancer d’une semaine » and the other buttons of the bar. In real
 * Chromium with the print media; the screen still shows them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newPage } from './browser.ts';
import { nav, startBakery } from './student.ts';

describe('printing while the time bar is there', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('prints neither the bar’s buttons nor « Arrêter »', async () => {
    const { page, errors } = await newPage(browser, { viewport: { width: 1366, height: 768 } });
    await startBakery(page);
    const region = page.getByRole('region', { name: 'Avancer dans le temps' });
    const one = region.getByRole('button', { name: 'Avancer d’une semaine' });
    const end = region.getByRole('button', { name: 'Aller jusqu’à la fin' });
    expect(await one.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await one.isVisible()).toBe(false);
    expect(await end.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    await end.click();
    await region.getByRole('button', { name: 'Jouer les 52 semaines' }).click();
    const stop = region.getByRole('button', { name: 'Arrêter' });
    await stop.waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await stop.isVisible()).toBe(false);
    // the Bilan's own progress line and « Arrêter »
    await page.emulateMedia({ media: 'screen' });
    await nav(page).getByRole('link', { name: 'Bilan' }).click();
    const bilanStop = page.getByRole('main').getByRole('button', { name: 'Arrêter' });
    await bilanStop.waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await bilanStop.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    await bilanStop.click();
    await page.getByText(/^Arrêté après la semaine \d+ sur 52/).waitFor({ timeout: 120_000 });
    expect(errors).toEqual([]);
  }, 240_000);
});
