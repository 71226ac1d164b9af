/**
 * Mission files on a projector at 1280 x 720, browser zoom 150 % (QA qa28class55 F1): a ten-line
 * paragraph sat above the rows, each row was taller than the screen and the empty « Écart avec
 * « sans action » » column kept its width, so « who passed missions 1 and 2 » took a screen a
 * learner. Now the explanation is folded, each learner is one line of marks, the empty column is
 * left out, and the table's box takes the screen's height with its header row held at the top.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import * as engine from '../../src/engine/index.ts';
import { exportResultFile } from '../../src/results/buildResultFile.ts';
import type { HandedMissions } from '../../src/results/resultFileSchema.ts';
import { missionScenario } from '../../src/missions/missionScenario.ts';
import type { Mission } from '../../src/missions/schema.ts';
import { fixtureScenario } from '../fixtures/scenario.ts';
import { playedResultFile } from '../fixtures/playedResultFile.ts';
import { BASE_URL, launchBrowser, newPage } from './browser.ts';

const base = fixtureScenario();
const deux = { id: 'deux', title: { fr: 'Mission deux' }, objective: { fr: '…' }, durationTicks: 4, unlocks: [], check: { kind: 'objective', metric: 'budgetLeft', comparator: '>=', target: 0, requires: [] } } as unknown as Mission;
const attempt = (number: number, outcome: 'reussie' | 'echouee') => ({ number, id: number === 1 ? 'un' : 'deux', title: { fr: `Mission ${number}` }, outcome, attempts: 1, at: '2026-12-05T11:00:00.000Z' });

/** `learner`'s file of mission 2, mission 1 passed, mission 2 passed or failed. */
function missionFile(learner: string, passed: boolean) {
  const missions: HandedMissions = { shop: base.id, total: 2, current: 2, attempted: [attempt(1, 'reussie'), attempt(2, passed ? 'reussie' : 'echouee')] };
  const decisions = passed ? [{ tick: 0, actions: [{ type: 'lienSocial' as const, instrument: 'club' as const, target: {} }] }] : [];
  const file = playedResultFile(learner, decisions, { scenario: missionScenario(base, deux, 1), seed: 42, ticks: 4, modelFingerprint: engine.modelFingerprint(), missions });
  return { name: `${learner}-mission-2.json`, mimeType: 'application/json', buffer: Buffer.from(exportResultFile(file).text) };
}

const LEARNERS = ['Alice', 'Bob', 'Chloé', 'David', 'Emma', 'Farid', 'Gaëlle', 'Hugo', 'Inès', 'Jules', 'Kenza', 'Léo'];

describe('mission files on a projector at 150 %', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows one line a learner, the explanation folded, no empty column, in a box as tall as the screen', async () => {
    // 1280 x 720 at 150 %: 853 x 480 CSS pixels
    const { page, errors, context } = await newPage(browser, { viewport: { width: 853, height: 480 }, deviceScaleFactor: 1.5 });
    await context.addInitScript(() => localStorage.setItem('fidelis.tourSeen', '1'));
    await page.goto(`${BASE_URL}#/class`);
    await page.getByRole('heading', { level: 2, name: 'Vue classe' }).waitFor();
    await page.getByRole('checkbox', { name: 'Affichage projecteur' }).check();
    await page.getByLabel('Choisir des fichiers de résultat').setInputFiles(LEARNERS.map((name, i) => missionFile(name, i % 3 !== 1)));
    await page.getByText(`Vérification terminée : ${LEARNERS.length} confirmés, 0 réfuté, 0 invalide.`).waitFor({ timeout: 90_000 });

    const region = page.getByRole('region', { name: /Résultats de la classe/ });
    await region.evaluate((el) => el.scrollIntoView());
    // the group's explanation is folded, its summary in view
    await expect.poll(() => region.getByText('Comment lire ces lignes').isVisible()).toBe(true);
    expect(await region.getByText(/La colonne Vérification dit ce que le rejeu a vérifié/).isVisible()).toBe(false);
    // no game to compare with doing nothing: the column is not shown
    expect(await region.getByRole('columnheader', { name: /Écart avec « sans action »/ }).isVisible()).toBe(false);
    expect(await region.getByText('sans objet (mission)').first().isVisible()).toBe(false);

    const layout = await region.evaluate((box) => {
      const rows = [...box.querySelectorAll<HTMLElement>('tbody.mission-files tr:not(.group)')];
      const name = rows[0].querySelector<HTMLElement>('th[scope="row"]')!;
      return {
        box: box.getBoundingClientRect().height,
        line: parseFloat(getComputedStyle(name).lineHeight),
        heights: rows.map((r) => r.getBoundingClientRect().height),
        sideways: box.scrollWidth > box.clientWidth,
      };
    });
    // as tall as the screen (less its margin), not a few lines
    expect(layout.box).toBeGreaterThan(480 * 0.9);
    // one line a learner (its padding aside): mission 1 and 2's marks side by side, the details folded
    for (const height of layout.heights) expect(height).toBeLessThan(layout.line * 1.8);
    expect(layout.sideways).toBe(false);

    // scrolled to the last learners, the header row stays at the top of the box
    await region.evaluate((el) => (el.scrollTop = el.scrollHeight));
    const header = (await region.getByRole('columnheader', { name: /Élève/ }).boundingBox())!;
    const boxTop = (await region.boundingBox())!.y;
    expect(Math.abs(header.y - boxTop)).toBeLessThan(2);
    const last = (await region.locator('tbody.mission-files tr').last().boundingBox())!;
    expect(last.y + last.height).toBeLessThanOrEqual(boxTop + layout.box + 1);

    // the folded explanation opens
    await region.getByText('Comment lire ces lignes').click();
    expect(await region.getByText(/La colonne Vérification dit ce que le rejeu a vérifié/).isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);
});
