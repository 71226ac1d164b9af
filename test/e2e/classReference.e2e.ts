/**
 * The class view's debrief tools in real Chromium: each game compared with doing nothing (the
 * empty decision log replayed with the same seed, in the browser's engine workers), an identical
 * result marked next to its name (« résultat identique », a simple strategy said so), and a student's Bilan opened from their result file, read only, with a
 * way back (keyboard only).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import * as engine from '../../src/engine/index.ts';
import type { DecisionsLog } from '../../src/engine/decisions.ts';
import { formatMoney, formatSignedMoney } from '../../src/app/format.ts';
import { summarizeRun } from '../../src/results/runSummary.ts';
import { BASE_URL, launchBrowser, newPage } from './browser.ts';
import { resultFile } from './resultFiles.ts';
import { fixtureScenario } from '../fixtures/scenario.ts';

const scenario = fixtureScenario();
const SEED = 17;

/** Every game here, the learners' and the no-action reference: the whole year on one seed. */
const game = { seed: SEED, ticks: scenario.durationTicks };

function run(decisions: DecisionsLog) {
  return engine.runSimulation(scenario, { ...game, decisions });
}

/** Text as compared here: every run of spaces (non-breaking ones too) as one space. */
const plain = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

const club: DecisionsLog = [{ tick: 0, actions: [{ type: 'lienSocial', instrument: 'club', target: {} }] }];
const coupon: DecisionsLog = [{ tick: 1, actions: [{ type: 'financier', instrument: 'coupon', target: {}, discountRate: 0.15 }] }];

describe('class view: no-action reference, identical result, a student’s Bilan (real Chromium)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the no-action reference and each difference from it, marks the identical result, and opens a student’s Bilan read only', async () => {
    const nothing = summarizeRun(scenario, run([]).reports.map((r) => r.kpis));
    const bruno = summarizeRun(scenario, run(coupon).reports.map((r) => r.kpis));
    const { page, errors, context } = await newPage(browser);
    await context.addInitScript(() => localStorage.setItem('fidelis.tourSeen', '1'));
    await page.goto(`${BASE_URL}#/class`);
    await page.getByRole('heading', { level: 2, name: 'Vue classe' }).waitFor();
    await page
      .getByLabel('Choisir des fichiers de résultat')
      .setInputFiles([
        resultFile('Anna', club, { ...game, fileName: 'anna.json' }),
        resultFile('Bruno', coupon, { ...game, fileName: 'bruno.json' }),
        resultFile('David', club, { ...game, fileName: 'david.json' }),
      ]);
    await page.getByText('Vérification terminée : 3 confirmés, 0 réfuté, 0 invalide.').waitFor({ timeout: 60_000 });

    // the reference row, in the table's foot, not ranked, with the engine's own no-action figures
    const table = page.getByRole('table', { name: /Résultats de la classe/ });
    const reference = table.locator('tfoot tr');
    await reference.waitFor({ timeout: 60_000 });
    // not ranked, but where doing nothing would sit in the ranking is said (a9c2d4c)
    expect(plain(await reference.locator('td').first().textContent())).toMatch(/^réf\.serait au rang \d/);
    expect(plain(await reference.locator('th').textContent())).toMatch(/^Sans action \(même graine\)/);
    // the net margin cell: rank, file note, game, status, points and turnover before it (the file note got its own cell in 2c6d573d)
    expect(plain(await reference.locator('td').nth(6).textContent())).toBe(plain(formatMoney('fr', nothing.cumulativeNetMargin)));
    expect(await table.locator('tbody tr').count()).toBe(3);

    // each student's difference from it
    const brunoRow = table.getByRole('row', { name: /Bruno/ });
    expect(plain(await brunoRow.textContent())).toContain(plain(`marge nette : ${formatSignedMoney('fr', bruno.cumulativeNetMargin - nothing.cumulativeNetMargin)}`));
    await page.getByText(/^Marge nette cumulée sans action \(même graine\)\s:\s.* sur 3 (a|ont) fait mieux\. Au classement/).waitFor();

    // the identical result: a badge next to the name, the other file named, one place for both; one club
    // in the whole game, a simple strategy (QA qa11 F7)
    // (a row by its learner: Anna's row names David's file, and his hers)
    const rowOf = (learner: string) => table.locator('tbody tr', { has: page.getByRole('rowheader', { name: new RegExp(`^${learner}`) }) });
    const davidRow = rowOf('David');
    expect(await davidRow.getByRole('rowheader').getByText('résultat identique', { exact: true }).isVisible()).toBe(true);
    expect(plain(await davidRow.textContent())).toContain('résultat identique à : Anna (anna.json)');
    expect(await davidRow.getByText('stratégie simple (1 action en tout), souvent choisie par plusieurs élèves').isVisible()).toBe(true);
    expect(await page.getByText(/copie probable/i).count()).toBe(0);
    const rank = async (learner: string) => plain(await rowOf(learner).locator('td').first().textContent());
    expect(await rank('David')).toBe(await rank('Anna'));
    expect([await rank('Anna'), await rank('Bruno')].sort()).toEqual(['1', '2']);

    // the chart draws its bars, the reference's among them, on a real canvas
    const canvas = page.locator('.class-chart canvas');
    expect(await canvas.evaluate((c: HTMLCanvasElement) => c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data.some((v, i) => i % 4 === 3 && v !== 0))).toBe(true);

    // Bruno's Bilan, from the keyboard: replayed in the browser, read only
    await page.getByRole('button', { name: 'Voir le bilan de Bruno' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText(/^Bilan de Bruno \(bruno\.json\), rejoué à partir de son fichier de résultat\s:\slecture seule/).waitFor({ timeout: 30_000 });
    await page.getByRole('heading', { level: 2, name: /^Bilan/ }).waitFor({ timeout: 60_000 });
    await page.getByText(/^Partie terminée\s:\sbilan des 12 semaines\.$/).waitFor();
    await page.getByText(/^Par rapport à une partie sans aucune action \(même graine, même durée\)\s:\smarge nette /).waitFor();
    expect(await page.getByRole('table', { name: /Résultats de la classe/ }).count()).toBe(0);
    // no button to export or play on: the teacher only reads it
    expect(await page.getByRole('button', { name: /Exporter le fichier de résultat/ }).count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toMatch(/Retour à la vue classe/);
    await page.keyboard.press('Enter');
    await table.waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Voir le bilan de Bruno');
    // the class is still there, nothing was replayed again for it
    expect(await table.locator('tbody tr').count()).toBe(3);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the browser’s Back from a student’s Bilan comes back to the class table, not to the screen before (QA qa13 T1)', async () => {
    const { page, errors, context } = await newPage(browser);
    await context.addInitScript(() => localStorage.setItem('fidelis.tourSeen', '1'));
    await page.goto(`${BASE_URL}#/home`);
    await page.goto(`${BASE_URL}#/class`);
    await page.getByRole('heading', { level: 2, name: 'Vue classe' }).waitFor();
    await page
      .getByLabel('Choisir des fichiers de résultat')
      .setInputFiles([resultFile('Anna', club, { ...game, fileName: 'anna.json' }), resultFile('Bruno', coupon, { ...game, fileName: 'bruno.json' })]);
    await page.getByText('Vérification terminée : 2 confirmés, 0 réfuté, 0 invalide.').waitFor({ timeout: 60_000 });
    const table = page.getByRole('table', { name: /Résultats de la classe/ });
    const bilanOfBruno = page.getByText(/^Bilan de Bruno \(bruno\.json\), rejoué/);

    await page.getByRole('button', { name: 'Voir le bilan de Bruno' }).click();
    await bilanOfBruno.waitFor({ timeout: 30_000 });
    await page.goBack();
    await table.waitFor({ timeout: 5_000 });
    expect(new URL(page.url()).hash).toBe('#/class');
    // the class still in memory: its files listed at once, the focus back on the button that opened the Bilan
    expect(await table.locator('tbody tr').count()).toBe(2);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Voir le bilan de Bruno');

    // Forward reopens it; its own « Retour » then takes its entry back: Back now leaves the class view
    await page.goForward();
    await bilanOfBruno.waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: /Retour à la vue classe/ }).first().click();
    await table.waitFor();
    await page.goBack();
    await page.getByRole('heading', { level: 2, name: 'Vue classe' }).waitFor({ state: 'detached' });
    expect(new URL(page.url()).hash).toBe('#/home');
    expect(errors).toEqual([]);
    await context.close();
  });
});
