/**
 * The dashboard's programmes table on a 1366 x 768 laptop or projector (QA qa9 F8): with three programmes whose
 * cells carry the small-pilot notes, the table sat in the main column (845 px), scrolled sideways and hid its ROI
 * column, beside the event feed's empty bottom. It now runs under both columns, in the page's whole width: no
 * sideways scroll, the ROI column on screen; the reading order stays levers, objectives, programmes, feed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { applyToSegment, nav, poll, startBakery, tickLabel } from './student.ts';

describe('dashboard programmes table at 1366 x 768', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows three programmes without a sideways scroll, their ROI on screen, after the objectives and before the feed', async () => {
    const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await startBakery(page);
    // three small programmes (no control group: each cell says why), as the QA played them
    for (const [segment, strategy] of [
      ['Futur non-client', 'Avantage financier'],
      ['Futur non-client', 'Lien social'],
      ['Très bon client', 'Personnalisation'],
    ])
      await applyToSegment(page, segment, strategy);
    await poll(() => page.getByRole('region', { name: 'Décisions de la semaine' }).getByRole('listitem').count()).toBe(3);
    await page.getByRole('button', { name: 'Avancer d’une semaine' }).click();
    await poll(() => tickLabel(page)).toBe('Semaine 2 / 52, à jouer');

    await nav(page).getByRole('link', { name: 'Tableau de bord' }).click();
    const table = page.getByRole('table', { name: /Programmes de fidélisation/ });
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(3);
    const scroller = page.getByRole('region', { name: 'Tableau : Programmes de fidélisation : coût et rentabilité' });
    const overflow = await scroller.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const roi = table.getByRole('columnheader', { name: /ROI/ });
    const box = (await roi.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(1366);
    // the table is wider than the main column was (845 px): it takes the page's width
    expect((await scroller.boundingBox())!.width).toBeGreaterThan(1000);
    // reading order: objectives, then programmes, then the feed
    const order = await page.evaluate(() => {
      const at = (selector: string) => document.querySelector(selector);
      const objectives = at('[aria-labelledby="objectives-title"]') ?? at('.objectives');
      const programmes = at('#programmes-caption');
      const feed = at('#feed-title');
      const follows = (a: Element | null, b: Element | null) => !!a && !!b && (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
      return { objectivesFirst: follows(objectives, programmes), feedAfter: follows(programmes, feed) };
    });
    expect(order).toEqual({ objectivesFirst: true, feedAfter: true });
    await context.close();
  });
});
