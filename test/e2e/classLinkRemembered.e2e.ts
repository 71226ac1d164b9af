/**
 * QA qa12 F5, in real Chromium: a student opens the class link, closes the tab, and opens Fidélis again
 * by its plain address before starting. The mission starts with the link's seed, mode and locks (it ran
 * with a random seed in sandbox mode, without a word); the page says the settings are the last link's,
 * and « Partie libre » leaves them: the next game has none.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { BASE_URL, launchBrowser, newPage } from './browser.ts';
import { storedRunRecords } from './studentSteps.ts';

interface Run {
  name: string;
  seed: number;
  mode: string;
  classSettings?: { seed?: number; lock: string[] };
}

const REMEMBERED = 'Réglages du dernier lien de votre enseignant, gardés par ce navigateur.';
const REMEMBERED_EN = 'Settings from your teacher’s last class link, kept by this browser.';

describe('the last class link, on a visit by the plain address', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('starts mission 1 with the link’s settings, and « Partie libre » leaves them', async () => {
    const { context, page: linkTab, errors } = await newPage(browser);
    await linkTab.goto(`${BASE_URL}?shop=boulangerie-du-marche&mission=1&seed=42&mode=committed&lock=lienSocial#/missions`);
    await linkTab.getByRole('heading', { level: 3, name: 'Mission 1 — Lire la base clients' }).waitFor();
    // a class link does not open the guided tour by itself (QA: one more click for each of 30 students)
    expect(await linkTab.getByRole('dialog').count()).toBe(0);
    expect(await linkTab.getByText(REMEMBERED).count()).toBe(0);
    await linkTab.close();

    // the tab closed before the start; Fidélis reopened from the history, by its plain address
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(BASE_URL);
    await page.getByRole('heading', { level: 3, name: 'Mission 1 — Lire la base clients' }).waitFor({ timeout: 30_000 });
    const told = page.getByText(REMEMBERED);
    await told.waitFor();
    await page.getByText(/Graine fixée par le lien de classe/).first().waitFor();
    // nor does the link kept by the browser
    expect(await page.getByRole('dialog').count()).toBe(0);
    await page.getByRole('button', { name: 'Commencer la mission 1' }).click();
    await page.getByTestId('mission-banner').getByText('Mission 1 : Lire la base clients').waitFor({ timeout: 30_000 });
    await expect.poll(async () => (await storedRunRecords<Run>(page)).length, { timeout: 30_000 }).toBe(1);
    const [mission] = await storedRunRecords<Run>(page);
    expect(mission.seed).toBe(42);
    expect(mission.mode).toBe('committed');
    expect(mission.classSettings).toMatchObject({ seed: 42, lock: ['lienSocial'] });

    // free play: the settings are left, a new game is the learner's own
    await page.getByRole('navigation', { name: 'Écrans du jeu' }).getByRole('link', { name: 'Accueil' }).click();
    await page.getByRole('button', { name: 'Partie libre (sans ces réglages)' }).click();
    expect(await told.count()).toBe(0);
    await page.getByRole('button', { name: /Commencer « Boulangerie du Marché »/ }).click();
    await page.getByRole('heading', { level: 2, name: 'Décisions' }).waitFor({ timeout: 30_000 });
    await expect.poll(async () => (await storedRunRecords<Run>(page)).length, { timeout: 30_000 }).toBe(2);
    const free = (await storedRunRecords<Run>(page)).find((r) => r.name !== mission.name)!;
    expect(free.seed).not.toBe(42);
    expect(free.mode).toBe('sandbox');
    expect(free.classSettings?.seed).toBeUndefined();
    expect(free.classSettings?.lock ?? []).toEqual([]);

    // and stays left at the next visit
    await page.goto(`${BASE_URL}#/missions`);
    await page.getByRole('heading', { level: 2, name: 'Missions' }).waitFor();
    await page.getByRole('button', { name: 'Commencer la mission 1' }).waitFor({ timeout: 30_000 });
    expect(await page.getByText(REMEMBERED).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('comes back in the English link’s language (QA qa14 E1), until the student chooses French', async () => {
    const { context, page: linkTab, errors } = await newPage(browser);
    await linkTab.goto(`${BASE_URL}?shop=boulangerie-du-marche&seed=42&lang=en&mode=committed&lock=enquete`);
    await linkTab.getByText('Shop chosen by your teacher').first().waitFor();
    await linkTab.close();

    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(BASE_URL);
    await page.getByText(REMEMBERED_EN).waitFor({ timeout: 30_000 });
    expect(await page.locator('html').getAttribute('lang')).toBe('en');

    await page.getByRole('button', { name: 'Français' }).click();
    await page.getByText(REMEMBERED).waitFor();
    await page.goto(BASE_URL);
    await page.getByText(REMEMBERED).waitFor({ timeout: 30_000 });
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    expect(errors).toEqual([]);
    await context.close();
  });
});
