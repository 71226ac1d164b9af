/**
 * QA qa24 m4 in real Chromium: the bakery, « Lien social » on the whole « Futur non-client » segment, 4 periods. The table of
 * « Membres et groupe témoin » read « 100 % ± 3,7 pt » for the controls, a range up to 103,7 %. A share whose « ± » would leave
 * 0–100 % is now followed by its 95 % interval itself, « 100 % (entre … % et 100 %) »; the others keep « ± ».
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newPage } from './browser.ts';
import { applyToSegment, nav, poll, startBakery, tickLabel, unfoldTimeBar } from './student.ts';

describe('members vs control group shares near 100 % (Chromium)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('never writes a « ± » past 100 %', async () => {
    const { page, errors, context } = await newPage(browser);
    await startBakery(page);
    await applyToSegment(page, 'Futur non-client', 'Lien social');
    await poll(() => page.getByRole('region', { name: 'Décisions de la semaine' }).getByRole('listitem').count()).toBe(1);
    await unfoldTimeBar(page);
    await page.getByRole('button', { name: 'Avancer de 4 semaines' }).click();
    await poll(() => tickLabel(page)).toBe('Semaine 5 / 52, à jouer');
    await nav(page).getByRole('link', { name: 'Graphiques', exact: true }).click();

    const card = page.getByTestId('programme-comparison');
    await card.getByText('Voir le tableau des données', { exact: false }).first().click();
    const table = card.getByRole('table');
    await table.waitFor();
    const cells = (await table.locator('td').allTextContents()).map((c) => c.replace(/\s+/g, ' ').trim());
    const shares = cells.filter((c) => /%/.test(c));
    expect(shares.length).toBeGreaterThan(0);
    // every « p % ± m pt » stays within 0–100 %
    for (const c of shares) {
      const pm = c.match(/^(\d+(?:,\d+)?) % ± (\d+(?:,\d+)?) pt$/);
      if (pm) expect(Number(pm[1].replace(',', '.')) + Number(pm[2].replace(',', '.'))).toBeLessThanOrEqual(100.0001);
    }
    // the QA's controls all still there: the interval itself
    expect(shares.some((c) => /^100 % \(entre \d+(,\d)? % et 100 %\)$/.test(c))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  }, 150_000);
});
