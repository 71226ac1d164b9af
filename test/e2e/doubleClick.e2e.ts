/**
 * A double-click on « Appliquer à la cible » in real Chromium (QA robust #1): the programme is queued
 * once, the button says why it is disabled, and the period's cost counts it once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { BASE_URL, launchBrowser, newPage } from './browser.ts';
import { poll, tickLabel } from './student.ts';

describe('double-click on a decision', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('queues the programme once', async () => {
    const { page, errors, context } = await newPage(browser);
    await page.goto(BASE_URL);
    await page.getByRole('button', { name: 'Passer la visite' }).click();
    await page.getByRole('button', { name: /Commencer « Boulangerie du Marché »/ }).click();
    await page.getByRole('heading', { level: 2, name: 'Décisions' }).waitFor();
    expect(await tickLabel(page)).toBe('Semaine 1 / 52, à jouer');
    await poll(() => page.getByTestId('target-count').textContent()).toMatch(/\d+ clients correspondent/);

    await page.getByRole('radio', { name: 'Lien social', exact: true }).check();
    const apply = page.getByRole('button', { name: /Appliquer à la cible/ });
    await poll(() => apply.isEnabled()).toBe(true);
    await apply.dblclick();
    const pending = page.getByRole('region', { name: 'Décisions de la semaine' });
    await poll(() => pending.getByRole('listitem').count()).toBe(1);
    expect(await apply.isDisabled()).toBe(true);
    await page.getByText(/Ce programme est déjà prévu pour cette cible cette semaine/).waitFor();
    // a third click on the disabled button does nothing either
    await apply.click({ force: true });
    expect(await pending.getByRole('listitem').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});
