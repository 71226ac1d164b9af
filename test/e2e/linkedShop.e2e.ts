/**
 * A shop received through a share link, in real Chromium: the app cleans the link off the address at
 * once, yet after a reload the shop is still first on the home page (kept in localStorage), and the
 * run played with it resumes at its period (the run keeps its scenario in IndexedDB).
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { BASE_URL, launchBrowser, newPage } from './browser.ts';
import { nav, poll, savedRun, tickLabel } from './student.ts';
import { parseScenario } from '../../src/scenario/load.ts';
import { encodeScenario } from '../../src/scenario/link.ts';

describe('a shop received by link, in real Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('stays on the home page after a reload, and its run resumes', async () => {
    const parsed = parseScenario(JSON.parse(await readFile('scenarios/boulangerie-du-marche.json', 'utf8')));
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const shared = { ...parsed.scenario, id: 'boulangerie-de-la-classe', name: { fr: 'Boulangerie de la classe' } };
    const { page, errors, context } = await newPage(browser);
    await page.goto(`${BASE_URL}?scenario=${await encodeScenario(shared)}#/home`);
    await page.getByRole('dialog', { name: 'Bienvenue dans Fidélis' }).waitFor();
    await page.getByRole('button', { name: 'Passer la visite' }).click();
    await page.getByText(/Scénario reçu par lien\u00a0: «\u00a0Boulangerie de la classe\u00a0»/).waitFor({ timeout: 20_000 });
    expect(new URL(page.url()).search).toBe('');
    await page.getByRole('button', { name: 'Commencer « Boulangerie de la classe »' }).click();
    await page.getByRole('heading', { level: 2, name: 'Décisions' }).waitFor();
    await page.getByTestId('tick-label').filter({ hasText: /^Semaine 1 \/ 52, à jouer$/ }).waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Avancer d’une semaine' }).click();
    await poll(() => tickLabel(page)).toBe('Semaine 2 / 52, à jouer');
    // the week is saved (the autosave runs after the page shows it)
    await poll(async () => (await savedRun(page)).currentTick).toBe(1);

    await page.reload();
    await poll(() => tickLabel(page)).toBe('Semaine 2 / 52, à jouer');
    await nav(page).getByRole('link', { name: 'Accueil' }).click();
    await page.getByRole('article', { name: 'Boulangerie de la classe' }).waitFor({ timeout: 20_000 });
    await poll(() => page.getByRole('article').first().textContent()).toContain('Boulangerie de la classe');
    // received before the reload: not announced again
    expect(await page.getByText(/Scénario reçu par lien/).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);
});
