/**
 * The editor's game with no action in real Chromium (review m1): its engine worker ends when the teacher
 * leaves the editor, and coming back starts one, never a second beside the first (each visit started a
 * worker that lived as long as the page). While the game is played the editor says « vérification… ».
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { BASE_URL, launchBrowser, newPage } from './browser.ts';

describe('the editor’s engine worker', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('ends when the editor is left: one worker after coming back', async () => {
    const { page, errors, context } = await newPage(browser);
    const engineWorkers = () => page.workers().filter((w) => /engine\.worker/.test(w.url())).length;
    await page.goto(`${BASE_URL}#/`);
    await page.locator('#screen-title').waitFor();
    const before = engineWorkers();
    for (let visit = 0; visit < 2; visit++) {
      await page.goto(`${BASE_URL}#/editor`);
      await page.getByText('Le scénario est valide.').waitFor();
      // the shipped shop's game is played (« vérification… » closed by its end), in the editor's one worker
      await expect.poll(() => page.getByTestId('editor-no-action-status').textContent(), { timeout: 30_000 }).toMatch(/^Vérification terminée/);
      expect(engineWorkers()).toBe(before + 1);
      await page.goto(`${BASE_URL}#/`);
      await page.getByRole('heading', { level: 2, name: 'Éditeur de scénario' }).waitFor({ state: 'detached' });
      await expect.poll(engineWorkers, { timeout: 10_000 }).toBe(before);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});
