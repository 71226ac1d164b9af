/**
 * Two tabs of one browser, in real Chromium: the first is open on the home page, free play only (no mission code loaded);
 * the second starts the bakery's mission 1 and is closed. Reopened in the first tab from « Parties enregistrées », that game
 * plays its mission there: the banner, the tools it locks, the answer checked and the outcome recorded in the browser's
 * progress. Before, the first tab loaded the stored missions' paths at its startup only: the game played as a free one,
 * nothing recorded (review3 #8).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { BASE_URL, launchBrowser, newPage } from './browser.ts';
import { nav, poll } from './student.ts';

describe('a mission game another tab started, reopened in this one', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('plays its mission here: banner, locked tools, the outcome recorded', async () => {
    const { page: first, errors, context } = await newPage(browser);
    await first.goto(`${BASE_URL}#/home`);
    await first.getByRole('dialog', { name: 'Bienvenue dans Fidélis' }).waitFor();
    await first.getByRole('button', { name: 'Passer la visite' }).click();
    await first.getByText('Aucune partie enregistrée pour l’instant.').waitFor();

    // the second tab starts the bakery's mission 1, then is closed
    const second = await context.newPage();
    second.on('pageerror', (e) => errors.push(`second: ${e}`));
    await second.goto(`${BASE_URL}#/missions/boulangerie-du-marche`);
    await second.getByRole('button', { name: 'Commencer la mission 1' }).click();
    await second.getByTestId('mission-banner').getByText('Mission 1 : Lire la base clients').waitFor({ timeout: 30_000 });
    await second.close();

    // the first tab lists it (the home page read again) and reopens it
    await first.bringToFront();
    await nav(first).getByRole('link', { name: 'Glossaire' }).click();
    await nav(first).getByRole('link', { name: 'Accueil' }).click();
    await first.getByRole('button', { name: /^Reprendre «/ }).click();
    const banner = first.getByTestId('mission-banner');
    await banner.getByText('Mission 1 : Lire la base clients').waitFor({ timeout: 30_000 });

    // the mission's locks
    await nav(first).getByRole('link', { name: 'Décisions' }).click();
    await first.getByRole('heading', { level: 2, name: 'Décisions' }).waitFor();
    await poll(() => first.getByRole('radio', { name: 'Avantage financier', exact: true }).isDisabled()).toBe(true);

    // the right answer, read in the target builder, is checked and recorded here
    const count = first.getByTestId('target-count');
    await poll(() => count.textContent()).toMatch(/\d+ clients correspondent/);
    const everyone = await count.textContent();
    await first.getByRole('group', { name: /Segments RFM/ }).getByRole('checkbox', { name: 'Futur non-client' }).check();
    await poll(() => count.textContent()).not.toBe(everyone);
    await poll(() => count.textContent()).toMatch(/clients? corresp/);
    const size = Number(((await count.textContent()) ?? '').replace(/\D/g, ''));
    await banner.getByRole('textbox', { name: /Nombre de clients du segment/ }).fill(String(size));
    await banner.getByRole('button', { name: 'Valider la réponse' }).click();
    await banner.getByRole('link', { name: 'Mission terminée : voir le bilan' }).waitFor();
    const recorded = () => first.evaluate(() => JSON.parse(localStorage.getItem('fidelis.missions') ?? 'null')?.done?.['boulangerie-du-marche']?.['lire-la-base']?.outcome);
    await poll(recorded).toBe('reussie');
    expect(errors).toEqual([]);
  });
});
