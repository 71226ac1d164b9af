/**
 * A class link read slowly, in real Chromium (QA teacher en 1): the link's parser comes as its own
 * chunk, then the shop's missions; a student who clicked « Commencer » before that started the
 * bakery on its default seed in sandbox mode, while the run kept the link's locks (and later said
 * « Graine fixée par le lien de la classe : 42 » on resume). The cards now wait for the link: the
 * home page says it is being read, and the run started has the link's seed and mode, and says its locked tool is locked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { BASE_URL, launchBrowser } from './browser.ts';
import { slowLinkPage, storedRunRecord } from './studentSteps.ts';

describe('a class link still being read', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('starts no game before it is read, then starts with its seed and mode', async () => {
    // a slow school network: the link's parser comes 2.5 s late
    const { context, page, errors } = await slowLinkPage(browser, true);
    await page.goto(`${BASE_URL}?shop=boulangerie-du-marche&seed=42&mode=committed&lock=enquete`);
    const start = page.getByRole('button', { name: /Commencer « Boulangerie du Marché »/ });
    await page.getByText('Lecture du lien de votre enseignant…').waitFor({ timeout: 2000 });
    expect(await start.isDisabled()).toBe(true);
    // nor is the teacher's « Vous êtes enseignant ? » offered, then or once the link is read (QA)
    const teacherTools = page.getByText('Vous êtes enseignant ? Vos outils pour la classe');
    expect(await teacherTools.count()).toBe(0);
    // the student clicks as soon as the button lets them
    await start.click();
    await page.getByRole('heading', { level: 2, name: 'Décisions' }).waitFor({ timeout: 60_000 });
    // the locked tool says so: its note's text is a part of its own, fetched when a tool is locked (i18n/areas.ts PRESETS_AREAS)
    await page.locator('[data-locked-tool="enquete"] legend').getByText('Outil verrouillé par l’enseignant ou la mission.').waitFor({ timeout: 30_000 });
    const run = await storedRunRecord<{ seed: number; mode: string; classSettings?: { seed?: number } }>(page);
    expect(run.seed).toBe(42);
    expect(run.mode).toBe('committed');
    expect(run.classSettings?.seed).toBe(42);
    // back on the home page by its bare address, the run played still comes from the class link
    await page.goto(`${BASE_URL}#/`);
    await page.getByRole('heading', { level: 2, name: 'Accueil' }).waitFor();
    await page.getByText(/Réglages de votre enseignant pour cette partie/).first().waitFor({ timeout: 30_000 });
    expect(await teacherTools.count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
