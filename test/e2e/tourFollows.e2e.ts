/**
 * The guided tour on a first visit with a tablet (QA tablet #24): it goes on to « Décidez » once the
 * learner starts a game, and never covers the header nor the time bar stuck to the bottom.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { BASE_URL, launchBrowser, newPage } from './browser.ts';

type Rect = { x: number; y: number; width: number; height: number };
const apart = (a: Rect, b: Rect) => a.y + a.height <= b.y || b.y + b.height <= a.y || a.x + a.width <= b.x || b.x + b.width <= a.x;

async function clearOf(page: Page, title: string): Promise<void> {
  const panel = (await page.getByRole('dialog', { name: title }).boundingBox())!;
  const bar = (await page.locator('[data-tour="advance"]').boundingBox())!;
  const header = await page.locator('.app-header').evaluate((h) => {
    const r = h.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  });
  expect(apart(panel, bar), `tour ${JSON.stringify(panel)} over the time bar ${JSON.stringify(bar)}`).toBe(true);
  if (header.y + header.height > 0) expect(apart(panel, header), `tour ${JSON.stringify(panel)} over the header ${JSON.stringify(header)}`).toBe(true);
}

describe('the guided tour on a tablet', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const viewport of [
    { width: 1024, height: 768 },
    { width: 768, height: 1024 },
  ])
    it(`follows the game and keeps clear of the header and the time bar (${viewport.width}×${viewport.height})`, async () => {
      const { page, errors, context } = await newPage(browser);
      await page.setViewportSize(viewport);
      await page.goto(BASE_URL);
      await page.getByRole('dialog', { name: 'Bienvenue dans Fidélis' }).waitFor();
      await page.getByRole('button', { name: 'Suivant' }).click();
      await page.getByRole('dialog', { name: '1. Choisissez un scénario' }).waitFor();
      await page.getByRole('button', { name: /Commencer « Boulangerie du Marché »/ }).click();
      await page.getByRole('heading', { level: 2, name: 'Décisions' }).waitFor();
      await page.getByTestId('tick-label').filter({ hasText: /^Semaine 1 \/ 52$/ }).waitFor({ timeout: 30_000 });

      // the step asked for is done: the tour says what comes next
      await page.getByRole('dialog', { name: '2. Décidez' }).waitFor();
      await clearOf(page, '2. Décidez');
      await page.getByRole('button', { name: 'Suivant' }).click();
      await page.getByRole('dialog', { name: '3. Avancez dans le temps' }).waitFor();
      await clearOf(page, '3. Avancez dans le temps');
      expect(errors).toEqual([]);
      await context.close();
    });
});
