/**
 * What a run remembers across reloads, in real Chromium:
 * - the teacher's class link settings: a run started from a link that locks « Avantage financier »
 *   and hides « Lien social », opened again at `/#/decisions` without the link's parameters (a
 *   bookmark, a new tab, a reopened browser), keeps both, and says which settings it keeps (once
 *   closed, not again at the reloads of that tab);
 * - the decisions queued for the next period: still queued after a reload, and applied by the next
 *   period.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { BASE_URL, launchBrowser, newPage } from './browser.ts';
import { poll, savedRun, startBakery, tickLabel } from './student.ts';
import { storedRunRecord } from './studentSteps.ts';

type Queue = { tick: number; actions: { type: string }[] };
/** The page's saved run record (there is one): its decisions log and its queued decisions. */
const storedRun = (page: Page) => storedRunRecord<{ decisions: Queue[]; pending?: Queue }>(page);

function queued(page: Page) {
  return page.getByRole('region', { name: 'Décisions de la semaine' }).getByRole('listitem');
}

describe('a run reopened in real Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('keeps the class link’s locked and hidden tools when opened again without the link', async () => {
    const { page, errors, context } = await newPage(browser);
    await page.goto(`${BASE_URL}?shop=boulangerie-du-marche&seed=4242&lang=fr&mode=committed&lock=financier&hide=lienSocial`);
    await page.getByRole('button', { name: /Commencer « Boulangerie du Marché »/ }).click();
    await page.getByRole('heading', { level: 2, name: 'Décisions' }).waitFor();
    await page.getByTestId('tick-label').filter({ hasText: /^Semaine 1 \/ 52, à jouer$/ }).waitFor({ timeout: 30_000 });
    const financial = page.getByRole('radio', { name: 'Avantage financier', exact: true });
    const social = page.getByRole('radio', { name: 'Lien social', exact: true });
    expect(await financial.isDisabled()).toBe(true);
    expect(await social.count()).toBe(0);
    await page.getByRole('button', { name: 'Avancer d’une semaine' }).click();
    await poll(() => tickLabel(page)).toBe('Semaine 2 / 52, à jouer');
    await poll(async () => (await savedRun(page)).currentTick).toBe(1);

    // the address without the parameters, as a bookmark or a reopened browser gives it
    await page.goto(`${BASE_URL}#/decisions`);
    expect(new URL(page.url()).search).toBe('');
    await poll(() => tickLabel(page)).toBe('Semaine 2 / 52, à jouer');
    const told = page.getByText(/Réglages de votre enseignant pour cette partie\u00a0: .*Outils verrouillés par votre enseignant\u00a0: Avantage financier/);
    await told.waitFor({ timeout: 30_000 });
    await financial.waitFor();
    expect(await financial.isDisabled()).toBe(true);
    expect(await social.count()).toBe(0);

    // closed with its « × », it stays closed at the reloads of this tab (QA qa12 F7: on a phone it took most of the first screen)
    const row = await page.locator('.notices .said > p').evaluateAll((ps) => ps.findIndex((p) => p.textContent?.includes('Réglages de votre enseignant')));
    await page.locator('.notices .closers button').nth(row).click();
    await poll(() => told.count()).toBe(0);
    await page.reload();
    await poll(() => tickLabel(page)).toBe('Semaine 2 / 52, à jouer');
    await financial.waitFor();
    expect(await financial.isDisabled()).toBe(true);
    await page.waitForTimeout(1_000);
    expect(await told.count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);

  it('keeps the decisions queued for the next period through a reload, and the next period applies them', async () => {
    const { page, errors, context } = await newPage(browser);
    await startBakery(page);
    await page.getByRole('radio', { name: 'Lien social', exact: true }).check();
    await page.getByRole('button', { name: /Appliquer à la cible/ }).click();
    await poll(() => queued(page).count()).toBe(1);
    await poll(async () => (await storedRun(page)).pending?.actions.map((a) => a.type)).toEqual(['lienSocial']);

    await page.reload();
    await poll(() => tickLabel(page)).toBe('Semaine 1 / 52, à jouer');
    await poll(() => queued(page).count()).toBe(1);
    expect(await queued(page).first().textContent()).toContain('Lien social');

    await page.getByRole('button', { name: 'Avancer d’une semaine' }).click();
    await poll(() => tickLabel(page)).toBe('Semaine 2 / 52, à jouer');
    await poll(async () => (await storedRun(page)).decisions.map((d) => [d.tick, d.actions.map((a) => a.type)])).toEqual([[0, ['lienSocial']]]);
    expect((await storedRun(page)).pending).toBeUndefined();
    expect(await queued(page).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);
});
