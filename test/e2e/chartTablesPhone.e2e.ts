/**
 * In real Chromium on a 390 x 844 phone: the Graphiques tables that are wider than the screen (the loyalty
 * ladder's, the surveys') scroll in their own box, named and focusable, and say so above them, their title
 * outside the box (QA qa7: the ladder's table stopped at « Supporteur », the surveys' at « F… », nothing said
 * they scrolled — qa4 finding 7 had left them unchecked).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { BASE_URL, launchBrowser } from './browser.ts';
import { nav, poll, startBakery, tickLabel } from './student.ts';

describe('Graphiques tables on a phone', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('scrolls the ladder and surveys tables in their own box and says so', async () => {
    const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await startBakery(page, BASE_URL);
    await page.getByRole('button', { name: 'Commander l’enquête' }).click();
    await page.getByRole('button', { name: 'Avancer d’une période' }).click();
    await poll(() => tickLabel(page)).toBe('Semaine 2 / 52, à jouer');
    await page.getByRole('button', { name: 'Avancer d’une période' }).click();
    await poll(() => tickLabel(page)).toBe('Semaine 3 / 52, à jouer');

    await nav(page).getByRole('link', { name: 'Graphiques' }).click();
    await page.getByRole('heading', { level: 2, name: 'Graphiques' }).waitFor();
    for (const title of ['Échelle de fidélité', 'Satisfaction mesurée par enquête']) {
      // the chart's « Voir le tableau des données », closed: its table is not in the accessibility tree yet
      const details = page.locator('figure').filter({ has: page.getByRole('heading', { name: title, exact: true }) }).locator('details');
      await details.locator('summary').click();
      const table = page.getByRole('table', { name: title, exact: true });
      await table.waitFor();
      const region = page.getByRole('region', { name: `Tableau : ${title}`, exact: true });
      // the table is in its own scroller, wider than it, which the keyboard can reach
      expect(await region.evaluate((el, t) => el.contains(t), await table.elementHandle())).toBe(true);
      expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
      expect(await region.getAttribute('tabindex')).toBe('0');
      // said above it
      await poll(() => details.getByTestId('scroll-hint').isVisible()).toBe(true);
      expect(await details.getByTestId('scroll-hint').textContent()).toMatch(/^Tableau plus large que l’écran\s: faites-le défiler sur le côté ↔$/);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
    expect(errors).toEqual([]);
    await context.close();
  });
});
