/**
 * Objectives adjusted to a class link's seed, end to end in real Chromium (course expert M1): a class
 * link plays the bakery on seed 1; the dashboard says each figure target moved by what doing nothing
 * gives on that seed (« Ne pas brader » 152 000 € → 170 505 €); the student hands in after one period
 * and the teacher's class view confirms that file (its adjusted targets recomputed by replay) and
 * refutes a copy whose adjusted margin target was lowered, and a copy whose adjustment was deleted
 * (the file says it was made with the adjustment: seedAdjustment).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { BASE_URL, launchBrowser, newPage } from './browser.ts';
import { nav, poll, tickLabel } from './student.ts';

describe('objectives adjusted to the class seed', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('says the adjusted targets on the dashboard, and the class view confirms the file and refutes lowered targets', async () => {
    const { page, errors, context } = await newPage(browser);
    await page.goto(`${BASE_URL}?shop=boulangerie-du-marche&seed=1&lang=fr`);
    // the teacher chose the seed: said to the students without « graine » (QA qa31lesson n4)
    await page.locator('[data-scenario="boulangerie-du-marche"]').getByText(/^Objectifs ajustés pour cette séance\u00a0: les cibles chiffrées ci-dessus/).waitFor();
    await page.getByRole('button', { name: /Commencer « Boulangerie du Marché »/ }).click();
    await page.getByRole('heading', { level: 2, name: 'Décisions' }).waitFor({ timeout: 60_000 });
    await page
      .getByTestId('tick-label')
      .filter({ hasText: /^Semaine 1 \/ 52, à jouer$/ })
      .waitFor({ timeout: 60_000 });

    await page.getByRole('button', { name: 'Avancer d’une semaine' }).click();
    await poll(() => tickLabel(page)).toBe('Semaine 2 / 52, à jouer');
    await nav(page).getByRole('link', { name: 'Tableau de bord' }).click();
    const panel = page.getByRole('region', { name: 'Objectifs' });
    await panel.getByText(/^Objectifs ajustés à la graine 1\u00a0: ceux du commerce sont réglés pour la graine 1907/).waitFor();
    expect(await panel.locator('[data-objective="marge"] .adjusted').textContent()).toMatch(
      /^Objectif ajusté à la graine 1\u00a0: ≥ 152\u202f000\u00a0€ → ≥ 170\u202f505\u00a0€ \(sans action, cette graine rapporte 18\u202f505\u00a0€ de plus que la graine de référence\)$/,
    );
    expect(await panel.textContent()).not.toMatch(/réglés pour une autre graine/);
    // the objective's own label writes the target the run is graded on, not the scenario's
    expect(await panel.locator('[data-objective="marge"] .label strong').textContent()).toMatch(/au moins 170\u202f505\u202f€ de marge nette/);

    await nav(page).getByRole('link', { name: 'Bilan' }).click();
    await page.getByLabel(/^Votre nom/).fill('Léa Martin');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Rendre mon travail maintenant' }).click();
    const honest = readFileSync((await (await downloading).path())!, 'utf8');
    const file = JSON.parse(honest);
    expect(file.seed).toBe(1);
    expect(file.scenario.objectives.find((o: { id: string }) => o.id === 'marge').target).toBe(152_000);
    expect(file.seedTargets.objectives.find((o: { id: string }) => o.id === 'marge')).toMatchObject({ base: 152_000, target: 170_505 });
    expect(file.seedAdjustment).toBe(true);
    // a copy whose adjustment was deleted (graded on the scenario's own targets): refuted, the reason said
    const stripped = structuredClone(file);
    stripped.learner = 'Léa Martin (sans ajustement)';
    delete stripped.seedTargets;
    file.learner = 'Léa Martin (retouché)';
    file.seedTargets.objectives.find((o: { id: string }) => o.id === 'marge').target = 150_000;

    const teacher = await context.newPage();
    teacher.on('pageerror', (e) => errors.push(String(e)));
    await teacher.goto(`${BASE_URL}#/class`);
    await teacher.getByRole('heading', { level: 2, name: 'Vue classe' }).waitFor();
    await teacher.getByLabel('Choisir des fichiers de résultat').setInputFiles([
      { name: 'lea.json', mimeType: 'application/json', buffer: Buffer.from(honest) },
      { name: 'lea-retouche.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file, null, 2)) },
      { name: 'lea-sans-ajustement.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(stripped, null, 2)) },
    ]);
    await teacher.getByText('Vérification terminée : 1 confirmé, 2 réfutés, 0 invalide.').waitFor({ timeout: 120_000 });
    const table = teacher.getByRole('table');
    const refuted = table.getByRole('row', { name: /Léa Martin \(retouché\)/ });
    expect(await refuted.textContent()).toMatch(/réfuté/);
    await refuted.getByText('Détails').click();
    expect(await refuted.textContent()).toMatch(/objectifs ajustés à la graine/);
    const removed = table.getByRole('row', { name: /Léa Martin \(sans ajustement\)/ });
    expect(await removed.textContent()).toMatch(/réfuté/);
    await removed.getByText('Détails').click();
    expect(await removed.textContent()).toMatch(/ajustement des objectifs à la graine retiré du fichier/);
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);
});
