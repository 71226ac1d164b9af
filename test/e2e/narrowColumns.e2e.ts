/**
 * QA class 9 and 17, on a 1366 x 768 laptop in real Chromium (layout jsdom cannot measure).
 * 17: the Bilan's « Aller jusqu’à la fin » box is a narrow column: its question came beside « Annuler » and squeezed
 * « Jouer les 52 périodes » to 3 lines (97 x 83 px); it now stacks (question, then the buttons across the width),
 * focus still on « Annuler », Escape still cancels. The time bar's question stays one row.
 * 9: with a customer's file open, the table runs past its box: a line above it says so, and the arrows on a row scroll it.
 * qa28en M2: the English column « Motive (SONCAS) » wraps rather than widen the table.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator } from 'playwright-core';
import { launchBrowser, newPage } from './browser.ts';
import { nav, startBakery } from './student.ts';

const box = async (l: Locator) => (await l.boundingBox())!;

describe('narrow columns at 1366 x 768', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('stacks the Bilan’s end question, keeps the time bar’s in one row, and says the customer table scrolls sideways', async () => {
    const { page, errors } = await newPage(browser);
    await page.setViewportSize({ width: 1366, height: 768 });
    await startBakery(page);
    const confirm = page.getByTestId('advance-end-confirm');
    const play = confirm.getByRole('button', { name: 'Jouer les 52 semaines' });
    const cancel = confirm.getByRole('button', { name: 'Annuler' });

    // the time bar: one row, « Jouer » on one line
    await page.locator('[data-advance="end"]').click();
    await confirm.waitFor();
    expect((await box(confirm)).height).toBeLessThan(60);
    expect((await box(play)).height).toBeLessThan(45);
    await page.keyboard.press('Escape');
    expect(await confirm.count()).toBe(0);

    // the Bilan: the question, then « Annuler », then « Jouer », each across the box; « Annuler » focused
    await nav(page).getByRole('link', { name: 'Bilan' }).click();
    await page.getByRole('button', { name: 'Aller jusqu’à la fin' }).click();
    await confirm.waitFor();
    const [question, c, p] = [await box(confirm.locator('p')), await box(cancel), await box(play)];
    expect(p.height).toBeLessThan(45);
    expect(question.y + question.height).toBeLessThanOrEqual(c.y);
    expect(c.y + c.height).toBeLessThanOrEqual(p.y);
    expect(p.width).toBeGreaterThan(0.9 * question.width);
    expect(await cancel.evaluate((b) => b === document.activeElement)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await confirm.count()).toBe(0);

    // the customer base with a file open
    await nav(page).getByRole('link', { name: 'Base clients' }).click();
    const row = page.locator('tr[data-row="3"]');
    await row.waitFor();
    expect(await page.getByTestId('scroll-hint').count()).toBe(0);
    await row.click();
    await page.getByRole('button', { name: 'Fermer la fiche' }).waitFor();
    await page.getByTestId('scroll-hint').waitFor();
    expect(await page.getByTestId('scroll-hint').textContent()).toContain('Le tableau est plus large que son cadre');
    const viewport = page.locator('.viewport');
    await row.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => viewport.evaluate((e) => e.scrollLeft)).toBeGreaterThan(0);

    // in English, the column « Motive (SONCAS) » (qa28en M2: « SONCAS » alone was never explained) takes two lines
    // rather than widen the table: about as wide as the French « SONCAS »
    await page.getByRole('button', { name: 'Fermer la fiche' }).click();
    const frenchWidth = (await box(page.getByRole('columnheader', { name: 'SONCAS', exact: true }))).width;
    await page.getByRole('button', { name: 'English' }).click();
    const motive = page.getByRole('columnheader', { name: 'Motive (SONCAS)' });
    await motive.waitFor();
    expect((await box(motive)).width).toBeLessThan(frenchWidth + 20);
    expect((await box(motive.getByRole('button'))).height).toBeLessThan(60);
    expect(errors).toEqual([]);
  }, 120_000);
});
