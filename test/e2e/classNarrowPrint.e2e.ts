/**
 * QA qa31lesson m8 and n2. At 150 % zoom (a 853 x 480 viewport) the class table was 1 202 px wide in an 821 px box and a
 * student's Bilan opened from it, projector on, scrolled sideways too: both now fit the page's width. Printed, the table's
 * header row was on its first page only (Chromium repeats no header holding a button) and the sort hint and the chart's
 * select were printed: the header is on every page of the table, the hint and select are not on paper.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { BASE_URL, launchBrowser, newPage } from './browser.ts';
import { resultFile } from './resultFiles.ts';
import { pdfPagesText } from './pdfText.ts';

/** a realistic class: each learner a plan of their own, files renamed alike as a teacher's downloads can be */
function classFiles(count: number) {
  return Array.from({ length: count }, (_, i) => {
    const learner = `Élève ${String(i + 1).padStart(2, '0')} Martin-Lefèvre`;
    const decisions = [
      { tick: i % 4, actions: [{ type: 'financier', instrument: 'coupon', target: {}, discountRate: 0.05 + (i % 4) * 0.05 }] },
      ...(i % 2 ? [{ tick: 5, actions: [{ type: 'lienSocial', instrument: 'club', target: {} }] }] : []),
    ];
    const file = resultFile(learner, decisions as never);
    return { ...file, name: `s${i}-${file.name}` };
  });
}

async function importClass(page: Page, count: number): Promise<void> {
  await page.goto(`${BASE_URL}#/class`);
  await page.getByRole('heading', { level: 2, name: 'Vue classe' }).waitFor();
  await page.getByLabel('Choisir des fichiers de résultat').setInputFiles(classFiles(count));
  await page.getByText(`Vérification terminée : ${count} confirmés, 0 réfuté, 0 invalide.`).waitFor({ timeout: 120_000 });
}

/** whether the page scrolls sideways, and the boxes in `main` that do */
const sideways = (page: Page) =>
  page.evaluate(() => ({
    page: document.documentElement.scrollWidth > document.documentElement.clientWidth,
    boxes: [...document.querySelectorAll('main table, main [role="region"], main .table-scroll')]
      .filter((el) => el.scrollWidth > el.clientWidth + 1)
      .map((el) => `${el.tagName}#${el.id}.${el.className}`),
  }));

describe('the class view at 150 % zoom and on paper (QA qa31lesson)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('fits the class table and a student’s Bilan in a 853 x 480 window, every figure there', async () => {
    const { page, errors, context } = await newPage(browser, { viewport: { width: 853, height: 480 } });
    await context.addInitScript(() => localStorage.setItem('fidelis.tourSeen', '1'));
    await importClass(page, 5);
    const region = page.getByRole('region', { name: /Résultats de la classe/ });
    expect(await sideways(page)).toEqual({ page: false, boxes: [] });
    // the figures are all there, the game said once in the caption instead of a « Scénario » column alike on every row
    for (const header of ['Points', 'CA cumulé', 'Marge nette cumulée', 'Rétention sur un an', 'Stratégies utilisées', 'Décisions']) await region.getByRole('columnheader', { name: header }).waitFor();
    expect(await region.locator('caption').innerText()).toMatch(/Boutique de test, graine 11/);
    expect(await region.getByRole('row').nth(1).innerText()).toMatch(/€[\s\S]*%/);

    await region.getByRole('button', { name: /^Voir le bilan/ }).first().click();
    await page.getByRole('heading', { name: /Objectifs/ }).first().waitFor();
    expect(await sideways(page)).toEqual({ page: false, boxes: [] });
    await page.getByRole('checkbox', { name: /Affichage projecteur/ }).check();
    expect(await sideways(page)).toEqual({ page: false, boxes: [] });
    expect(errors).toEqual([]);
    await context.close();
  }, 240_000);

  it('prints the header row on every page of the table, without the sort hint nor the chart’s select', async () => {
    const { page, errors, context } = await newPage(browser);
    await context.addInitScript(() => localStorage.setItem('fidelis.tourSeen', '1'));
    await importClass(page, 24);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByText('(activez un en-tête de colonne pour trier)').isVisible()).toBe(false);
    expect(await page.getByLabel('Indicateur du graphique').isVisible()).toBe(false);
    expect(await page.getByText(/^Indicateur du graphique\s:\s/).isVisible()).toBe(true);
    const pages = pdfPagesText(await page.pdf({ preferCSSPageSize: true })).map((text) => text.replace(/\s+/g, ''));
    const withRows = pages.filter((text) => /Élève\d\dMartin/.test(text));
    expect(withRows.length).toBeGreaterThan(1);
    // each page with learners' rows has the header row above them (« Vérification » is drawn with its « fi » ligature)
    for (const text of withRows) expect(text).toMatch(/Rang.*Élève.*Véri.*cation.*Points/);
    expect(pages.join('')).not.toContain('pourtrier');
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);
});
