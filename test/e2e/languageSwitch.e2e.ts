/**
 * A language switch in real Chromium re-renders the open screen without mounting it again: what the
 * learner typed on the decisions screen (a survey's sample size) is still there in English and back
 * in French. The home's shop cards, whose texts the build splits by language (src/scenario/shippedShops.ts),
 * switch with the rest, never French under English; a learner who starts in English fetches no French for
 * them, and the shop played has its French too: the run is stored with both before any switch.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { BASE_URL, launchBrowser, newPage } from './browser.ts';
import { poll, startBakery } from './student.ts';
import { storedRunRecord, storedRunRecords } from './studentSteps.ts';
import { parseShippedFolder } from '../../src/scenario/shippedBuild.ts';
import type { Scenario } from '../../src/scenario/schema.ts';

/** The bakery's scenario as the build parses it (scenarios/boulangerie-du-marche.json, defaults applied). */
const bakery = parseShippedFolder('scenarios').find(({ scenario }) => scenario.id === 'boulangerie-du-marche')!.scenario;

describe('language switch in real Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('keeps what was typed on the decisions screen', async () => {
    const { page, errors, context } = await newPage(browser);
    await startBakery(page);
    await page.getByRole('spinbutton', { name: 'Taille de l’échantillon' }).fill('250');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 2, name: 'Decisions' }).waitFor();
    await poll(() => page.getByRole('spinbutton', { name: 'Sample size' }).inputValue()).toBe('250');
    await page.getByRole('button', { name: 'Français' }).click();
    await page.getByRole('heading', { level: 2, name: 'Décisions' }).waitFor();
    expect(await page.getByRole('spinbutton', { name: 'Taille de l’échantillon' }).inputValue()).toBe('250');
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('switches the home’s shop cards with the language, no French card shown under English', async () => {
    const { page, errors, context } = await newPage(browser);
    await page.goto(BASE_URL);
    await page.getByRole('button', { name: 'Passer la visite' }).click();
    await page.getByRole('article', { name: 'Boulangerie du Marché' }).waitFor();
    // every change of the page while it switches: a card's French name under lang="en", or an empty one, is noted
    await page.evaluate(() => {
      const seen: string[] = ((window as unknown as { seen: string[] }).seen = []);
      new MutationObserver(() => {
        const names = [...document.querySelectorAll('article h4')].map((h) => h.textContent ?? '');
        if (names.some((n) => n.trim() === '') || (document.documentElement.lang === 'en' && names.includes('Boulangerie du Marché'))) seen.push(names.join(' | '));
      }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    await page.getByRole('button', { name: 'English' }).click();
    const card = page.getByRole('article', { name: 'Market Square Bakery' });
    await card.waitFor();
    await poll(() => card.textContent()).toContain('A craft bakery on a small town');
    expect(await page.getByRole('article', { name: 'Boulangerie du Marché' }).count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual([]);
    await page.getByRole('button', { name: 'Français' }).click();
    await poll(() => page.getByRole('article', { name: 'Boulangerie du Marché' }).textContent()).toContain('Boulangerie artisanale sur la place du marché');
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('in English from the start: no French fetched for the cards; the shop played is stored with its French, shown back in French', async () => {
    const { page, errors, context } = await newPage(browser, { locale: 'en-GB' });
    await context.addInitScript(() => localStorage.setItem('fidelis.locale', 'en'));
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('.js')) scripts.push(new URL(r.url()).pathname);
    });
    await page.goto(BASE_URL);
    await page.getByRole('button', { name: 'Skip the tour' }).click();
    await poll(() => page.getByRole('article', { name: 'Market Square Bakery' }).textContent()).toContain('A craft bakery on a small town');
    expect(scripts.filter((f) => /\/frCore-/.test(f))).toEqual([]);
    await page.getByRole('button', { name: 'Start “Market Square Bakery”' }).click();
    await page.getByRole('heading', { level: 2, name: 'Decisions' }).waitFor({ timeout: 30_000 });
    // before any switch (which would fetch every card's French, frCore): the run keeps the scenario with both
    // languages, which only the shop's own French texts, fetched when it was started, can have given
    expect(scripts.filter((f) => /\/frCore-/.test(f))).toEqual([]);
    await poll(async () => (await storedRunRecords(page)).length).toBe(1);
    const { scenario } = await storedRunRecord<{ scenario: Scenario }>(page);
    const texts = (s: Scenario) => [s.name, s.description, ...s.objectives.map((o) => o.label)];
    expect(texts(scenario)).toEqual(texts(bakery));
    expect(scenario.name).toEqual({ fr: 'Boulangerie du Marché', en: 'Market Square Bakery' });
    expect(JSON.stringify(scenario)).toBe(JSON.stringify(bakery));
    await page.getByRole('button', { name: 'Français' }).click();
    await page.getByRole('heading', { level: 2, name: 'Décisions' }).waitFor();
    await poll(() => page.locator('header .scenario').textContent()).toBe('Boulangerie du Marché');
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
  it('offline, a switch whose texts cannot come says so in the page’s language, keeps the page and the choice as they were, and works once they come', async () => {
    // no service worker: every chunk goes through the route
    const { page, errors, context } = await newPage(browser, { serviceWorkers: 'block' });
    await context.addInitScript(() => localStorage.setItem('fidelis.tourSeen', '1'));
    const network = { down: true };
    await page.route(/\/assets\/enLearner-[^/]*\.js(\?.*)?$/, (route) => (network.down ? route.abort('internetdisconnected') : route.continue()));
    await page.goto(BASE_URL);
    await page.getByRole('heading', { level: 2, name: 'Accueil' }).waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    const notices = page.getByRole('region', { name: 'Messages' });
    // French typography: no-break spaces inside « » and before « : »
    await notices.getByRole('alert').filter({ hasText: /Passage à\W+English\W+impossible\W+ses textes n’ont pas pu être téléchargés/ }).waitFor({ timeout: 30_000 });
    expect(await page.getByRole('heading', { level: 2, name: 'Accueil' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Français' }).getAttribute('aria-pressed')).toBe('true');
    // a reload must not start in a language the page could not show
    expect(await page.evaluate(() => localStorage.getItem('fidelis.locale'))).not.toBe('en');
    // the connection back, after the part's back-off (2 s): the same click switches, and the notice goes
    network.down = false;
    await expect
      .poll(
        async () => {
          await page.getByRole('button', { name: 'English' }).click();
          return page.getByRole('heading', { level: 2, name: 'Home' }).count();
        },
        { timeout: 30_000, interval: 1_000 },
      )
      .toBe(1);
    await poll(() => notices.getByText(/impossible|Could not switch/).count()).toBe(0);
    expect(await page.evaluate(() => localStorage.getItem('fidelis.locale'))).toBe('en');
    expect(errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
    await context.close();
  }, 120_000);
});
