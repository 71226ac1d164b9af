/**
 * A reload brings back the timeline being played, however it was opened (QA hqa3 F1): a learner who
 * made a « Et si… ? » branch and played it, then reloaded (a tablet that slept, a tab the browser
 * dropped), found the original game instead, and their branch looked lost. The same after « Ouvrir »
 * on another timeline. In real Chromium: the original played to week 4, a branch from week 2 played
 * one week (week 3), reload → week 3 of the branch; open the original, reload → week 4 of the original.
 * The branch's week 2 orders a mystery shopper of 5,000 visits, which the budget cannot pay: once the branch is only
 * saved (the original played, after a reload), the comparison still says it was refused (QA qa4 #9: the database
 * keeps no refusal; the saved timeline is replayed in the engine's worker to find them).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage } from './browser.ts';
import { openWhatIf, poll, startBakery, tickLabel } from './student.ts';
import { storedRunRecords } from './studentSteps.ts';

/** the stored runs' periods played, as saved (the page shows a period before its save ends) */
async function savedTicks(page: Page): Promise<{ branch: boolean; tick: number }[]> {
  const runs = await storedRunRecords<{ parentRunId: string | null; currentTick: number }>(page);
  return runs.map((r) => ({ branch: r.parentRunId !== null, tick: r.currentTick }));
}

/** the header's line with the run's name (the banner) */
function header(page: Page): Promise<string> {
  return page.getByRole('banner').innerText();
}

describe('a reload after « Et si… ? »', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('brings back the branch being played, then the timeline opened', async () => {
    const { page, errors, context } = await newPage(browser);
    await startBakery(page);
    await page.getByRole('button', { name: 'Avancer d’une semaine' }).click();
    await poll(() => tickLabel(page)).toBe('Semaine 2 / 52, à jouer');
    await page.getByRole('button', { name: 'Avancer d’une semaine' }).click();
    await poll(() => tickLabel(page)).toBe('Semaine 3 / 52, à jouer');
    await page.getByRole('button', { name: 'Avancer d’une semaine' }).click();
    await poll(() => tickLabel(page)).toBe('Semaine 4 / 52, à jouer');

    await openWhatIf(page);
    await page.getByRole('combobox', { name: 'Choisir une semaine' }).selectOption({ label: 'Semaine 2' });
    await page.getByRole('button', { name: 'Et si… ? Rejouer la semaine 2 et la suite' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Rejouer à partir de la semaine 2' }).click();
    await poll(() => tickLabel(page)).toBe('Semaine 2 / 52, à jouer');
    await page.getByRole('link', { name: 'Aller aux décisions' }).click();
    await page.getByRole('radio', { name: 'Client mystère' }).check();
    await page.getByRole('spinbutton', { name: 'Nombre de visites' }).fill('5000');
    await page.getByRole('button', { name: 'Commander l’enquête' }).click();
    await poll(() => page.getByRole('region', { name: 'Décisions de la semaine' }).getByRole('listitem').count()).toBe(1);
    await page.getByRole('button', { name: 'Avancer d’une semaine' }).click();
    await poll(() => tickLabel(page)).toBe('Semaine 3 / 52, à jouer');
    expect(await header(page)).toMatch(/et si…/);
    await poll(async () => (await savedTicks(page)).find((r) => r.branch)?.tick).toBe(2);

    await page.reload();
    await poll(() => tickLabel(page)).toBe('Semaine 3 / 52, à jouer');
    expect(await header(page)).toMatch(/et si…/);

    // back to the original timeline, then a reload: the original, at its week 4
    await openWhatIf(page);
    await page.getByRole('button', { name: /^Ouvrir la chronologie « Boulangerie du Marché \(\d+\) »$/ }).click();
    await poll(() => tickLabel(page)).toBe('Semaine 4 / 52, à jouer');
    await page.reload();
    await poll(() => tickLabel(page)).toBe('Semaine 4 / 52, à jouer');
    expect(await header(page)).not.toMatch(/et si…/);

    // compared with the original now played (B), the saved branch (A) says its survey was refused
    await openWhatIf(page);
    await page.getByTestId('whatif-difference').waitFor({ timeout: 60_000 });
    const changes = page.getByRole('heading', { name: 'Décisions qui diffèrent' }).locator('xpath=following-sibling::dl[1]');
    const added = changes.getByRole('definition').filter({ hasText: 'Ajouté dans A' });
    expect((await added.innerText()).replace(/[\u00a0\u202f]/g, ' ')).toMatch(/^Ajouté dans A : Enquête de satisfaction : Client mystère.*\(refusée : budget insuffisant\)$/);

    expect(errors).toEqual([]);
    await context.close();
  }, 240_000);
});
