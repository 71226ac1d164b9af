/**
 * QA qa28big M1, in real Chromium with the worker and IndexedDB: « Aller jusqu’à la fin » started in the decisions screen's
 * time bar, then the student opens the dashboard to watch meanwhile. The run stopped 2 to 5 periods later, the header still
 * at « Semaine 22 / 104, à jouer » with nothing said. It now goes on to the end, the header saying it is playing
 * (« en cours… ») on the other screen, and every period is saved.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newPage } from './browser.ts';
import { nav, poll, savedRun, startBakery, tickLabel } from './student.ts';

describe('a run to the end started in the time bar, then another screen opened', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('goes on to the end while the student watches the dashboard, the header saying it plays', async () => {
    const { page, errors } = await newPage(browser);
    await startBakery(page);
    const region = page.getByRole('region', { name: 'Avancer dans le temps' });
    await region.getByRole('button', { name: 'Aller jusqu’à la fin' }).click();
    await region.getByRole('button', { name: 'Jouer les 52 semaines' }).click();
    await region.getByRole('progressbar', { name: /^Semaine \d+ sur 52…$/ }).waitFor();

    await nav(page).getByRole('link', { name: 'Tableau de bord' }).click();
    await page.getByRole('heading', { level: 2, name: 'Tableau de bord' }).waitFor();
    await poll(() => tickLabel(page)).toMatch(/^Semaine \d+ \/ 52, en cours…$/);
    await expect.poll(() => tickLabel(page), { timeout: 240_000, interval: 500 }).toBe('Partie terminée (52 semaines)');
    await poll(async () => (await savedRun(page)).currentTick).toBe(52);
    expect(errors).toEqual([]);
  }, 300_000);
});
