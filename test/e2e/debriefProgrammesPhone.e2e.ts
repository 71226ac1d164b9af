/**
 * The Bilan's « Effet de chaque action » table on a phone, 390 x 844 (QA qa10 F6). The table scrolls sideways in its frame
 * (eight columns, 730 px); each programme's note row spans the table, so its lines ran 730 px wide, out of the 356 px
 * frame: « Club clients : effet non démontré : dans la marge d’e… » had to be read by scrolling back and forth, line
 * after line. « arrêté faute de budget au début du mois 7 » and « 146 non contactés faute de consentement (RGPD) » were
 * squeezed to a word a line. The note now wraps at the frame's width and stays in it as the table scrolls; the end and
 * enrolled cells keep a reading width.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, phonePage } from './browser.ts';
import { applyToSegment, nav, poll, startBakery, unfoldTimeBar } from './student.ts';

describe('Bilan programmes table on a phone', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('keeps each programme’s note inside the frame, scrolled or not, and its cells readable', async () => {
    const { context, page } = await phonePage(browser, { hasTouch: true, isMobile: true });
    await startBakery(page);
    // a reminder leaves customers without consent out (the enrolled cell's note); a club on the inactive segment has a control group
    await applyToSegment(page, 'Très bon client', 'Personnalisation');
    await applyToSegment(page, 'Inactif (RFM)', 'Lien social');
    await poll(() => page.getByRole('region', { name: 'Décisions de la semaine' }).getByRole('listitem').count()).toBe(2);
    await unfoldTimeBar(page);
    await page.getByRole('button', { name: 'Aller jusqu’à la fin' }).click();
    await page.getByTestId('advance-end-confirm').getByRole('button', { name: 'Jouer les 52 semaines' }).click();
    await page.getByTestId('tick-label').filter({ hasText: /Partie terminée/ }).waitFor({ timeout: 90_000 });
    await nav(page).getByRole('link', { name: 'Bilan' }).click();

    const table = page.getByRole('table', { name: 'Effet de chaque action de fidélisation' });
    await table.waitFor();
    const frame = page.getByRole('region', { name: 'Tableau : Effet de chaque action de fidélisation' });
    await frame.scrollIntoViewIfNeeded();
    const inFrame = () =>
      frame.evaluate((f) => {
        const box = f.getBoundingClientRect();
        return [...f.querySelectorAll('[data-testid="programme-note"] small')].map((n) => {
          const r = n.getBoundingClientRect();
          return r.left >= box.left - 1 && r.right <= box.right + 1;
        });
      });
    expect(await frame.evaluate((f) => f.scrollWidth > f.clientWidth)).toBe(true);
    expect(await inFrame()).toEqual([true, true]);
    // scrolled to the right end, the notes are still inside the frame
    await frame.evaluate((f) => (f.scrollLeft = f.scrollWidth));
    expect(await inFrame()).toEqual([true, true]);
    const enrolled = table.getByTestId('not-contacted');
    expect(await enrolled.count()).toBe(1);
    expect((await enrolled.evaluate((e) => e.parentElement!.getBoundingClientRect().width))).toBeGreaterThanOrEqual(8 * 16);
    for (const w of await table.locator('td[data-effect]').evaluateAll((cells) => cells.map((c) => c.getBoundingClientRect().width))) expect(w).toBeGreaterThanOrEqual(10 * 16);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await context.close();
  }, 150_000);
});
