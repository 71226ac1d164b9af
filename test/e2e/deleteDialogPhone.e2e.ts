/**
 * The question of deleting a game that has a branch, the branch being the game in progress (its longest form), on a
 * 360 x 640 phone in real Chromium: its three buttons are on the screen as it opens, without scrolling the dialog, one
 * under the other (QA qa31phoneEn n5: « Supprimer la partie et sa branche » was cut at the bottom edge until the dialog
 * was scrolled, and « Annuler » sat alone on the right above the other two).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newPage } from './browser.ts';
import { nav, openWhatIf, poll, startBakery, tickLabel } from './student.ts';

describe('the delete question on a 360 x 640 phone', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows its three buttons without scrolling', async () => {
    const { page, errors, context } = await newPage(browser);
    await startBakery(page);
    await page.getByRole('button', { name: 'Avancer de 4 semaines' }).click();
    await poll(() => tickLabel(page)).toBe('Semaine 5 / 52, à jouer');
    await openWhatIf(page);
    await page.getByRole('combobox', { name: 'Choisir une semaine' }).selectOption({ label: 'Semaine 2' });
    await page.getByRole('button', { name: 'Et si… ? Rejouer la semaine 2 et la suite' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Rejouer à partir de la semaine 2' }).click();
    await poll(() => tickLabel(page)).toBe('Semaine 2 / 52, à jouer');

    await page.setViewportSize({ width: 360, height: 640 });
    await nav(page).getByRole('link', { name: 'Accueil' }).click();
    await page.getByRole('button', { name: /^Supprimer «\s*Boulangerie du Marché \(\d+\)\s*»$/ }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    // the longest question: kept or deleted with it, and the branch is the game in progress
    expect(await dialog.textContent()).toMatch(/est la partie en cours/);
    const boxes = await dialog.evaluate((el) =>
      [...el.querySelectorAll('button')].map((b) => {
        const box = b.getBoundingClientRect();
        return { text: b.textContent, top: Math.round(box.top), bottom: Math.round(box.bottom), left: Math.round(box.left), right: Math.round(box.right) };
      }),
    );
    expect(boxes.map((b) => b.text)).toEqual(['Annuler', 'Supprimer la partie, garder sa branche', 'Supprimer la partie et sa branche']);
    for (const box of boxes) {
      expect(box.top, box.text!).toBeGreaterThanOrEqual(0);
      expect(box.bottom, box.text!).toBeLessThanOrEqual(640);
      expect(box.left, box.text!).toBeGreaterThanOrEqual(0);
      expect(box.right, box.text!).toBeLessThanOrEqual(360);
    }
    // one under the other, as wide as each other
    expect(boxes[1].top).toBeGreaterThanOrEqual(boxes[0].bottom);
    expect(boxes[2].top).toBeGreaterThanOrEqual(boxes[1].bottom);
    expect(new Set(boxes.map((b) => `${b.left}-${b.right}`)).size).toBe(1);
    // nothing of the question hidden either: the dialog does not scroll
    expect(await dialog.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
    await context.close();
  }, 240_000);
});
