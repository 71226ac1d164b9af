/**
 * Issue #3 in real Chromium: the customers screen's « Exporter pour un tableur (CSV) » gives the game's customer base
 * and purchases as files a French spreadsheet opens (UTF-8 BOM, ';', decimal comma, French headers), one line per
 * customer the screen counts and per purchase its size note announces, read from the run stored in IndexedDB. From a
 * what-if branch, the file is the branch's base, and its name carries the branch's part (review16 m2).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Download, Page } from 'playwright-core';
import { launchBrowser, newPage } from './browser.ts';
import { nav, openWhatIf, poll, startBakery, tickLabel } from './student.ts';
import { frenchText } from '../../src/i18n/frenchSpacing.ts';

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

/** The customers screen with its CSV form unfolded (its code and strings come when it is opened, review16 M2): the form, and the customers the screen counts. */
async function csvForm(page: Page) {
  await nav(page).getByRole('link', { name: 'Base clients' }).click();
  await page.locator('summary', { hasText: 'Exporter pour un tableur (CSV)' }).click();
  const group = page.getByRole('group', { name: 'Exporter pour un tableur (CSV)' });
  await group.waitFor();
  const status = page.locator('p.count[role="status"]');
  await poll(async () => /^\d[\d\s\u202f\u00a0]* clients sur /.test((await status.textContent()) ?? '')).toBe(true);
  return { group, customers: number((await status.textContent())!.split(' sur ')[1]) };
}

/** The lines of a downloaded CSV file, its header first (without the BOM). */
const linesOf = async (download: Download) => (await read(download)).slice(1).split('\r\n').filter(Boolean);

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
    await page.getByRole('button', { name: 'Avancer d’une semaine' }).click();
    await poll(() => tickLabel(page)).toBe('Semaine 2 / 52, à jouer');
    const { group, customers } = await csvForm(page);
    // the period played is saved: the purchases' note counts its purchases
    const purchasesNote = group.locator('#csv-size-purchases');
    await poll(async () => number(await purchasesNote.textContent()) > 0).toBe(true);
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

    // a what-if branch from week 1: its base is the starting one, without the customers week 1 brought to the original
    await openWhatIf(page);
    await page.getByRole('button', { name: frenchText`Et si… ? Rejouer la semaine 1 et la suite` }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Rejouer à partir de la semaine 1' }).click();
    await poll(() => tickLabel(page)).toBe('Semaine 1 / 52, à jouer');
    const branch = await csvForm(page);
    expect(branch.customers).toBeGreaterThan(1000);
    expect(branch.customers).not.toBe(customers);
    const branchBase = await downloadOf(page, 'Base clients');
    // the branch's part in the name: not the original's file name again in the Downloads folder
    expect(branchBase.suggestedFilename()).toBe('fidelis-clients-boulangerie-du-marche-et-si-semaine-1.csv');
    const branchLines = await linesOf(branchBase);
    expect(branchLines[0]).toBe(lines[0]);
    expect(branchLines).toHaveLength(branch.customers + 1);
    // the branch's customers as they are at its start, not the original's after week 1: fewer purchases in all (column 10: Nombre d’achats)
    const purchasesIn = (all: string[]) => all.slice(1).reduce((sum, l) => sum + Number(l.split(';')[9]), 0);
    expect(purchasesIn(branchLines)).toBeLessThan(purchasesIn(lines));
    expect(errors).toEqual([]);
    await context.close();
  });
});
