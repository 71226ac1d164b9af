/**
 * Leaving a finished game's Décisions by the address (browser Back, a typed #/home) logs no Svelte
 * warning (QA tablet verify N6): the time bar held the focus, Chromium said it lost it while the
 * screen was removed, and the bar's focus rule asked the destroyed screen's session where to put it
 * (`https://svelte.dev/e/derived_inert`). A nav link never showed it: the tap moves the focus first.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { BASE_URL, launchBrowser, newPage } from './browser.ts';

/** The page's console warnings, as they come. */
function warningsOf(page: Page): string[] {
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
  });
  return warnings;
}

/** Starts the bakery from the home page and plays it to the end; the Décisions screen stays open. */
async function finishedGame(page: Page): Promise<void> {
  await page.goto(BASE_URL);
  await page.getByRole('button', { name: /Commencer « Boulangerie du Marché »/ }).click();
  await page.getByTestId('tick-label').filter({ hasText: /^Semaine 1 \/ 52, à jouer$/ }).waitFor({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Aller jusqu’à la fin' }).click();
  await page.getByRole('button', { name: /^Jouer (les \d+ (semaines|mois)|la dernière semaine|le dernier mois)$/ }).click();
  await page.getByRole('status').filter({ hasText: 'La partie est terminée' }).waitFor({ timeout: 120_000 });
}

describe('leaving a finished game by the address', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const [how, leave] of [
    ['the browser’s Back', (page: Page) => page.goBack()],
    ['a typed #/home', (page: Page) => page.evaluate(() => void (window.location.hash = '#/home'))],
  ] as const) {
    it(`by ${how}: no Svelte warning, the home page opens`, async () => {
      const { page, errors, context } = await newPage(browser);
      await context.addInitScript(() => localStorage.setItem('fidelis.tourSeen', '1'));
      const warnings = warningsOf(page);
      await finishedGame(page);
      expect(warnings).toEqual([]);
      await leave(page);
      await page.getByRole('button', { name: /Commencer « Boulangerie du Marché »/ }).waitFor();
      // the warning came from a microtask after the screen was gone: let the page settle
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
      expect(warnings).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    }, 240_000);
  }
});
