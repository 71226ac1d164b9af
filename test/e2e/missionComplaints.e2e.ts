/**
 * Mission 3 « Réclamations et enquêtes » played by a student in real Chromium (fixMission29, qa27missions m9): the complaint
 * policy and a questionnaire in week 1 reach the figure, but the dashboard and the mission card say the questionnaire was
 * measured too early and ask for another one the next week; a questionnaire in week 2, then the mission's last weeks,
 * and the mission bilan says the mission is passed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { BASE_URL, launchBrowser, newPage } from './browser.ts';
import { nav, poll, tickLabel } from './student.ts';

const TOO_EARLY =
  /Le dernier questionnaire a été lancé la semaine 1, comme la politique de réclamations\. La mission ne compte qu’un questionnaire lancé après la semaine de la politique de réclamations\s:\scelui-ci ne compte donc pas\. La semaine suivante, choisissez de nouveau «\sQuestionnaire\s» et appuyez sur «\sCommander l’enquête\s»\./;

/** Decisions screen: orders a questionnaire with the form's default sample, and waits for it in the period's decisions. */
async function orderQuestionnaire(page: Page, decisionsBefore: number): Promise<void> {
  await page.getByRole('button', { name: 'Commander l’enquête' }).click();
  await poll(() => page.getByRole('region', { name: 'Décisions de la semaine' }).getByRole('listitem').count()).toBe(decisionsBefore + 1);
}

async function advanceTo(page: Page, next: RegExp | string): Promise<void> {
  await page.getByRole('button', { name: 'Avancer d’une semaine' }).click();
  await poll(() => tickLabel(page)).toMatch(next);
}

describe('mission 3, the questionnaire measured after the complaint policy (Chromium)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('does not count a questionnaire of the policy’s week, and passes with one the week after', async () => {
    const { page, errors, context } = await newPage(browser);
    await context.addInitScript(() => localStorage.setItem('fidelis.tourSeen', '1'));
    await page.goto(`${BASE_URL}?shop=boulangerie-du-marche&mission=3&seed=42&lang=fr#/missions`);
    await page.getByRole('button', { name: 'Commencer la mission 3' }).click();
    const banner = page.getByTestId('mission-banner');
    await banner.getByText(/^Mission 3/).waitFor({ timeout: 60_000 });

    // week 1: the policy « Rapide » and a questionnaire
    await nav(page).getByRole('link', { name: 'Décisions' }).click();
    await poll(() => tickLabel(page)).toBe('Semaine 1 / 4, à jouer');
    const policy = page.getByRole('form', { name: 'Politique de réclamations' });
    await policy.getByRole('radio', { name: /^Rapide/ }).check();
    await policy.getByRole('button', { name: 'Appliquer cette politique' }).click();
    await poll(() => page.getByRole('region', { name: 'Décisions de la semaine' }).getByRole('listitem').count()).toBe(1);
    await orderQuestionnaire(page, 1);
    await advanceTo(page, 'Semaine 2 / 4, à jouer');

    // the dashboard's objective and the mission card say it does not count yet
    await nav(page).getByRole('link', { name: 'Tableau de bord', exact: true }).click();
    const objectives = page.getByRole('region', { name: 'Objectifs' });
    await poll(async () => (await objectives.textContent()) ?? '').toMatch(TOO_EARLY);
    await nav(page).getByRole('link', { name: 'Missions' }).click();
    await page.getByRole('heading', { level: 3, name: 'Mission 3 — Réclamations et enquêtes' }).waitFor();
    const inProgress = page.getByRole('status').filter({ hasText: /^Mission en cours/ });
    await poll(async () => (await inProgress.textContent()) ?? '').toMatch(TOO_EARLY);

    // week 2: another questionnaire; the line is gone
    await nav(page).getByRole('link', { name: 'Décisions' }).click();
    await orderQuestionnaire(page, 0);
    await advanceTo(page, 'Semaine 3 / 4, à jouer');
    await nav(page).getByRole('link', { name: 'Tableau de bord', exact: true }).click();
    await poll(async () => (await objectives.textContent()) ?? '').toMatch(/satisfaction/i);
    expect(await objectives.textContent()).not.toMatch(/choisissez de nouveau|mesurée trop tôt/);

    // the mission's last weeks, then its bilan
    await nav(page).getByRole('link', { name: 'Décisions' }).click();
    await advanceTo(page, 'Semaine 4 / 4, à jouer');
    await advanceTo(page, /Partie terminée/);
    await banner.getByRole('link', { name: 'Mission terminée : voir le bilan' }).click();
    const debrief = page.getByRole('article', { name: /Bilan de la mission 3/ });
    await debrief.getByText('Mission réussie.').waitFor();
    expect(await debrief.textContent()).not.toMatch(/mesurée trop tôt|Il fallait relancer un questionnaire/);

    expect(errors).toEqual([]);
    await context.close();
  }, 150_000);
});
