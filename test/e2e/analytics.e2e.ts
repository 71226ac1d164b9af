import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, launchBrowser, newPage } from './browser.ts';

/** The guided tour opens on a first visit; it is not what this test is about. */
async function openAnalytics(page: Page, route = 'analytics'): Promise<void> {
  await page.goto(`${BASE_URL}#/${route}`);
  await page.getByRole('heading', { level: 2, name: 'Analyse de données réelles' }).waitFor();
  await page
    .getByRole('button', { name: 'Passer la visite' })
    .click({ timeout: 5000 })
    .catch(() => {});
}

const SAMPLE = resolve(process.cwd(), 'src/assets/cdnow/CDNOW_sample.txt');

describe('real-data analytics in real Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('imports the CDNOW sample file through the screen (worker) and shows the published BG/NBD fit', async () => {
    const { page, errors, context } = await newPage(browser);
    await openAnalytics(page);
    await page.getByLabel('Type de fichier').selectOption('cdnow-sample');
    await page.getByLabel('Choisir un fichier (CSV ou texte)').setInputFiles(SAMPLE);
    await page.getByRole('button', { name: 'Importer' }).click();
    await page.getByText(/6\s919 achats de 2\s357 clients importés/).waitFor();
    await page.getByRole('button', { name: 'Calculer le RFM' }).click();
    await page.getByRole('table', { name: 'Les cinq segments du cours' }).waitFor();
    await page.getByLabel('Fin de la période d’apprentissage').fill('1997-09-30');
    await page.getByRole('button', { name: 'Calculer le score' }).click();
    const params = page.getByTestId('fitted-parameters');
    await params.waitFor({ timeout: 30_000 });
    expect(await params.locator('[data-param="r"]').textContent()).toBe('0,243');
    expect(await params.locator('[data-param="alpha"]').textContent()).toBe('4,414');
    expect(await params.locator('[data-param="a"]').textContent()).toBe('0,793');
    expect(await params.locator('[data-param="b"]').textContent()).toBe('2,426');
    expect(await params.locator('[data-param="pqv"]').textContent()).toMatch(/^6,25\u202f; 3,74\u202f; 15,44$/);
    // the export produces a CSV download with a BOM and ';' separators
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter les clients notés (CSV)' }).click()]);
    const stream = await download.createReadStream();
    let text = '';
    for await (const chunk of stream) text += chunk.toString('utf8');
    expect(text.startsWith('\uFEFFclient;recence_jours;frequence;montant;R;F;M;segment')).toBe(true);
    expect(text.trim().split('\r\n')).toHaveLength(2358);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens at #/realdata too, and recognises the CDNOW sample chosen with the type left on CSV (QA qa13 D1, D3)', async () => {
    const { page, errors, context } = await newPage(browser);
    await openAnalytics(page, 'realdata');
    expect(await page.getByLabel('Type de fichier').inputValue()).toBe('csv');
    await page.getByLabel('Choisir un fichier (CSV ou texte)').setInputFiles(SAMPLE);
    await page.getByTestId('format-recognised').waitFor();
    expect(await page.getByLabel('Type de fichier').inputValue()).toBe('cdnow-sample');
    await page.getByRole('button', { name: 'Importer' }).click();
    await page.getByText(/6\s919 achats de 2\s357 clients importés/).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reads a French Excel CSV (Windows-1252) in the worker with its accents and the euro sign, and says so', async () => {
    const { page, errors, context } = await newPage(browser);
    await openAnalytics(page);
    // French Excel's « CSV (séparateur : point-virgule) »: â = 0xE2, é = 0xE9, € = 0x80 in Windows-1252
    const lines = 'client;date;montant;rayon\r\nA;02/01/2024;10;Pâtisserie\r\nA;02/02/2024;10;Pâtisserie\r\nB;05/03/2024;5;Crémerie\r\nC;06/03/2024;5;Traiteur épicerie €\r\n';
    const buffer = Buffer.from(Array.from(lines, (c) => (c === '€' ? 0x80 : c.charCodeAt(0))));
    await page.getByLabel('Choisir un fichier (CSV ou texte)').setInputFiles({ name: 'ventes.csv', mimeType: 'text/csv', buffer });
    const preview = page.getByRole('table', { name: 'Aperçu des premières lignes' });
    await preview.waitFor();
    expect(await page.getByTestId('source-encoding').textContent()).toMatch(/^Fichier lu en Windows-1252 \(Excel\)/);
    expect(await preview.getByText('Pâtisserie').count()).toBe(2);
    expect(await preview.getByText('Traiteur épicerie €').count()).toBe(1);
    expect(await preview.textContent()).not.toContain('\uFFFD');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('loads the bundled sample with one click', async () => {
    const { page, errors, context } = await newPage(browser);
    await openAnalytics(page);
    await page.getByRole('button', { name: 'Essayer avec l’échantillon CDNOW' }).click();
    await page.getByRole('table', { name: 'Aperçu des premières lignes' }).waitFor();
    await page.getByRole('button', { name: 'Importer' }).click();
    await page.getByText(/6\s919 achats de 2\s357 clients importés/).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
