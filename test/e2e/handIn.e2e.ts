/**
 * Handing in before the end of the game, in real Chromium: a student plays 3 periods of the
 * bakery, hands in from the Bilan (« Rendre mon travail maintenant »), and the teacher imports
 * that very download in the class view: confirmed by a replay of its 3 periods, marked « partie en
 * cours : 3 / 52 périodes » and not ranked.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { readResultFile } from '../../src/results/readResultFile.ts';
import { BASE_URL, launchBrowser, newPage } from './browser.ts';
import { nav, poll, startBakery, tickLabel } from './student.ts';

describe('handing in a game in progress', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('plays 3 periods, hands in from the Bilan, and the class view shows the file as a game in progress', async () => {
    const { page, errors, context } = await newPage(browser);
    await startBakery(page);
    const advance = page.getByRole('button', { name: 'Avancer d’une semaine' });
    for (const week of [2, 3, 4]) {
      await advance.click();
      await poll(() => tickLabel(page)).toBe(`Semaine ${week} / 52, à jouer`);
    }

    // the Bilan of an unfinished game: two ways to hand in, explained
    await nav(page).getByRole('link', { name: 'Bilan' }).click();
    await page.getByRole('heading', { level: 2, name: /^Bilan — Boulangerie du Marché/ }).waitFor();
    await page.getByText('Partie en cours : 3 semaines jouées sur 52.', { exact: false }).waitFor();
    expect(await page.getByRole('region', { name: 'Aller jusqu’à la fin' }).textContent()).toMatch(/49 semaines restantes avec les décisions en vigueur/);

    await page.getByLabel(/^Votre nom/).fill('Léa Martin');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Rendre mon travail maintenant' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('fidelis-resultat-lea-martin-boulangerie-du-marche-semaine-3.json');
    const path = (await download.path())!;
    const read = readResultFile(readFileSync(path, 'utf8'));
    if (!read.ok) throw new Error(read.errors.join('; '));
    expect(read.file.ticks).toBe(3);
    expect(read.file.scenario.durationTicks).toBe(52);
    // handing in does not move the game
    expect(await tickLabel(page)).toBe('Semaine 4 / 52, à jouer');

    // the teacher's class view, in another tab of the same browser
    const teacher = await context.newPage();
    teacher.on('pageerror', (e) => errors.push(String(e)));
    await teacher.goto(`${BASE_URL}#/class`);
    await teacher.getByRole('heading', { level: 2, name: 'Vue classe' }).waitFor();
    await teacher.getByLabel('Choisir des fichiers de résultat').setInputFiles(path);
    await teacher.getByText('Vérification terminée : 1 confirmé, 0 réfuté, 0 invalide.').waitFor({ timeout: 60_000 });
    const row = teacher.getByRole('table').getByRole('row', { name: /Léa Martin/ });
    expect(await row.textContent()).toMatch(/partie en cours\u00a0: 3 \/ 52 semaines, non classée/);
    expect(await row.locator('td').first().textContent()).toBe('—');
    await teacher.getByRole('note').getByText(/1 fichier de partie en cours/).waitFor();

    expect(errors).toEqual([]);
    await context.close();
  });
});
