/**
 * The scenario editor's draft in real Chromium (QA robust finding 2): typed edits survive going to
 * another screen and back, and a reload (« Brouillon restauré »); the reload first asks (the
 * browser's beforeunload prompt) while they are neither saved nor exported; « Repartir du scénario
 * d’origine », from the keyboard, gives the shipped scenario back and the next reload asks nothing.
 * A share link opened in another tab over an edited draft opens its scenario and sets the draft
 * aside (« Reprendre mon brouillon » brings it back); after a restored draft, « Partir du scénario »
 * is as it was left and « Jouer ce commerce » plays the edits; a share link copied counts as an export.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Dialog } from 'playwright-core';
import { BASE_URL, launchBrowser, newPage } from './browser.ts';
import { parseScenario } from '../../src/scenario/load.ts';
import { encodeScenario } from '../../src/scenario/link.ts';

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
    await page.getByRole('button', { name: /^Repartir de «\s?Boulangerie du Marché\s?»$/ }).focus();
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

  it('opens a share link over an edited draft and keeps the draft aside to resume', async () => {
    const parsed = parseScenario(JSON.parse(await readFile('scenarios/boulangerie-du-marche.json', 'utf8')));
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const shared = { ...parsed.scenario, id: 'cave-de-la-classe', name: { fr: 'Cave de la classe' }, sector: 'caviste' };
    const { page, errors, context } = await newPage(browser);
    await page.goto(`${BASE_URL}#/editor`);
    const name = page.locator('#ed-name-fr');
    await name.fill('Boulangerie du Marché de Lucie');
    // the first tab leaves the editor (while it shows it, that tab keeps the draft: the link's tab would not take it)
    await page.goto(`${BASE_URL}#/`);
    await name.waitFor({ state: 'detached' });

    // the link, opened in another tab of the same browser (from a mail, the school's site)
    const tab = await context.newPage();
    tab.on('pageerror', (e) => errors.push(String(e)));
    await tab.goto(`${BASE_URL}?scenario=${await encodeScenario(shared)}#/editor`);
    const linkedName = tab.locator('#ed-name-fr');
    await expect.poll(() => linkedName.inputValue(), { timeout: 20_000 }).toBe('Cave de la classe');
    await tab.getByText(/^Brouillon mis de côté\s:\s«\sBoulangerie du Marché de Lucie\s»/).waitFor();
    expect(await tab.getByText(/^Brouillon restauré/).count()).toBe(0);
    expect(new URL(tab.url()).search).toBe('');
    // still there after a reload of that tab (the link's scenario unedited: nothing asked)
    await tab.reload();
    await tab.getByText(/^Brouillon mis de côté/).waitFor();
    expect(await linkedName.inputValue()).toBe('Cave de la classe');

    await tab.getByRole('button', { name: 'Reprendre mon brouillon' }).focus();
    await tab.keyboard.press('Enter');
    await tab.getByText(/^Brouillon restauré/).waitFor();
    expect(await linkedName.inputValue()).toBe('Boulangerie du Marché de Lucie');
    expect(await tab.getByText(/^Brouillon mis de côté/).count()).toBe(0);
    expect(await tab.evaluate(() => document.activeElement?.id)).toBe('screen-title');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('with the editor in two tabs, the second leaves the first one’s draft alone and says so (QA qa25 M1)', async () => {
    const { page: first, errors, context } = await newPage(browser);
    first.on('dialog', (dialog) => void dialog.accept());
    await first.goto(`${BASE_URL}#/editor`);
    await first.locator('#ed-sector').fill('fleuriste (onglet A)');

    const second = await context.newPage();
    second.on('pageerror', (e) => errors.push(String(e)));
    await second.goto(`${BASE_URL}#/editor`);
    await second.getByText(/^L’éditeur est déjà ouvert dans un autre onglet, qui garde votre brouillon/).waitFor();
    expect(await second.locator('#ed-sector').inputValue()).not.toBe('fleuriste (onglet A)');
    await second.locator('#ed-sector').fill('librairie (onglet B)');
    await second.getByLabel('durée (en semaines)').fill('40');
    await second.close();

    // the first tab, reloaded: its own draft, none of the second tab's
    await first.reload();
    await first.getByText(/^Brouillon restauré/).waitFor();
    expect(await first.locator('#ed-sector').inputValue()).toBe('fleuriste (onglet A)');
    expect(await first.getByLabel('durée (en semaines)').inputValue()).toBe('52');
    expect(await first.getByText(/^L’éditeur est déjà ouvert dans un autre onglet/).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('with the editor in two tabs, the second takes the draft over when the first one closes, without a reload', async () => {
    const { page: first, errors, context } = await newPage(browser);
    await first.goto(`${BASE_URL}#/editor`);
    await first.locator('#ed-sector').fill('fleuriste (onglet A)');

    const second = await context.newPage();
    second.on('pageerror', (e) => errors.push(String(e)));
    second.on('dialog', (dialog) => void dialog.accept());
    await second.goto(`${BASE_URL}#/editor`);
    await second.getByText(/^L’éditeur est déjà ouvert dans un autre onglet/).waitFor();
    // the teacher is in a field of the second tab, not typing yet
    await second.locator('#ed-name-fr').focus();
    // the first tab goes on, then closes (its unsaved edits: the browser's own prompt is not asked here)
    await first.locator('#ed-id').fill('fleuriste-de-la-classe');
    await first.close({ runBeforeUnload: false });

    await second.getByText(/^L’autre onglet a fermé l’éditeur\s:\svous pouvez reprendre le brouillon ici\.$/).waitFor();
    expect(await second.getByText(/^L’éditeur est déjà ouvert dans un autre onglet/).count()).toBe(0);
    expect(await second.locator('#ed-sector').inputValue()).toBe('fleuriste (onglet A)');
    expect(await second.locator('#ed-id').inputValue()).toBe('fleuriste-de-la-classe');
    expect(await second.evaluate(() => document.activeElement?.id)).toBe('ed-name-fr');
    // the second tab keeps the draft now: its edits come back after a reload
    await second.keyboard.press('End');
    await second.keyboard.type(' (onglet B)');
    await second.reload();
    await second.getByText(/^Brouillon restauré/).waitFor();
    expect(await second.locator('#ed-name-fr').inputValue()).toBe('Boulangerie du Marché (onglet B)');
    expect(await second.locator('#ed-sector').inputValue()).toBe('fleuriste (onglet A)');
    expect(await second.getByText(/^L’autre onglet a fermé l’éditeur/).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('site data cleared while the editor is open: the closed-database message offers to export the form now', async () => {
    const { page, errors, context } = await newPage(browser);
    await page.goto(`${BASE_URL}#/editor`);
    await page.locator('#ed-name-fr').fill('Fleuriste de la classe');
    await page.locator('#ed-sector').fill('fleuriste');
    // the database is open (the home page's library) before its data is cleared
    await expect.poll(() => page.evaluate(async () => (await indexedDB.databases()).length)).toBeGreaterThan(0);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Storage.clearDataForOrigin', { origin: new URL(BASE_URL).origin, storageTypes: 'all' });
    expect(await page.evaluate(() => localStorage.getItem('fidelis.editor.draft'))).toBeNull();

    const message = page.locator('.notices .notice.error').filter({ hasText: /Le navigateur a fermé la base de données/ });
    await message.waitFor();
    const download = page.waitForEvent('download');
    await message.getByRole('button', { name: 'Exporter le scénario maintenant' }).click();
    const file = await download;
    const exported = parseScenario(JSON.parse(await readFile((await file.path())!, 'utf8')));
    expect(exported.ok && [exported.scenario.name.fr, exported.scenario.sector]).toEqual(['Fleuriste de la classe', 'fleuriste']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('after a reload, keeps « Partir du scénario », plays the restored edits, and counts a copied share link as an export', async () => {
    const { page, errors, context } = await newPage(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(BASE_URL).origin });
    const dialogs: Dialog[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog);
      void dialog.accept();
    });
    await page.goto(`${BASE_URL}#/editor`);
    await page.getByText('Le scénario est valide.').waitFor();
    const source = page.getByLabel('Partir du scénario');
    const options = await source.locator('option').evaluateAll((list) => list.map((o) => (o as HTMLOptionElement).value));
    await source.selectOption(options[2]);
    await page.locator('#ed-id').fill('boulangerie-de-lucie');
    await page.locator('#ed-name-fr').fill('Boulangerie de Lucie');

    // a share link copied: the teacher has the work, the reload asks nothing
    await page.getByRole('button', { name: 'Créer un lien de partage' }).click();
    await page.getByText('Lien copié dans le presse-papiers.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('?scenario=1.');
    await page.reload();
    expect(dialogs).toHaveLength(0);
    await page.getByText(/^Brouillon restauré/).waitFor();
    expect(await page.locator('#ed-name-fr').inputValue()).toBe('Boulangerie de Lucie');
    expect(await source.inputValue()).toBe(options[2]);

    // saved, then played: the run is the edited shop
    await page.getByRole('button', { name: 'Enregistrer dans le navigateur' }).click();
    await page.getByText(/^Commerce «\u00a0Boulangerie de Lucie\u00a0» enregistré dans ce navigateur/).waitFor();
    await page.getByRole('button', { name: 'Jouer ce commerce' }).click();
    await page.getByRole('heading', { level: 2, name: 'Décisions' }).waitFor();
    await expect.poll(() => page.locator('.app-header .scenario').textContent(), { timeout: 30_000 }).toBe('Boulangerie de Lucie');
    await page.getByTestId('tick-label').filter({ hasText: /^Semaine 1 \/ 52, à jouer$/ }).waitFor({ timeout: 30_000 });
    expect(dialogs).toHaveLength(0);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
