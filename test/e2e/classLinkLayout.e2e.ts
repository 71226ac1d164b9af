/**
 * The class link builder at 1366 x 768: the shop's long note under « Commerce » made its row tall,
 * and Mission, Graine and Langue stretched to about 115 px (their controls too); every control of
 * the row is now as tall as the shop's select, and the tools' selects leave room around « verrouillé ».
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { BASE_URL, launchBrowser, newPage } from './browser.ts';

describe('class link builder layout', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('keeps Mission, Graine and Langue at their own height beside the shop’s note', async () => {
    const { page, errors } = await newPage(browser);
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`${BASE_URL}#/missions`);
    await page.getByRole('dialog', { name: 'Bienvenue dans Fidélis' }).waitFor();
    await page.getByRole('button', { name: 'Passer la visite' }).click();
    await page.getByText('Pour l’enseignant : lien de classe').click();
    const builder = page.locator('details', { hasText: 'Pour l’enseignant : lien de classe' });
    await builder.getByLabel('Commerce').selectOption('boulangerie-du-marche');
    const height = async (name: string) => (await builder.getByRole(name === 'Graine' ? 'textbox' : 'combobox', { name, exact: true }).boundingBox())!.height;
    const shop = await height('Commerce du lien de classe');
    // the note really is taller than a field beside it
    expect((await builder.locator('#link-shop-note').boundingBox())!.height).toBeGreaterThan(shop);
    for (const label of ['Mission', 'Graine', 'Langue']) expect(await height(label), label).toBeLessThanOrEqual(shop + 1);
    const lock = builder.getByRole('combobox', { name: /Recrutement/ });
    await lock.selectOption('lock');
    const room = await lock.evaluate((select) => select.clientWidth - select.scrollWidth);
    expect(room).toBeGreaterThanOrEqual(0);
    expect((await lock.boundingBox())!.width).toBeGreaterThanOrEqual(130);
    expect(errors).toEqual([]);
  });
});
