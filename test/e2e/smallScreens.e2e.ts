/**
 * Phones in real Chromium: no sideways page scroll at 320 CSS px (WCAG 1.4.10 Reflow), a glossary
 * pop-up that stays inside a 375 px phone's screen, and a decisions time bar that leaves most of the
 * screen to the form.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { BASE_URL, launchBrowser } from './browser.ts';
import { nav, startBakery } from './student.ts';

/** The page's width against the window's: wider means the whole page scrolls sideways. */
function pageWidth(page: Page): Promise<{ scrollWidth: number; innerWidth: number }> {
  return page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth }));
}

describe('small screens in real Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('reflows home, decisions and dashboard at 320 CSS px without a sideways scroll', async () => {
    const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    // home: the saved-runs and import sections (the file input was 378 px wide)
    await page.goto(BASE_URL);
    await page.getByRole('button', { name: 'Passer la visite' }).click();
    await page.getByRole('heading', { name: 'Importer une partie' }).waitFor();
    expect(await pageWidth(page)).toEqual({ scrollWidth: 320, innerWidth: 320 });
    await page.evaluate(() => localStorage.clear());

    await startBakery(page);
    // decisions: the strategy form and its facts (340 px before)
    await page.getByRole('heading', { name: 'Stratégie de fidélisation' }).waitFor();
    expect(await pageWidth(page)).toEqual({ scrollWidth: 320, innerWidth: 320 });

    await nav(page).getByRole('link', { name: 'Tableau de bord' }).click();
    await page.getByRole('heading', { level: 2, name: 'Tableau de bord' }).waitFor();
    expect(await pageWidth(page)).toEqual({ scrollWidth: 320, innerWidth: 320 });
    await context.close();
  });

  it('keeps a glossary pop-up inside a phone screen, and the time bar small', async () => {
    const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await startBakery(page);
    // the « ? » of the complaints panel, near the right edge: its pop-up ran to 644 px
    const help = page.getByRole('button', { name: 'Définition : Réclamation' });
    await help.scrollIntoViewIfNeeded();
    await help.tap();
    const popup = page.getByRole('dialog', { name: 'Réclamation' });
    await popup.waitFor();
    const box = await popup.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(375);
    // « Ouvrir la fiche complète » was half off the screen
    const link = await popup.getByRole('link', { name: 'Ouvrir la fiche complète' }).boundingBox();
    expect(link!.x + link!.width).toBeLessThanOrEqual(375);
    expect(await pageWidth(page)).toEqual({ scrollWidth: 375, innerWidth: 375 });
    await page.keyboard.press('Escape');

    // the sticky time bar took 219 px (a third of the screen): now less than a fifth
    const bar = await page.getByRole('region', { name: 'Avancer dans le temps' }).boundingBox();
    expect(bar!.height).toBeLessThan(667 / 5);
    await expect(page.getByRole('button', { name: 'Avancer d’une période' }).isVisible()).resolves.toBe(true);
    await context.close();
  });
});
