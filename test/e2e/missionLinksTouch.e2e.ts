/**
 * A mission's links that stand alone on their line, on a touch tablet (QA qa30enTablet m9: « Ma mission » 23 px high,
 * « Mission terminée : voir le bilan » 23 px, « Bilan détaillé de la partie » 23 px beside 44 px buttons): 44 px to tap,
 * as a button; a mouse keeps the line's height.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContextOptions, Locator } from 'playwright-core';
import { BASE_URL, launchBrowser, newPage } from './browser.ts';
import { poll, tickLabel } from './student.ts';

const height = async (link: Locator) => (await link.boundingBox())!.height;

describe('a mission’s standalone links (Chromium)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function missionLinks(options: BrowserContextOptions): Promise<number[]> {
    const { page, errors, context } = await newPage(browser, options);
    await context.addInitScript(() => localStorage.setItem('fidelis.tourSeen', '1'));
    await page.goto(`${BASE_URL}?shop=boulangerie-du-marche&mission=3&seed=42&lang=fr#/missions`);
    await page.getByRole('button', { name: 'Commencer la mission 3' }).click();
    const banner = page.getByTestId('mission-banner');
    await banner.getByText(/^Mission 3/).waitFor({ timeout: 60_000 });
    const heights = [await height(banner.getByRole('link', { name: 'Ma mission' }))];
    await poll(() => tickLabel(page)).toBe('Semaine 1 / 4, à jouer');
    await page.getByRole('button', { name: 'Aller jusqu’à la fin' }).click();
    await page.getByRole('button', { name: 'Jouer les 4 semaines' }).click();
    const over = banner.getByRole('link', { name: 'Mission terminée : voir le bilan' });
    await over.waitFor({ timeout: 60_000 });
    heights.push(await height(over));
    await over.click();
    const full = page.getByRole('article', { name: /Bilan de la mission 3/ }).getByRole('link', { name: 'Bilan détaillé de la partie' });
    await full.waitFor();
    heights.push(await height(full));
    expect(errors).toEqual([]);
    await context.close();
    return heights;
  }

  it('gives a finger 44 px to tap; a mouse keeps the line’s height', async () => {
    const touch = await missionLinks({ viewport: { width: 768, height: 1024 }, hasTouch: true, isMobile: true, deviceScaleFactor: 1 });
    for (const h of touch) expect(h).toBeGreaterThanOrEqual(43.5);
    const mouse = await missionLinks({ viewport: { width: 1280, height: 860 } });
    for (const h of mouse) expect(h).toBeLessThan(30);
  }, 240_000);
});
