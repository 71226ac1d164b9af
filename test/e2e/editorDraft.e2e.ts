/**
 * The scenario editor's draft in real Chromium (QA robust finding 2): typed edits survive going to
 * another screen and back, and a reload (« Brouillon restauré »); the reload first asks (the
 * browser's beforeunload prompt) while they are neither saved nor exported; « Repartir du scénario
 * d’origine », from the keyboard, gives the shipped scenario back and the next reload asks nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Dialog } from 'playwright-core';
import { BASE_URL, launchBrowser, newPage } from './browser.ts';

describe('scenario editor draft in real Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('keeps typed edits across screens and reloads, asks before a reload, and discards on request', async () => {
    const { page, errors, context } = await newPage(browser);
    await page.goto(`${BASE_URL}#/editor`);
    await page.getByRole('heading', { level: 2, name: 'Éditeur de scénario' }).waitFor();
    const name = page.locator('#ed-name-fr');
    expect(await name.inputValue()).toBe('Boulangerie du Marché');
    await name.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' de Lucie');
    expect(await name.inputValue()).toBe('Boulangerie du Marché de Lucie');

    // another screen, then back: the edits are there, said
    await page.goto(`${BASE_URL}#/`);
    await page.locator('#ed-name-fr').waitFor({ state: 'detached' });
    await page.goto(`${BASE_URL}#/editor`);
    await page.getByText(/^Brouillon restauré/).waitFor();
    expect(await name.inputValue()).toBe('Boulangerie du Marché de Lucie');

    // a reload asks first; dismissed, the page stays as it is
    const dialogs: Dialog[] = [];
    let accept = false;
    page.on('dialog', (dialog) => {
      dialogs.push(dialog);
      void (accept ? dialog.accept() : dialog.dismiss());
    });
    await page.click('#ed-name-fr');
    await page.reload({ timeout: 5_000 }).catch(() => undefined);
    expect(dialogs.map((d) => d.type())).toEqual(['beforeunload']);
    expect(await name.inputValue()).toBe('Boulangerie du Marché de Lucie');

    // accepted: the page reloads and the draft comes back
    accept = true;
    await page.reload();
    expect(dialogs).toHaveLength(2);
    await page.getByText(/^Brouillon restauré/).waitFor();
    expect(await name.inputValue()).toBe('Boulangerie du Marché de Lucie');

    // back to the shipped scenario from the keyboard; the next reload asks nothing and keeps it
    await page.getByRole('button', { name: 'Repartir du scénario d’origine' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText(/^Brouillon abandonné/).waitFor();
    expect(await name.inputValue()).toBe('Boulangerie du Marché');
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Éditeur de scénario' }).waitFor();
    expect(await name.inputValue()).toBe('Boulangerie du Marché');
    expect(await page.getByText(/^Brouillon restauré/).count()).toBe(0);
    expect(dialogs).toHaveLength(2);
    expect(errors).toEqual([]);
    await context.close();
  });
});
