/**
 * Deleting the « Et si… ? » branch being played, from the saved games (QA qa13 W2): the confirmation says the game in
 * progress closes and its original reopens; once deleted, the original is the game in progress (« Et si… ? » shows its
 * periods, not « Choisissez ou reprenez d’abord une partie »). In real Chromium.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newPage } from './browser.ts';
import { nav, openWhatIf, poll, startBakery, tickLabel } from './student.ts';
import { storedRunRecords } from './studentSteps.ts';
import type { RunRecord } from '../../src/db/schema.ts';

describe('deleting the branch being played', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('says the game closes, then reopens its original', async () => {
    const { page, errors, context } = await newPage(browser);
    await startBakery(page);
    await page.getByRole('button', { name: 'Avancer de 4 semaines' }).click();
    await poll(() => tickLabel(page)).toBe('Semaine 5 / 52, à jouer');
    await openWhatIf(page);
    await page.getByRole('combobox', { name: 'Choisir une semaine' }).selectOption({ label: 'Semaine 3' });
    await page.getByRole('button', { name: 'Et si… ? Rejouer la semaine 3 et la suite' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Rejouer à partir de la semaine 3' }).click();
    await poll(() => tickLabel(page)).toBe('Semaine 3 / 52, à jouer');

    await nav(page).getByRole('link', { name: 'Accueil' }).click();
    await page.getByRole('button', { name: /^Supprimer «.* et si…/ }).click();
    const dialog = page.getByRole('alertdialog');
    expect(await dialog.textContent()).toMatch(/C’est la partie en cours\s*: elle sera fermée, et sa partie d’origine «\s*Boulangerie du Marché \(\d+\)\s*» rouverte\./);
    await dialog.getByRole('button', { name: 'Supprimer définitivement' }).click();
    await poll(() => page.getByRole('region', { name: 'Messages' }).textContent()).toMatch(/Partie en cours\s*: «\s*Boulangerie du Marché \(\d+\)\s*»/);
    await poll(() => tickLabel(page)).toBe('Semaine 5 / 52, à jouer');

    await openWhatIf(page);
    await poll(() => page.getByRole('table', { name: 'Semaines passées', exact: true }).locator('tbody tr').count()).toBe(4);
    expect(await page.getByRole('button', { name: 'Et si… ? Rejouer la semaine 4 et la suite' }).count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });
  it('keeps a deleted branch’s own branch in the family, re-attached to the original, in IndexedDB too (QA qa28whatif M2)', async () => {
    const { page, errors, context } = await newPage(browser);
    await startBakery(page);
    await page.getByRole('button', { name: 'Avancer de 4 semaines' }).click();
    await poll(() => tickLabel(page)).toBe('Semaine 5 / 52, à jouer');
    const branchAt = async (week: number) => {
      await openWhatIf(page);
      await page.getByRole('combobox', { name: 'Choisir une semaine' }).selectOption({ label: `Semaine ${week}` });
      await page.getByRole('button', { name: `Et si… ? Rejouer la semaine ${week} et la suite` }).click();
      await page.getByRole('alertdialog').getByRole('button', { name: `Rejouer à partir de la semaine ${week}` }).click();
      await poll(() => tickLabel(page)).toBe(`Semaine ${week} / 52, à jouer`);
    };
    await branchAt(2);
    await page.getByRole('link', { name: 'Aller aux décisions' }).click();
    await page.getByRole('heading', { level: 2, name: 'Décisions' }).waitFor();
    await page.getByRole('button', { name: 'Avancer de 4 semaines' }).click();
    await poll(() => tickLabel(page)).toBe('Semaine 6 / 52, à jouer');
    await branchAt(4);

    // delete the middle branch (week 2), not the one being played
    await nav(page).getByRole('link', { name: 'Accueil' }).click();
    await page.getByRole('button', { name: /^Supprimer «.* et si… \(à partir de la semaine 2\)\s*»/ }).click();
    // the question says its own branch is kept, where
    expect((await page.getByRole('alertdialog').textContent())!.replace(/[\u202f\u00a0]/g, ' ')).toMatch(
      /Sa branche « Et si… \? » est gardée : elle reste parmi les chronologies de « Boulangerie du Marché \(\d+\) », comparable avec elle\./,
    );
    await page.getByRole('alertdialog').getByRole('button', { name: 'Supprimer définitivement' }).click();
    await poll(() => page.getByRole('region', { name: 'Messages' }).textContent()).toMatch(/supprimée/);

    const runs = (await storedRunRecords<RunRecord>(page)).map((r) => ({ id: r.id, parentRunId: r.parentRunId, branchTick: r.branchTick }));
    expect(runs).toHaveLength(2);
    const original = runs.find((r) => r.parentRunId === null)!;
    // its weeks 2 and 3 were the deleted branch's: it parts from the original at week 2
    expect(runs.find((r) => r.parentRunId !== null)).toMatchObject({ parentRunId: original.id, branchTick: 1 });

    await openWhatIf(page);
    const timelines = page.locator('li[data-timeline]');
    await poll(() => timelines.count()).toBe(2);
    expect(await timelines.nth(1).textContent()).toContain('Branche à partir de la semaine 2');
    expect(await page.getByRole('combobox', { name: 'Chronologie A (trait plein)' }).locator('option').count()).toBe(2);
    expect(errors).toEqual([]);
    await context.close();
  }, 240_000);

  it('deletes an original and keeps its branch, being played, as a game of its own named as such (QA qa28whatif: it was left pointing to the deleted game; qa31robust: still named after it)', async () => {
    const { page, errors, context } = await newPage(browser);
    await startBakery(page);
    await page.getByRole('button', { name: 'Avancer de 4 semaines' }).click();
    await poll(() => tickLabel(page)).toBe('Semaine 5 / 52, à jouer');
    await openWhatIf(page);
    await page.getByRole('combobox', { name: 'Choisir une semaine' }).selectOption({ label: 'Semaine 3' });
    await page.getByRole('button', { name: 'Et si… ? Rejouer la semaine 3 et la suite' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Rejouer à partir de la semaine 3' }).click();
    await poll(() => tickLabel(page)).toBe('Semaine 3 / 52, à jouer');

    await nav(page).getByRole('link', { name: 'Accueil' }).click();
    await page.getByRole('button', { name: /^Supprimer «\s*Boulangerie du Marché \(\d+\)\s*»$/ }).click();
    const dialog = page.getByRole('alertdialog');
    const question = (await dialog.textContent())!.replace(/[\u202f\u00a0]/g, ' ');
    expect(question).toContain('Cette partie a une branche « Et si… ? ». Si vous gardez la branche, elle devient une partie à part');
    expect(question).toMatch(/Cette branche, «\s*Boulangerie du Marché \(\d+\) — et si… \(à partir de la semaine 3\)\s*», est la partie en cours/);
    expect(await dialog.getByRole('button', { name: 'Supprimer la partie et sa branche' }).count()).toBe(1);
    await dialog.getByRole('button', { name: 'Supprimer la partie, garder sa branche' }).click();
    await poll(() => page.getByRole('region', { name: 'Messages' }).textContent()).toMatch(/supprimée/);

    // one game left: the branch, with no parent, still a variant from week 3, named as a game of its shop and seed, no
    // longer « Boulangerie du Marché (…) — et si… » (a game no longer saved) in the saved games, the header's printed line or the Bilan
    const runs = await storedRunRecords<RunRecord>(page);
    expect(runs.map((r) => ({ parentRunId: r.parentRunId, branchTick: r.branchTick, name: r.name, base: r.branchName?.base }))).toEqual([
      { parentRunId: null, branchTick: 2, name: expect.stringMatching(/^Boulangerie du Marché \(\d+\)$/), base: undefined },
    ]);
    await page.getByRole('button', { name: /^Reprendre «\s*Boulangerie du Marché \(\d+\)\s*»$/ }).waitFor();
    expect(await page.getByRole('main').textContent()).not.toContain('et si…');
    await poll(async () => (await page.getByTestId('print-identity').textContent()) ?? '').not.toMatch(/\(\d+\) — et si/);
    await nav(page).getByRole('link', { name: 'Bilan' }).click();
    await poll(async () => (await page.getByRole('main').textContent()) ?? '').toContain('ce bilan est celui d’une branche rejouée');
    expect(await page.getByRole('main').textContent()).not.toContain('branche de la partie');
    // still the game in progress, and it still plays
    await poll(() => tickLabel(page)).toBe('Semaine 3 / 52, à jouer');
    await openWhatIf(page);
    const timelines = page.locator('li[data-timeline]');
    await poll(() => timelines.count()).toBe(1);
    expect(await timelines.first().textContent()).toContain('Branche à partir de la semaine 3');
    await nav(page).getByRole('link', { name: 'Décisions' }).click();
    await page.getByRole('button', { name: 'Avancer d’une semaine' }).click();
    await poll(() => tickLabel(page)).toBe('Semaine 4 / 52, à jouer');
    expect(errors).toEqual([]);
    await context.close();
  }, 240_000);
});
