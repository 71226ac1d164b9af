/**
 * The class view in real Chromium: a teacher imports a class's result files (made here with the
 * engine under Node, as learners' apps would), each is replayed in the browser (worker), then
 * ranked in the table, drawn in the chart (real canvas) and exported as CSV.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { BASE_URL, launchBrowser, newPage } from './browser.ts';
import { resultFile } from './resultFiles.ts';

describe('class view in real Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('verifies, ranks, charts and exports a class', async () => {
    const files = [
      resultFile('Anna', [{ tick: 0, actions: [{ type: 'lienSocial', instrument: 'club', target: {} }] }]),
      resultFile('Bruno', [{ tick: 1, actions: [{ type: 'financier', instrument: 'coupon', target: {}, discountRate: 0.15 }] }]),
      resultFile('Chloé', [{ tick: 0, actions: [{ type: 'personnalisation', instrument: 'relancePersonnalisee', target: { segments: ['futurNonClient'] } }] }]),
      resultFile('Driss', []),
      resultFile('Éva', [{ tick: 2, actions: [{ type: 'politiqueReclamations', level: 'rapide' }] }], {
        tamper: (f) => void (f.summary.cumulativeTurnover += 1000),
      }),
      { name: 'devoir.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"fidelis-result","__proto__":{"x":1}}') },
    ];
    const { page, errors, context } = await newPage(browser);
    await context.addInitScript(() => localStorage.setItem('fidelis.tourSeen', '1'));
    await page.goto(`${BASE_URL}#/class`);
    await page.getByRole('heading', { level: 2, name: 'Vue classe' }).waitFor();
    const engineWorkers = () => page.workers().filter((w) => /engine\.worker/.test(w.url())).length;
    const before = engineWorkers();
    await page.getByLabel('Choisir des fichiers de résultat').setInputFiles(files);
    await page.getByText('Vérification terminée : 4 confirmés, 1 réfuté, 1 invalide.').waitFor({ timeout: 60_000 });

    // replayed off the page's thread, in the class view's own pool of engine workers
    expect(engineWorkers()).toBeGreaterThan(before);

    const table = page.getByRole('table');
    const rows = table.locator('tbody tr');
    // the unreadable file is no row of the ranked table: listed under it (QA qa14 C1)
    expect(await rows.count()).toBe(5);
    const ranks = await rows.locator('td:first-child').allTextContents();
    expect(ranks.filter((r) => /^\d+$/.test(r)).length).toBe(4);
    expect(ranks.includes('1')).toBe(true);
    await expect.poll(() => table.getByRole('row', { name: /Éva/ }).textContent()).toMatch(/réfuté/);
    expect(await table.getByText(/devoir\.json/).count()).toBe(0);
    const unreadable = page.getByRole('region', { name: 'Fichiers illisibles' });
    expect(await unreadable.locator(':scope > ul > li').filter({ hasText: 'devoir.json' }).textContent()).toMatch(/invalide/);
    await unreadable.getByRole('button', { name: 'Retirer devoir.json' }).waitFor();

    // the chart is really drawn on a canvas
    const drawn = await page.locator('.class-chart canvas').evaluate((c: HTMLCanvasElement) => {
      const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) return true;
      return false;
    });
    expect(drawn).toBe(true);

    // sorting by learner, then the CSV download
    await table.getByRole('button', { name: /^Élève/ }).click();
    expect(await table.getByRole('columnheader', { name: /Élève/ }).getAttribute('aria-sort')).toBe('ascending');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Exporter en CSV' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('fidelis-classe.csv');
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split('\r\n').filter((l) => l !== '');
    // header, six files, then the game's « sans action (même graine) » reference, never ranked
    expect(lines).toHaveLength(8);
    expect(lines[1]).toMatch(/;Anna;/);
    expect(lines[7]).toMatch(/^réf\.;Sans action \(même graine\);/);

    // Éva's file changed its turnover only: that figure alone is struck
    expect(await table.getByRole('row', { name: /Éva/ }).locator('s').count()).toBe(1);

    // the same files imported again (the class folder a second time) are recognised, not added twice
    await page.getByLabel('Choisir des fichiers de résultat').setInputFiles([files[0], { ...files[1], name: 'copie.json' }]);
    await page.getByText(/^2 fichiers déjà présents dans la classe \(même contenu\) n’ont pas été ajoutés une seconde fois\u00a0: .*copie\.json \(identique à /).waitFor();
    expect(await rows.count()).toBe(5);
    await page.getByText('Vérification terminée : 4 confirmés, 1 réfuté, 1 invalide.').waitFor();

    // Escape on the clear confirmation gives the focus back to the button that opened it, not to the page body
    const clear = page.getByRole('button', { name: 'Effacer la classe…' });
    await clear.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('alertdialog').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('alertdialog').waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Effacer la classe…');
    expect(await rows.count()).toBe(5);
    expect(errors).toEqual([]);
    await context.close();
  });
});
