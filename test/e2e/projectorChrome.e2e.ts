/**
 * A 1280 x 720 projector at 150 % (853 x 480 CSS px): the header and the navigation took 277 px of the 480, the
 * dashboard's first KPIs pushed below (QA qa29print m4). On such a short screen the header is one tight line and
 * the links tighter: the chrome takes under a third of the height, its controls still reached with Tab. A phone
 * (360 px wide) keeps its header as it was: the rule is for short screens wider than a phone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { BASE_URL, launchBrowser } from './browser.ts';
import { nav, startBakery } from './student.ts';

const chromeBottom = (page: Page) => page.locator('.nav-row').evaluate((el) => el.getBoundingClientRect().bottom);

describe('the app’s chrome on a short screen', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('leaves a projector at 150 % most of its height, every control still reached with Tab', async () => {
    const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 853, height: 480 }, deviceScaleFactor: 1.5 });
    const page = await context.newPage();
    await startBakery(page);
    await nav(page).getByRole('link', { name: 'Tableau de bord' }).click();
    await page.getByRole('heading', { level: 2, name: 'Tableau de bord' }).waitFor();
    expect(await chromeBottom(page)).toBeLessThanOrEqual(480 * 0.3);
    // the tagline is left to screen readers, not removed
    expect(await page.getByText('Simulateur de fidélisation client').count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(853);
    // Tab goes through the header's buttons and the links, each wholly on the screen
    await page.getByRole('link', { name: 'Aller au contenu' }).focus();
    const reached: string[] = [];
    for (let step = 0; step < 16; step++) {
      await page.keyboard.press('Tab');
      reached.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          if (!el || el === document.body) return '';
          const box = el.getBoundingClientRect();
          const text = (el.textContent ?? '').trim();
          return box.top < 0 || box.bottom > innerHeight || box.left < 0 || box.right > innerWidth ? `outside: ${text}` : text;
        }),
      );
    }
    expect(reached).toContain('Visite guidée');
    expect(reached).toContain('Graphiques');
    expect(reached.filter((r) => r.startsWith('outside'))).toEqual([]);
    await context.close();
  });

  it('keeps a phone’s header as it was', async () => {
    const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 360, height: 640 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await startBakery(page, BASE_URL);
    const tagline = page.getByText('Simulateur de fidélisation client');
    expect((await tagline.boundingBox())!.width).toBeGreaterThan(100);
    expect(await page.getByRole('heading', { level: 1 }).evaluate((el) => getComputedStyle(el).fontSize)).toBe('24px');
    await context.close();
  });
});
