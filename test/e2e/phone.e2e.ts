/**
 * A self-learner's phone in real Chromium (390 x 844, touch, isMobile; QA phone, /work/team/qa4.md): the screen's
 * navigation is one row scrolling sideways in its own box, with the current link and the link a guided tour step
 * outlines brought into it (wrapped, the links and the header took 450 of the 844 px above each screen's title).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { nav, startBakery } from './student.ts';

/** How far an element sits outside the navigation's box, sideways (0: all of it inside). */
async function outsideNav(page: Page, element: Locator): Promise<number> {
  const [box, own] = [(await nav(page).boundingBox())!, (await element.boundingBox())!];
  return Math.round(Math.max(0, box.x - own.x, own.x + own.width - (box.x + box.width)));
}

describe('a phone in real Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('keeps the navigation to one row, its current link and the tour’s outlined link in sight', async () => {
    const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });
    const page = await context.newPage();
    await startBakery(page);
    await page.evaluate(() => scrollTo(0, 0));
    // one row of 44 px links (five rows before, 260 px), the screen's title in the top third of the phone
    expect((await nav(page).boundingBox())!.height).toBeLessThanOrEqual(50);
    const title = await page.getByRole('heading', { level: 2, name: 'Décisions' }).boundingBox();
    expect(title!.y).toBeLessThan(300);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);

    // a link far along the row: once its screen is open, the current link is in the box
    await nav(page).getByRole('link', { name: 'Glossaire' }).tap();
    await page.getByRole('heading', { level: 2, name: 'Glossaire' }).waitFor();
    const current = nav(page).locator('[aria-current="page"]');
    expect(await outsideNav(page, current)).toBe(0);

    // the tour's step on the time bar, opened from the glossary, outlines the « Décisions » link, at the other end
    await page.getByRole('button', { name: 'Visite guidée' }).tap();
    for (let step = 1; step < 4; step++) await page.getByRole('button', { name: 'Suivant' }).tap();
    await page.getByRole('heading', { name: '3. Avancez dans le temps' }).waitFor();
    const outlined = nav(page).locator('[data-tour-current]');
    await expect.poll(() => outlined.count()).toBe(1);
    expect(await outlined.textContent()).toBe('Décisions');
    expect(await outsideNav(page, outlined)).toBe(0);
    await context.close();
  });
});
