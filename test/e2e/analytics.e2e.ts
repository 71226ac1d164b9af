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
    // each column says its date: the RFM at the file's last day, the score learned up to 30/09/1997 (QA qa29 M1)
    const lines = text.replace(/^\uFEFF/, '').trim().split('\r\n');
    const header = lines[0].split(';');
    expect(header.slice(0, 10)).toEqual(['client', 'recence_jours_au_1998-06-30', 'frequence', 'montant', 'R', 'F', 'M', 'segment_au_1998-06-30', 'segment_rxf_au_1998-06-30', 'type_produit']);
    expect(header.slice(10, 13)).toEqual(['achats_repetes_au_1997-09-30', 'semaines_sans_achat_au_1997-09-30', 'proba_actif_au_1997-09-30']);
    expect(download.suggestedFilename()).toBe('clients-rfm-1998-06-30-score-1997-09-30.csv');
    expect(lines).toHaveLength(2358);
    // QA's « bought 6 days ago, 0,2 % active »: at the end of learning, 12108 had not bought for months
    const row = lines.find((l) => l.startsWith('12108;'))!.split(';');
    expect(row[1]).toBe('6');
    expect(Number(row[11].replace(',', '.'))).toBeGreaterThan(30);
    expect(await page.getByTestId('export-dates').textContent()).toMatch(/^Dans le fichier, le RFM est au 30 juin 1998 et le score \(étape 4\) au 30 septembre 1997/);

    // printed, the screen is a handout: no navigation nor form fields, the 200 customers most at risk all there (QA qa29 m1)
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#main-nav').isVisible()).toBe(false);
    expect(await page.locator('header.app-header').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Calculer le score' }).isVisible()).toBe(false);
    expect(await page.getByLabel('Fin de la période d’apprentissage').isVisible()).toBe(false);
    expect(await page.getByLabel('Choisir un fichier (CSV ou texte)').isVisible()).toBe(false);
    expect(await page.getByRole('table', { name: 'Les cinq segments du cours' }).isVisible()).toBe(true);
    const riskiest = page.getByRole('table', { name: /Les 200 clients les plus à risque/ });
    expect(await riskiest.locator('tbody tr').count()).toBe(200);
    const box = await riskiest.evaluate((table) => {
      const scroller = table.closest('.table-scroll')!;
      return { client: scroller.clientHeight, scroll: scroller.scrollHeight };
    });
    expect(box.client).toBeGreaterThanOrEqual(box.scroll);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('#main-nav').isVisible()).toBe(true);
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

  it('« Arrêter » on an export or an RFM after a score: the fresh worker gets the score back, the next export has it (fixScore29 Left)', async () => {
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
    await page.getByTestId('fitted-parameters').waitFor({ timeout: 30_000 });
    const exported = async () => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter les clients notés (CSV)' }).click()]);
      let text = '';
      for await (const chunk of await download.createReadStream()) text += chunk.toString('utf8');
      return { name: download.suggestedFilename(), text };
    };
    const before = await exported();
    expect(before.text.split('\r\n')[0]).toContain(';proba_actif_au_1997-09-30;');
    // the next request of a kind never reaches the worker: a step that runs until « Arrêter » ends that worker
    await page.evaluate(() => {
      const post = Worker.prototype.postMessage;
      Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: never[]) {
        const held = (window as unknown as { heldKind?: string | null }).heldKind;
        if (held && (message as { request?: { kind?: string } } | null)?.request?.kind === held) {
          (window as unknown as { heldKind?: string | null }).heldKind = null;
          return;
        }
        return post.call(this, message, ...rest);
      } as typeof post;
    });
    const stopDuring = async (kind: string, start: () => Promise<void>, busy: string) => {
      await page.evaluate((k) => ((window as unknown as { heldKind?: string | null }).heldKind = k), kind);
      await start();
      const status = page.locator('.busy[role="status"]', { hasText: busy });
      await status.getByRole('button', { name: 'Arrêter' }).click();
      const stopped = page.locator('.stopped[role="status"]');
      await stopped.waitFor();
      await page.locator('.busy[role="status"]').waitFor({ state: 'detached', timeout: 30_000 });
      return (await stopped.textContent())!.replace(/[\u00a0\u202f]/g, ' ');
    };
    const kept = 'Les achats importés, le RFM au 30 juin 1998 et le score (fin d’apprentissage au 30 septembre 1997) sont gardés.';

    const afterExport = await stopDuring('exportCsv', () => page.getByRole('button', { name: 'Exporter les clients notés (CSV)' }).click(), 'Préparation du fichier…');
    expect(await exported()).toEqual(before);
    expect(afterExport).toBe(`Préparation du fichier arrêtée : rien n’a été téléchargé. ${kept}`);

    await page.getByLabel('Date d’analyse').fill('1998-03-31');
    const afterRfm = await stopDuring('rfm', () => page.getByRole('button', { name: 'Calculer le RFM' }).click(), 'Calcul du RFM…');
    expect(await exported()).toEqual(before);
    expect(afterRfm).toBe(`Calcul du RFM arrêté : aucun nouveau RFM n’est calculé. ${kept}`);
    expect(errors).toEqual([]);
    await context.close();
  });
});
