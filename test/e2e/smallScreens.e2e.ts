/**
 * Phones in real Chromium: no sideways page scroll at 320 CSS px (WCAG 1.4.10 Reflow), also once
 * programmes run (their wide table scrolls in its own box; the comparison chart's select stays in
 * its card), the dashboard's link landing on that chart, whose tip the arrow keys show; a glossary
 * pop-up that stays inside a 375 px phone's screen, and a decisions time bar that leaves most of the
 * screen to the form, its title out of sight (still naming the bar) only where room is short.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { BASE_URL, launchBrowser } from './browser.ts';
import { nav, poll, startBakery, tickLabel } from './student.ts';

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

  it('reflows the dashboard and the comparison chart with programmes running at 390 and 320 px, and lands on that chart from the dashboard', async () => {
    const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await startBakery(page);
    // two programmes: a coupon for « Bon client » (with a control group), a social tool for « Très bon client »
    const segments = page.getByRole('group', { name: /Segments RFM/ });
    for (const [segment, strategy] of [
      ['Bon client', 'Avantage financier'],
      ['Très bon client', 'Lien social'],
    ]) {
      for (const box of await segments.getByRole('checkbox', { checked: true }).all()) await box.uncheck();
      await segments.getByRole('checkbox', { name: segment, exact: true }).check();
      await page.getByRole('radio', { name: strategy, exact: true }).check();
      await page.getByRole('button', { name: /Appliquer à la cible/ }).click();
    }
    await poll(() => page.getByRole('region', { name: 'Décisions de la période' }).getByRole('listitem').count()).toBe(2);
    await page.getByRole('button', { name: 'Avancer d’une période' }).click();
    await poll(() => tickLabel(page)).toBe('Semaine 2 / 52');
    await page.getByRole('button', { name: 'Avancer d’une période' }).click();
    await poll(() => tickLabel(page)).toBe('Semaine 3 / 52');

    // the dashboard: the programmes table (833 px) made the whole page 849 px wide
    await nav(page).getByRole('link', { name: 'Tableau de bord' }).click();
    const compare = page.getByRole('link', { name: /face à celle de leur groupe témoin/ });
    await compare.waitFor();
    expect(await pageWidth(page)).toEqual({ scrollWidth: 390, innerWidth: 390 });

    // the link lands on the comparison card (it was the top of the charts screen), focused
    await compare.click();
    const heading = page.getByRole('heading', { name: /Membres et groupe témoin/ });
    await poll(() => heading.evaluate((h) => h === document.activeElement)).toBe(true);
    const top = await heading.boundingBox();
    expect(top!.y).toBeGreaterThanOrEqual(0);
    expect(top!.y).toBeLessThan(844);
    // the select with the programmes' long names stays inside its card (the page was 490 px wide)
    const card = page.getByTestId('programme-comparison');
    const select = card.getByRole('combobox', { name: 'Programme comparé' });
    for (const option of await select.locator('option').all()) {
      await select.selectOption((await option.getAttribute('value'))!);
      const [outer, inner] = [await card.boundingBox(), await select.boundingBox()];
      expect(inner!.x + inner!.width).toBeLessThanOrEqual(outer!.x + outer!.width);
      expect(await pageWidth(page)).toEqual({ scrollWidth: 390, innerWidth: 390 });
    }

    await page.setViewportSize({ width: 320, height: 640 });
    // chart.js redraws its canvases a moment after the window shrinks
    await poll(() => pageWidth(page)).toEqual({ scrollWidth: 320, innerWidth: 320 });
    await nav(page).getByRole('link', { name: 'Tableau de bord' }).click();
    await compare.waitFor();
    expect(await pageWidth(page)).toEqual({ scrollWidth: 320, innerWidth: 320 });
    await context.close();
  });

  it('shows a chart’s values from the keyboard: arrows through the periods, Escape hides them', async () => {
    const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await startBakery(page);
    await page.getByRole('button', { name: 'Avancer d’une période' }).click();
    await poll(() => tickLabel(page)).toBe('Semaine 2 / 52');
    await page.getByRole('button', { name: 'Avancer d’une période' }).click();
    await poll(() => tickLabel(page)).toBe('Semaine 3 / 52');
    await nav(page).getByRole('link', { name: 'Graphiques' }).click();
    const chart = page.getByRole('img', { name: 'Chiffre d’affaires et marge brute' });
    await chart.focus();
    const tip = page.locator('.tip');
    await page.keyboard.press('ArrowRight');
    await poll(() => tip.innerText()).toMatch(/^Semaine 1\nChiffre d’affaires\u202f: [\d\s\u202f]+\u00a0€\nMarge brute\u202f: [\d\s\u202f]+\u00a0€$/);
    await page.keyboard.press('ArrowRight');
    await poll(() => tip.innerText()).toMatch(/^Semaine 2\n/);
    // said politely to a screen reader
    await poll(() => page.locator('[aria-live="polite"]').filter({ hasText: 'Semaine 2, Chiffre d’affaires' }).count()).toBe(1);
    await page.keyboard.press('Escape');
    await poll(() => tip.count()).toBe(0);
    await context.close();
  });

  it('shows the time bar’s title on a tall screen, hides it (still naming the bar) on a 1366 x 768 laptop and a phone', async () => {
    const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1366, height: 1024 } });
    const page = await context.newPage();
    await startBakery(page);
    const bar = page.getByRole('region', { name: 'Avancer dans le temps' });
    const title = bar.getByRole('heading', { name: 'Avancer dans le temps' });
    const titleWidth = async () => (await title.boundingBox())?.width ?? 0;
    await poll(titleWidth).toBeGreaterThan(50);
    await page.setViewportSize({ width: 1366, height: 768 });
    await poll(titleWidth).toBeLessThanOrEqual(1);
    await expect(bar.count()).resolves.toBe(1);
    await page.setViewportSize({ width: 375, height: 667 });
    await poll(titleWidth).toBeLessThanOrEqual(1);
    await expect(bar.count()).resolves.toBe(1);
    await page.setViewportSize({ width: 1920, height: 1080 });
    await poll(titleWidth).toBeGreaterThan(50);
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
