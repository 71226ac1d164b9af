/**
 * A landscape touch tablet (1024 x 768, hasTouch, not a phone), QA hqa3: the dashboard's programmes
 * table sat in the left two thirds (651 px) beside « Ce qui s’est passé », narrower than the table
 * (773 px with four programmes): it scrolled sideways, its « Marge supplémentaire » column squeezed to
 * 98 px, one word a line, the table 2 600 px tall, the ROI off the screen (F2). Under 75rem the feed now
 * comes under the main column, as it already did under 800 px, and the table fits its box; at 1280 px
 * the feed stays beside the main column and the table runs under both (QA qa9 F8). The charts' members-vs-control-group card takes the grid's width: its table was
 * cut in a half-width card (F7).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { nav, poll, startBakery, tickLabel } from './student.ts';

/** how far the programmes table runs past its box, and whether the ROI column is inside it */
function programmeTableFit(page: Page): Promise<{ over: number; roiInside: boolean }> {
  return page.locator('section[aria-labelledby="programmes-title"] .table-scroll').evaluate((box) => {
    const outer = box.getBoundingClientRect();
    const roi = box.querySelector('tbody tr:first-child > td:last-child')!.getBoundingClientRect();
    return { over: box.scrollWidth - box.clientWidth, roiInside: roi.right <= outer.right + 0.5 };
  });
}

/** the feed's left edge against the main column's (the levers') right edge: beside (feed right of it) or under */
function feedPlace(page: Page): Promise<'beside' | 'under'> {
  return page.evaluate(() => {
    const table = document.querySelector('section[aria-labelledby="levers-title"]')!.getBoundingClientRect();
    const feed = document.querySelector('[aria-labelledby="feed-title"], .feed')!.getBoundingClientRect();
    return feed.left >= table.right - 1 ? 'beside' : 'under';
  });
}

describe('a landscape touch tablet, the dashboard', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('fits the programmes table, ROI included, in its box; the feed comes under it', async () => {
    const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1024, height: 768 }, hasTouch: true, isMobile: false, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await startBakery(page);
    // four programmes with a control group each (the two dearest on 400 customers, what the budget pays): the table's widest content
    for (const strategy of ['Avantage financier', 'Lien social', 'Personnalisation', 'Customisation']) {
      if (strategy === 'Personnalisation') await page.getByLabel('Nombre maximum de clients (vide = tous)').fill('400');
      await page.getByRole('radio', { name: strategy, exact: true }).tap();
      await page.getByRole('button', { name: /Appliquer à la cible/ }).tap();
      await poll(() => page.getByRole('button', { name: /Appliquer à la cible/ }).isDisabled()).toBe(true);
    }
    // F12: a short decision (the complaint policy) kept its « Retirer » beside it, the long ones sent theirs below: every
    // « Retirer » now sits at the right of its line's first row, one column for all
    const complaints = page.getByRole('form', { name: /Politique de réclamations/ });
    await complaints.getByRole('radio').last().tap();
    await complaints.getByRole('button', { name: 'Appliquer cette politique' }).tap();
    await poll(() => page.locator('#pending-list > li').count()).toBe(5);
    const lines = await page.locator('#pending-list > li').evaluateAll((items) =>
      items.map((li) => {
        const words = li.querySelector('span')!.getBoundingClientRect();
        const button = li.querySelector('button')!.getBoundingClientRect();
        return { sameRow: Math.abs(button.top - words.top) < 1, left: Math.round(button.left) };
      }),
    );
    expect(lines.every((l) => l.sameRow)).toBe(true);
    expect(new Set(lines.map((l) => l.left)).size).toBe(1);
    await page.getByRole('button', { name: 'Avancer d’une semaine' }).tap();
    await poll(() => tickLabel(page)).toBe('Semaine 2 / 52, à jouer');
    await page.getByRole('button', { name: 'Avancer d’une semaine' }).tap();
    await poll(() => tickLabel(page)).toBe('Semaine 3 / 52, à jouer');
    await nav(page).getByRole('link', { name: 'Tableau de bord' }).tap();
    await page.locator('section[aria-labelledby="programmes-title"] tbody tr').first().waitFor();
    await poll(() => page.locator('section[aria-labelledby="programmes-title"] tbody tr').count()).toBe(4);
    expect(await programmeTableFit(page)).toEqual({ over: 0, roiInside: true });
    expect(await feedPlace(page)).toBe('under');

    // the charts' members-vs-control-group card: its table (six columns, 495 px) was cut in a 462 px card,
    // the right half of the grid empty beside it (F7): the card now takes the grid's width
    await nav(page).getByRole('link', { name: 'Graphiques' }).tap();
    const comparison = page.getByTestId('programme-comparison');
    await comparison.locator('summary').tap();
    await comparison.locator('table').waitFor();
    expect(await comparison.locator('table').evaluate((table) => table.parentElement!.scrollWidth - table.parentElement!.clientWidth)).toBe(0);

    // a laptop keeps the feed beside the main column, the programmes table under both (QA qa9 F8), ROI included
    await nav(page).getByRole('link', { name: 'Tableau de bord' }).tap();
    await page.locator('section[aria-labelledby="programmes-title"] tbody tr').first().waitFor();
    await page.setViewportSize({ width: 1280, height: 800 });
    await poll(() => feedPlace(page)).toBe('beside');
    expect(await programmeTableFit(page)).toEqual({ over: 0, roiInside: true });
    await context.close();
  }, 240_000);
});
