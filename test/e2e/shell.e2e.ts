import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { BASE_URL, launchBrowser, newPage } from './browser.ts';

describe('app shell in real Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('loads in French with no console error', async () => {
    const { page, errors, context } = await newPage(browser);
    await page.goto(BASE_URL);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Fidélis');
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(errors).toEqual([]);
    await context.close();
  });
});
