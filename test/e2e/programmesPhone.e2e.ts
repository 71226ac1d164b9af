/**
 * The dashboard's programmes table on a phone, 390 x 844 (QA qa10 F2). The table scrolls sideways there anyway (nine
 * columns), yet the browser squeezed the « Marge supplémentaire » column to its longest word: its range and its note
 * (« effet non démontré : dans la marge d’erreur, estimé par comparaison avec un groupe témoin de 39 clients… ») ran
 * one or two words a line, the row was some 360 px tall, and the first screen showed the programme's name in the middle
 * of an empty white block. The margin and ROI cells now keep a reading width: the row is a few lines tall.
 * On the Graphiques screen, the compared programme's select shows its whole option (QA phone F10).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, phonePage } from './browser.ts';
import { applyToSegment, nav, poll, startBakery, tickLabel } from './student.ts';

describe('dashboard programmes table on a phone', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('keeps the margin column readable: the rows are not a column of single words', async () => {
    const { context, page } = await phonePage(browser, { hasTouch: true, isMobile: true });
    await startBakery(page);
    // one programme with a control group (its note: effect not shown yet), one too small for one (its note: why)
    await applyToSegment(page, 'Inactif (RFM)', 'Lien social');
    await applyToSegment(page, 'Très bon client', 'Avantage financier');
    await poll(() => page.getByRole('region', { name: 'Décisions de la semaine' }).getByRole('listitem').count()).toBe(2);
    await page.getByRole('button', { name: 'Avancer d’une semaine' }).click();
    await poll(() => tickLabel(page)).toBe('Semaine 2 / 52, à jouer');

    await nav(page).getByRole('link', { name: 'Tableau de bord' }).click();
    const table = page.getByRole('table', { name: /Programmes de fidélisation/ });
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(2);
    const sizes = await table.evaluate((t) => ({
      rows: [...t.querySelectorAll('tbody tr')].map((r) => Math.round(r.getBoundingClientRect().height)),
      margin: [...t.querySelectorAll('tbody td[data-effect]')].map((c) => Math.round(c.getBoundingClientRect().width)),
      fontSize: parseFloat(getComputedStyle(t).fontSize),
    }));
    // about 16 rem for the range and its note: a few words a line, not one
    for (const w of sizes.margin) expect(w).toBeGreaterThanOrEqual(13 * 16);
    // at most about eight lines of the cells' text: the note's 25 words no longer stack one or two a line
    for (const h of sizes.rows) expect(h).toBeLessThanOrEqual(8 * 1.6 * sizes.fontSize + 16);
    // still a table that scrolls sideways inside its frame, not the page
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await context.close();
  });

  // QA phone F10: the closed select showed « Avantage financier — Bons de réductio » for both coupon programmes
  it('tells two coupon programmes apart in the Graphiques select: each option whole in the closed select', async () => {
    const { context, page, errors } = await phonePage(browser, { hasTouch: true, isMobile: true });
    await startBakery(page);
    await applyToSegment(page, 'Bon client', 'Avantage financier');
    await page.getByRole('button', { name: 'Avancer d’une semaine' }).click();
    await poll(() => tickLabel(page)).toBe('Semaine 2 / 52, à jouer');
    await applyToSegment(page, 'Très bon client', 'Avantage financier');
    await page.getByRole('button', { name: 'Avancer d’une semaine' }).click();
    await poll(() => tickLabel(page)).toBe('Semaine 3 / 52, à jouer');

    await nav(page).getByRole('link', { name: 'Graphiques' }).click();
    const select = page.getByTestId('programme-comparison').getByRole('combobox', { name: 'Programme comparé' });
    await select.waitFor();
    const options = (await select.locator('option').allTextContents()).map((o) => o.replace(/[\u00a0\u202f]/g, ' '));
    expect(options).toEqual(['Semaine 1 : Bons de réduction', 'Semaine 2 : Bons de réduction']);
    // Chromium sizes a select to its longest option: freed from its max-width (the card's), it is no wider than it is there, so no option is cut
    const widths = await select.evaluate((s: HTMLSelectElement) => {
      const shown = s.getBoundingClientRect().width;
      s.style.maxWidth = 'none';
      const natural = s.getBoundingClientRect().width;
      s.style.maxWidth = '';
      return { shown, natural };
    });
    expect(widths.natural).toBeLessThanOrEqual(widths.shown);
    expect(errors).toEqual([]);
    await context.close();
  });
});
