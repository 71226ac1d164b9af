/**
 * Replay verification end to end in real Chromium: a learner plays a whole game (one decision,
 * then to the end), downloads the result file from the debrief; the teacher imports it in the class view (confirmed) beside a copy
 * whose margin was inflated by hand (refuted: the tampered file is refused).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { BASE_URL, launchBrowser, newPage } from './browser.ts';

describe('verifying a result file made by the app', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('confirms the honest file and refuses the tampered one', async () => {
    const { page, errors, context } = await newPage(browser);
    page.setDefaultTimeout(60_000);
    await context.addInitScript(() => localStorage.setItem('fidelis.tourSeen', '1'));
    await page.goto(BASE_URL);
    await page.getByRole('button', { name: /Commencer « Boulangerie du Marché »/ }).click();
    await page.getByRole('heading', { level: 2, name: 'Décisions' }).waitFor({ timeout: 60_000 });
    await page.getByRole('radio', { name: 'Lien social', exact: true }).check();
    await page.getByRole('button', { name: /Appliquer à la cible/ }).click();
    await page.getByRole('button', { name: 'Avancer d’une semaine' }).click();
    await expect.poll(() => page.getByTestId('tick-label').textContent(), { timeout: 30_000 }).toBe('Semaine 2 / 52, à jouer');
    // the debrief and its result file come once the game is over
    await page.getByRole('button', { name: 'Aller jusqu’à la fin' }).click();
    // the bar asks first (QA tablet #2)
    await page.getByRole('button', { name: /^Jouer (les \d+ (semaines|mois)|la dernière semaine|le dernier mois)$/ }).click();
    // the bar's status (the closed forms say it too since ea8e0ce)
    await page.getByRole('status').filter({ hasText: 'La partie est terminée' }).waitFor({ timeout: 120_000 });

    // the learner's side: the result file from the debrief
    await page.goto(`${BASE_URL}#/debrief`);
    await page.getByLabel(/^Votre nom/).fill('Léa Dubois');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Télécharger le fichier de résultat' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('fidelis-resultat-lea-dubois-boulangerie-du-marche-semaine-52.json');
    const honest = readFileSync((await download.path())!, 'utf8');
    const file = JSON.parse(honest);
    expect(file.decisions).toHaveLength(1);
    file.learner = 'Léa Dubois (retouché)';
    file.summary.cumulativeNetMargin += 5000;
    const tampered = JSON.stringify(file, null, 2);

    // the teacher's side: the class view replays both
    await page.goto(`${BASE_URL}#/class`);
    await page.getByRole('heading', { level: 2, name: 'Vue classe' }).waitFor();
    await page.getByLabel('Choisir des fichiers de résultat').setInputFiles([
      { name: 'lea.json', mimeType: 'application/json', buffer: Buffer.from(honest) },
      { name: 'lea-retouche.json', mimeType: 'application/json', buffer: Buffer.from(tampered) },
    ]);
    await page.getByText('Vérification terminée : 1 confirmé, 1 réfuté, 0 invalide.').waitFor({ timeout: 90_000 });
    const table = page.getByRole('table');
    // each row named by its rank and learner: since the same-result badge (8a657e9, « résultat identique » since c3d59393) each row also names the other's file
    expect(await table.getByRole('row', { name: /^1 Léa Dubois résultat identique/ }).textContent()).toMatch(/confirmé/);
    const refuted = table.getByRole('row', { name: /^— Léa Dubois \(retouché\)/ });
    expect(await refuted.textContent()).toMatch(/réfuté/);
    await refuted.getByText('Détails').click();
    expect(await refuted.textContent()).toMatch(/marge nette cumulée\u00a0: le fichier indique/);
    expect(errors).toEqual([]);
    await context.close();
  });
});
