/**
 * A language switch in real Chromium re-renders the open screen without mounting it again: what the
 * learner typed on the decisions screen (a survey's sample size) is still there in English and back
 * in French.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newPage } from './browser.ts';
import { poll, startBakery } from './student.ts';

describe('language switch in real Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('keeps what was typed on the decisions screen', async () => {
    const { page, errors, context } = await newPage(browser);
    await startBakery(page);
    await page.getByRole('spinbutton', { name: 'Taille de l’échantillon' }).fill('250');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 2, name: 'Decisions' }).waitFor();
    await poll(() => page.getByRole('spinbutton', { name: 'Sample size' }).inputValue()).toBe('250');
    await page.getByRole('button', { name: 'Français' }).click();
    await page.getByRole('heading', { level: 2, name: 'Décisions' }).waitFor();
    expect(await page.getByRole('spinbutton', { name: 'Taille de l’échantillon' }).inputValue()).toBe('250');
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
