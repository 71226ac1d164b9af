/**
 * The debrief on a classroom projector in real Chromium (QA teacher #8, #10): a 1280 x 720 screen
 * at 150 % (853 x 480 CSS px, device scale 1.5) with the projector display. « Et si… ? » does not
 * scroll the page sideways; the Bilan's objectives table scrolls in its own box, which brings its
 * last column into view; the branch's result file says it is a branch in its name; in the class
 * view the wide table scrolls in its own box (keyboard-focusable) and the student's name stays in
 * view when it is scrolled, with the run's name under it.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { BASE_URL, launchBrowser } from './browser.ts';
import { nav, poll, startBakery, tickLabel } from './student.ts';

const WIDTH = 853;

/** The page's width against the window's: wider means the whole page scrolls sideways. */
function pageWidth(page: Page): Promise<{ scrollWidth: number; innerWidth: number }> {
  return page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth }));
}

describe('the debrief on a projector (853 x 480 at 150 %)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('keeps what-if, the Bilan and the class view within the screen, tables scrolling in their own box', async () => {
    const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: WIDTH, height: 480 }, deviceScaleFactor: 1.5, acceptDownloads: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await startBakery(page, `${BASE_URL}?display=projector`);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('20px');
    for (const week of [2, 3]) {
      await page.getByRole('button', { name: 'Avancer d’une semaine' }).click();
      await poll(() => tickLabel(page)).toBe(`Semaine ${week} / 52, à jouer`);
    }

    // « Et si… ? »: a branch from week 2, both timelines listed and compared
    await nav(page).getByRole('link', { name: 'Et si… ?' }).click();
    await page.getByRole('heading', { level: 2, name: 'Et si… ?' }).waitFor();
    await page.getByRole('button', { name: 'Et si… ? Rejouer la semaine 2 et la suite' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Rejouer à partir de la semaine 2' }).click();
    await poll(() => page.getByTestId('whatif-status').textContent()).toMatch(/Vous jouez maintenant/);
    await page.getByRole('link', { name: 'Aller aux décisions' }).click();
    await page.getByRole('heading', { level: 2, name: 'Décisions' }).waitFor();
    await page.getByRole('button', { name: 'Avancer d’une semaine' }).click();
    await poll(() => tickLabel(page)).toBe('Semaine 3 / 52, à jouer');
    await nav(page).getByRole('link', { name: 'Et si… ?' }).click();
    await page.getByTestId('whatif-difference').waitFor();
    expect(await pageWidth(page)).toEqual({ scrollWidth: WIDTH, innerWidth: WIDTH });

    // the branch's Bilan: the objectives table scrolls in its own box, its last column reachable
    await nav(page).getByRole('link', { name: 'Décisions' }).click();
    await page.getByRole('button', { name: 'Aller jusqu’à la fin' }).click();
    // the bar asks first (QA tablet #2)
    await page.getByRole('button', { name: /^Jouer (les \d+ (semaines|mois)|la dernière semaine|le dernier mois)$/ }).click();
    await expect.poll(() => tickLabel(page), { timeout: 180_000 }).toMatch(/Partie terminée/);
    await nav(page).getByRole('link', { name: 'Bilan' }).click();
    const objectives = page.getByRole('region', { name: 'Tableau : Objectifs du scénario' });
    await objectives.waitFor();
    expect(await pageWidth(page)).toEqual({ scrollWidth: WIDTH, innerWidth: WIDTH });
    await objectives.focus();
    await objectives.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    const last = (await objectives.getByRole('columnheader', { name: 'Seuil franchi pour la première fois' }).boundingBox())!;
    expect(last.x + last.width).toBeLessThanOrEqual(WIDTH);

    // its result file is named as a branch
    await page.getByLabel(/^Votre nom/).fill('Bruno Petit');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Télécharger le fichier de résultat' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('fidelis-resultat-bruno-petit-boulangerie-du-marche-semaine-52-et-si-semaine-2.json');
    const path = (await download.path())!;

    // the class view on the projector: the table scrolls in its box, the name stays in view
    const teacher = await context.newPage();
    teacher.on('pageerror', (e) => errors.push(String(e)));
    await teacher.goto(`${BASE_URL}?display=projector#/class`);
    await teacher.getByRole('heading', { level: 2, name: 'Vue classe' }).waitFor();
    // with a file cut before its end: on the projector it is no row, only counted (QA qa14 C1)
    const cut = { name: 'coupe.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "fidelis-result", "learner": "Trunc"') };
    await teacher.getByLabel('Choisir des fichiers de résultat').setInputFiles([{ name: download.suggestedFilename(), mimeType: 'application/json', buffer: readFileSync(path) }, cut]);
    await teacher.getByText('Vérification terminée : 1 confirmé, 0 réfuté, 1 invalide.').waitFor({ timeout: 60_000 });
    const table = teacher.getByRole('region', { name: /^Tableau : Résultats de la classe/ });
    expect(await table.locator('tbody tr').count()).toBe(1);
    expect(await table.getByText(/coupe\.json|Trunc|sans nom|invalide/).count()).toBe(0);
    await teacher.getByText(/^1 fichier illisible, non classé/).waitFor();
    expect(await teacher.getByRole('region', { name: 'Fichiers illisibles' }).count()).toBe(0);
    const name = table.getByRole('rowheader', { name: /Bruno Petit/ });
    // the run's name beside the learner's, out of the row's header (QA qa27class M2)
    expect(await table.locator('tbody tr .file-cell').textContent()).toMatch(/Nom de la partie\s*:\s*Boulangerie du Marché \(\d+\) — et si… \(à partir de la semaine 2\)/);
    expect(await pageWidth(teacher)).toEqual({ scrollWidth: WIDTH, innerWidth: WIDTH });
    // projector display keeps only rank, name, gap, points and net margin (bef2a64): the table fits its box
    expect(await table.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
    const box = (await table.boundingBox())!;
    const shown = (await name.boundingBox())!;
    expect(shown.x).toBeGreaterThanOrEqual(box.x - 1);
    expect(shown.x + shown.width).toBeLessThanOrEqual(box.x + box.width);

    expect(errors).toEqual([]);
    await context.close();
  }, 400_000);
});
