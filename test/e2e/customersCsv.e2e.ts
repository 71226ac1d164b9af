/**
 * Issue #3 in real Chromium: the customers screen's « Exporter pour un tableur (CSV) » gives the game's customer base
 * and purchases as files a French spreadsheet opens (UTF-8 BOM, ';', decimal comma, French headers), one line per
 * customer the screen counts and per purchase its size note announces, read from the run stored in IndexedDB.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Download, Page } from 'playwright-core';
import { launchBrowser, newPage } from './browser.ts';
import { nav, poll, startBakery, tickLabel } from './student.ts';

async function read(download: Download): Promise<string> {
  let text = '';
  for await (const chunk of await download.createReadStream()) text += chunk.toString('utf8');
  return text;
}

async function downloadOf(page: Page, button: string): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('group', { name: 'Exporter pour un tableur (CSV)' }).getByRole('button', { name: button }).click()]);
  return download;
}

const number = (text: string | null) => Number((text ?? '').replace(/[\s\u00a0\u202f]/g, '').match(/^\d+/)?.[0]);

describe('the customer base for a spreadsheet', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('downloads the base and the purchases of the saved period as French CSV files', async () => {
    const { context, page, errors } = await newPage(browser, { acceptDownloads: true });
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
    await startBakery(page);
    await page.getByRole('button', { name: 'Avancer d’une période' }).click();
    await poll(() => tickLabel(page)).toBe('Semaine 2 / 52, à jouer');
    await nav(page).getByRole('link', { name: 'Base clients' }).click();
    // folded: its code and strings come when it is opened (review16 M2)
    await page.locator('summary', { hasText: 'Exporter pour un tableur (CSV)' }).click();
    const group = page.getByRole('group', { name: 'Exporter pour un tableur (CSV)' });
    await group.waitFor();
    // the period played is saved: the purchases' note counts its purchases
    const purchasesNote = group.locator('#csv-size-purchases');
    await poll(async () => number(await purchasesNote.textContent()) > 0).toBe(true);
    const status = page.locator('p.count[role="status"]');
    await poll(async () => /^\d[\d\s\u202f\u00a0]* clients sur /.test((await status.textContent()) ?? '')).toBe(true);
    const customers = number((await status.textContent())!.split(' sur ')[1]);
    expect(customers).toBeGreaterThan(1000);
    expect(number(await group.locator('#csv-size-customers').textContent())).toBe(customers);
    await expect(group.getByRole('checkbox', { name: /Virgule décimale/ }).isChecked()).resolves.toBe(true);
    const before = scripts.length;

    const base = await downloadOf(page, 'Base clients');
    expect(base.suggestedFilename()).toBe('fidelis-clients-boulangerie-du-marche-semaine-1.csv');
    // the CSV writer came with the click, not with the screen
    expect(scripts.length).toBeGreaterThan(before);
    const text = await read(base);
    expect(text.startsWith('\uFEFFN° client;Prénom;Nom;Âge;Ville;Canal préféré;Besoin-type (SONCAS);Premier achat;Dernier achat;Nombre d’achats;Montant total (€);')).toBe(true);
    const lines = text.slice(1).split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(customers + 1);
    // every customer's line has the 25 columns, and the amounts a decimal comma (column 11: Montant total)
    expect(lines.every((l) => l.split(';').length === 25)).toBe(true);
    expect(lines.slice(1).every((l) => /^\d+,\d\d$/.test(l.split(';')[10]))).toBe(true);

    const purchases = await downloadOf(page, 'Achats');
    expect(purchases.suggestedFilename()).toBe('fidelis-achats-boulangerie-du-marche-semaine-1.csv');
    const rows = (await read(purchases)).slice(1).split('\r\n').filter(Boolean);
    expect(rows[0]).toBe('Date;Période;N° client;Montant (€);Type de produit;Canal');
    expect(rows).toHaveLength(number(await purchasesNote.textContent()) + 1);
    expect(rows[1]).toMatch(/^\d\d\/\d\d\/\d{4};0;\d+;\d+,\d\d;/);
    expect(errors).toEqual([]);
    await context.close();
  });
});
