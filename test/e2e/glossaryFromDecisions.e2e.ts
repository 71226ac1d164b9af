/**
 * « Ouvrir la fiche complète » from a glossary pop-up inside the Décisions forms, in real Chromium:
 * the focused link is removed with the screen, and Chromium fires `focusout` during Svelte's
 * teardown (jsdom does not), where a `$state` write threw `state_unsafe_mutation` (QA tablet #23).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newPage } from './browser.ts';
import { startBakery } from './student.ts';

describe('a glossary card opened from a pop-up of the decisions forms', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens the full card without an uncaught error', async () => {
    const { page, errors, context } = await newPage(browser);
    await startBakery(page);
    const segments = page.getByRole('group', { name: 'Segments RFM', exact: true });
    await segments.getByRole('checkbox', { name: 'Futur non-client' }).check();
    const strategy = page.getByRole('region', { name: /Stratégie de fidélisation/ });
    await strategy.getByRole('radio', { name: 'Personnalisation', exact: true }).check();
    await strategy.getByRole('button', { name: 'Définition : Personnalisation', exact: true }).click();
    const popup = page.getByRole('dialog', { name: 'Personnalisation' });
    await popup.getByRole('link', { name: 'Ouvrir la fiche complète' }).click();
    await page.getByRole('heading', { level: 2, name: 'Glossaire' }).waitFor();
    // the error, when there was one, came with the click; let the page settle before reading
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
    expect(errors).toEqual([]);
    await context.close();
  });
});
