/**
 * A new student plays in real Chromium: skips the tour, picks a scenario, targets a segment,
 * applies each of the four strategies, advances, opens the customer base and a customer's
 * file, sees the charts (and that pilots too small for a control group cannot be measured), reloads and finds the game at the same period (IndexedDB for real).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { BASE_URL, launchBrowser, newPage } from './browser.ts';
import { nav, poll, tickLabel } from './student.ts';

const STRATEGIES = ['Avantage financier', 'Lien social', 'Personnalisation', 'Customisation'];

describe('playing a scenario as a new student', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('plays, explores, reloads and resumes at the same period', async () => {
    const { page, errors, context } = await newPage(browser);
    await page.goto(BASE_URL);

    // first visit: the guided tour explains the game; the student skips it
    await page.getByRole('dialog', { name: 'Bienvenue dans Fidélis' }).waitFor();
    await page.getByRole('button', { name: 'Passer la visite' }).click();

    await page.getByRole('button', { name: /Commencer « Boulangerie du Marché »/ }).click();
    await page.getByRole('heading', { level: 2, name: 'Décisions' }).waitFor();
    expect(await tickLabel(page)).toBe('Semaine 1 / 52, à jouer');

    // target a segment: the live count changes
    const count = page.getByTestId('target-count');
    await poll(() => count.textContent()).toMatch(/\d+ clients correspondent/);
    const everyone = await count.textContent();
    await page.getByRole('group', { name: /Segments RFM/ }).getByRole('checkbox', { name: 'Futur non-client' }).check();
    // the count goes through « Calcul… » (also not `everyone`) before the new figure
    await poll(async () => {
      const text = (await count.textContent()) ?? '';
      return text !== everyone && /\d+ clients? corresp/.test(text);
    }).toBe(true);
    // a pilot on 100 of them, so that the budget pays for four programmes
    await page.getByLabel('Nombre maximum de clients (vide = tous)').fill('100');
    await poll(() => count.textContent()).toBe('100 clients correspondent à la cible.');

    // each of the four strategies, on the same target
    for (const strategy of STRATEGIES) {
      await page.getByRole('radio', { name: strategy, exact: true }).check();
      await page.getByRole('button', { name: /Appliquer à la cible/ }).click();
    }
    const pending = page.getByRole('region', { name: 'Décisions de la semaine' });
    await poll(() => pending.getByRole('listitem').count()).toBe(4);

    await page.getByRole('button', { name: 'Avancer d’une semaine' }).click();
    await poll(() => tickLabel(page)).toBe('Semaine 2 / 52, à jouer');
    await page.getByRole('button', { name: 'Avancer de 4 semaines' }).click();
    await poll(() => tickLabel(page)).toBe('Semaine 6 / 52, à jouer');
    await poll(() => page.getByRole('region', { name: 'Programmes en cours' }).getByRole('button', { name: /Arrêter/ }).count()).toBe(4);

    // the dashboard
    await nav(page).getByRole('link', { name: 'Tableau de bord' }).click();
    await page.getByRole('heading', { level: 2, name: 'Tableau de bord' }).waitFor();

    // back on the decisions screen the target is kept, and still answers to the learner's changes
    await nav(page).getByRole('link', { name: 'Décisions' }).click();
    await poll(() => count.textContent()).toBe('100 clients correspondent à la cible.');
    await page.getByLabel('Nombre maximum de clients (vide = tous)').fill('50');
    await poll(() => count.textContent()).toBe('50 clients correspondent à la cible.');
    await nav(page).getByRole('link', { name: 'Tableau de bord' }).click();
    await page.getByRole('heading', { level: 2, name: 'Tableau de bord' }).waitFor();

    // the customer base and one customer's file
    await nav(page).getByRole('link', { name: 'Base clients' }).click();
    await page.getByRole('heading', { level: 2, name: /Base clients/ }).waitFor();
    const firstRow = page.getByRole('row').nth(1);
    await firstRow.waitFor();
    await firstRow.getByRole('button').first().click();
    await page.getByRole('heading', { name: /Fiche client|Dossier/ }).first().waitFor();

    // the charts, each with its table alternative
    await nav(page).getByRole('link', { name: 'Graphiques' }).click();
    await page.getByRole('heading', { level: 2, name: 'Graphiques' }).waitFor();
    await poll(() => page.locator('canvas').count()).toBeGreaterThan(0);
    // the legend is made of buttons: hiding a series redraws the chart without it, the keyboard shows it again
    const retention = page.locator('figure[data-chart="chart-retention"]');
    const yearlyButton = retention.getByRole('list', { name: /Légende/ }).getByRole('button', { name: 'Équivalent sur un an' });
    const drawing = () => retention.locator('canvas').evaluate((c: HTMLCanvasElement) => c.toDataURL());
    const bothDrawn = await drawing();
    await yearlyButton.click();
    await poll(() => yearlyButton.getAttribute('aria-pressed')).toBe('false');
    await poll(drawing).not.toBe(bothDrawn);
    await yearlyButton.focus();
    await page.keyboard.press('Space');
    await poll(() => yearlyButton.getAttribute('aria-pressed')).toBe('true');
    await poll(drawing).toBe(bothDrawn);
    // members vs control group: these pilots on 100 customers hold out no control group (under 30), which it says
    const comparison = page.getByTestId('programme-comparison');
    await comparison.getByRole('combobox', { name: 'Programme comparé' }).waitFor();
    expect(await comparison.textContent()).toContain('Son effet n’est pas mesurable');
    // the gross movements between stages of the last period played (week 5): customers who went from actif to dormant
    const movements = page.locator('figure[data-chart="chart-movements"]');
    await movements.getByText('Voir le tableau des données').click();
    const moved = (week: number) =>
      movements
        .getByRole('table', { name: new RegExp(`^Mouvements entre étapes\\s:\\sSemaine ${week}$`) })
        .getByRole('row', { name: /^Client actif → Client dormant/ })
        .getByRole('cell')
        .first()
        .textContent();
    const figure = (text: string | null) => Number((text ?? '').replace(/\D/g, ''));
    expect(figure(await moved(5))).toBeGreaterThan(0);
    // another period, from the keyboard
    await movements.getByRole('button', { name: 'Semaine précédente' }).focus();
    await page.keyboard.press('Enter');
    await poll(() => movements.getByRole('combobox', { name: 'Semaine affichée' }).inputValue()).toBe('3');
    expect(figure(await moved(4))).toBeGreaterThan(0);

    // the debrief waits for the end of the game
    await nav(page).getByRole('link', { name: 'Bilan' }).click();
    await page.getByText(/Le bilan s’ouvre à la fin de la partie\u00a0: encore 47 semaines/).waitFor();

    // reload: the game comes back at the same period
    await page.reload();
    await poll(() => tickLabel(page)).toBe('Semaine 6 / 52, à jouer');
    await nav(page).getByRole('link', { name: 'Décisions' }).click();
    await poll(() => page.getByRole('region', { name: 'Programmes en cours' }).getByRole('button', { name: /Arrêter/ }).count()).toBe(4);

    // play to the end, then the debrief and the result file for the teacher
    await page.getByRole('button', { name: 'Aller jusqu’à la fin' }).click();
    // the bar asks first (QA tablet #2)
    await page.getByRole('button', { name: /^Jouer (les \d+ (semaines|mois)|la dernière semaine|le dernier mois)$/ }).click();
    await expect.poll(() => tickLabel(page), { timeout: 180_000 }).toMatch(/Partie terminée/);
    await nav(page).getByRole('link', { name: 'Bilan' }).click();
    await page.getByRole('heading', { level: 2, name: /^Bilan — / }).waitFor();
    await page.getByRole('button', { name: /fichier de résultat/i }).waitFor();

    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);
});
