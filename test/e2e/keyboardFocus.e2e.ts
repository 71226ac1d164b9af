/**
 * Keyboard and screen-reader semantics in real Chromium, where a focused button that is removed
 * or disabled drops the focus on the page body (jsdom keeps it): « Lecture » then « Pause » keep
 * the focus on the toggle, « Rendre mon travail maintenant » keeps it on the button while the file
 * is prepared, the tab's title names the screen, and a played period is summed up in a status line.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage } from './browser.ts';
import { nav, poll, startBakery, tickLabel } from './student.ts';

const focused = (page: Page) => page.evaluate(() => `${document.activeElement?.tagName} ${document.activeElement?.textContent?.trim() ?? ''}`);

describe('keyboard focus and screen-reader names', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('keeps the focus on play/pause and on the hand-in button, names the tab, and says what a period did', async () => {
    const { page, errors, context } = await newPage(browser);
    await startBakery(page);
    expect(await page.title()).toBe('Décisions — Fidélis');
    // Chromium's names: the glossary « ? » is not part of the heading, region or group it sits in
    await page.getByRole('heading', { name: 'Cible', exact: true }).waitFor();
    await page.getByRole('region', { name: 'Cible', exact: true }).waitFor();
    await page.getByRole('group', { name: 'Segments RFM', exact: true }).waitFor();
    await page.getByRole('combobox', { name: 'Récence (R) de', exact: true }).waitFor();

    await page.getByRole('button', { name: 'Lecture' }).focus();
    await page.keyboard.press('Enter');
    await poll(() => focused(page)).toBe('BUTTON Pause');
    await poll(() => tickLabel(page)).not.toBe('Semaine 1 / 52');
    await page.keyboard.press('Enter');
    await poll(() => focused(page)).toBe('BUTTON Lecture');
    // once the time stops, one line says what the last period did
    await poll(async () => (await page.getByTestId('advance-outcome').textContent())?.replace(/[\u00a0\u202f]/g, ' ')).toMatch(/^Semaines? \d+( à \d+)? : \d+ clients? perdus?, \d+ nouveaux? clients?\.$/);
    // still the same place: the next Tab goes on from the toggle, not from the skip link
    expect(await focused(page)).toBe('BUTTON Lecture');

    await nav(page).getByRole('link', { name: 'Bilan' }).click();
    await poll(() => page.title()).toBe('Bilan — Fidélis');
    await page.getByLabel('Votre nom (tel que l’enseignant le verra)').fill('Léa Martin');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Rendre mon travail maintenant' }).focus();
    await page.keyboard.press('Enter');
    await downloading;
    await page.getByText(/Fichier «\u00a0fidelis-resultat-lea-martin-.*\.json\u00a0» prêt/).waitFor();
    expect(await focused(page)).toBe('BUTTON Rendre mon travail maintenant');

    await page.getByRole('button', { name: 'English' }).click();
    await poll(() => page.title()).toBe('Debrief — Fidélis');

    expect(errors).toEqual([]);
    await context.close();
  });
});
