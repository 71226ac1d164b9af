/**
 * Deleting a game « et sa branche » while the branch is played in another tab, in real Chromium (Web Locks): the question
 * says so before anything is confirmed and offers only to keep the branch (or to cancel), rather than a « Supprimer la
 * partie et sa branche » refused once clicked (QA qa31robust). Kept, the branch goes on in the first tab.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { BASE_URL, launchBrowser, newPage } from './browser.ts';
import { nav, openWhatIf, poll, startBakery, tickLabel } from './student.ts';

describe('deleting a game whose branch another tab plays', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('warns before confirming and offers only to keep the branch', async () => {
    const { page: first, errors, context } = await newPage(browser);
    await startBakery(first);
    await first.getByRole('button', { name: 'Avancer de 4 semaines' }).click();
    await poll(() => tickLabel(first)).toBe('Semaine 5 / 52, à jouer');
    await openWhatIf(first);
    await first.getByRole('combobox', { name: 'Choisir une semaine' }).selectOption({ label: 'Semaine 3' });
    await first.getByRole('button', { name: 'Et si… ? Rejouer la semaine 3 et la suite' }).click();
    await first.getByRole('alertdialog').getByRole('button', { name: 'Rejouer à partir de la semaine 3' }).click();
    await poll(() => tickLabel(first)).toBe('Semaine 3 / 52, à jouer');

    // the second tab, on its home page, asks to delete the original
    const second = await context.newPage();
    second.on('pageerror', (e) => errors.push(`second: ${e}`));
    await second.goto(BASE_URL);
    await nav(second).getByRole('link', { name: 'Accueil' }).click();
    await second.getByRole('button', { name: /^Supprimer «\s*Boulangerie du Marché \(\d+\)\s*»$/ }).click();
    const dialog = second.getByRole('alertdialog');
    await dialog.waitFor();
    const question = (await dialog.textContent())!.replace(/[\u202f\u00a0]/g, ' ');
    expect(question).toMatch(/Cette partie a une branche « Et si… \? », « Boulangerie du Marché \(\d+\) — et si… \(à partir de la semaine 3\) », ouverte dans un autre onglet : elle ne peut pas être supprimée/);
    expect(await dialog.getByRole('button').allTextContents()).toEqual(['Annuler', 'Supprimer la partie, garder sa branche']);
    await dialog.getByRole('button', { name: 'Supprimer la partie, garder sa branche' }).click();
    await poll(() => second.getByRole('region', { name: 'Messages' }).textContent()).toMatch(/supprimée/);
    expect(await second.getByRole('region', { name: 'Parties enregistrées' }).textContent()).not.toContain('rien n’a été supprimé');

    // the branch goes on in the first tab
    await first.bringToFront();
    await nav(first).getByRole('link', { name: 'Décisions' }).click();
    await first.getByRole('button', { name: 'Avancer d’une semaine' }).click();
    await poll(() => tickLabel(first)).toBe('Semaine 4 / 52, à jouer');
    expect(errors).toEqual([]);
    await context.close();
  }, 240_000);
});
