import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { BASE_URL, launchBrowser, newPage } from './browser.ts';
import { DB_NAME, DB_VERSION } from '../../src/db/schema.ts';
import { startBakery, tickLabel } from './studentSteps.ts';

describe('app shell in real Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('loads in French with no console error', async () => {
    const { page, errors, context } = await newPage(browser);
    await page.goto(BASE_URL);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Fidélis');
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    // only the first screen's French is built in: a lazy screen waits for the rest, never shows keys
    await page.goto(`${BASE_URL}#/glossary`);
    await page.getByRole('heading', { level: 2, name: 'Glossaire' }).waitFor();
    expect(await page.locator('main').textContent()).not.toMatch(/glossary\.concept\./);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('loads English on demand when the learner picks it, and starts in English after a reload', async () => {
    const { page, errors, context } = await newPage(browser);
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await page.goto(BASE_URL);
    await page.getByRole('button', { name: 'Passer la visite' }).click();
    await page.getByRole('navigation', { name: 'Écrans du jeu' }).waitFor();
    // English comes in two parts (i18n/areas.ts): the learner's, and the teacher tools' only with those screens
    const englishChunk = (url: string) => /\/en(Learner|Teacher)-[\w-]+\.js$/.test(url);
    expect(scripts.filter(englishChunk)).toEqual([]);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('navigation', { name: 'Game screens' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(scripts.filter(englishChunk).map((url) => url.replace(/^.*\/(en\w+)-.*$/, '$1'))).toEqual(['enLearner']);
    await page.reload();
    await page.getByRole('navigation', { name: 'Game screens' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the scenario cards and says why in French when the database on disk is newer than the app', async () => {
    const { page, context } = await newPage(browser);
    await page.goto(BASE_URL);
    await page.getByRole('button', { name: 'Passer la visite' }).click();
    // a newer Fidélis opened in this browser left its database one version ahead
    await page.evaluate(
      ({ name, version }) =>
        new Promise<void>((resolve, reject) => {
          indexedDB.deleteDatabase(name).onsuccess = () => {
            const request = indexedDB.open(name, version);
            request.onsuccess = () => (request.result.close(), resolve());
            request.onerror = () => reject(request.error);
          };
        }),
      { name: DB_NAME, version: DB_VERSION + 1 },
    );
    await page.reload();
    await page.getByRole('button', { name: /^Commencer « Boulangerie du Marché »/ }).waitFor();
    await page.getByText(/ouvert dans une version plus récente dans un autre onglet/).waitFor();
    await page.getByText('Le stockage du navigateur n’est pas disponible : la partie ne sera pas enregistrée.').waitFor();
    await context.close();
  });

  it('on a portrait tablet, the guided tour does not hide the time bar it explains', async () => {
    const { page, context } = await newPage(browser);
    await page.setViewportSize({ width: 820, height: 1180 });
    await startBakery(page);
    await page.getByRole('button', { name: 'Visite guidée' }).click();
    for (const title of ['1. Choisissez un scénario', '2. Décidez', '3. Avancez dans le temps']) {
      await page.getByRole('button', { name: 'Suivant' }).click();
      await page.getByRole('heading', { name: title }).waitFor();
    }
    const panel = await page.getByRole('dialog', { name: '3. Avancez dans le temps' }).boundingBox();
    const bar = await page.locator('[data-tour="advance"]').boundingBox();
    expect(panel && bar).toBeTruthy();
    const apart = panel!.y + panel!.height <= bar!.y || bar!.y + bar!.height <= panel!.y || panel!.x + panel!.width <= bar!.x || bar!.x + bar!.width <= panel!.x;
    expect(apart, `tour ${JSON.stringify(panel)} over the time bar ${JSON.stringify(bar)}`).toBe(true);
    // and the time buttons can be pressed where they are shown
    const four = page.getByRole('button', { name: 'Avancer de 4 semaines' });
    expect(await four.evaluate((b) => {
      const r = b.getBoundingClientRect();
      return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === b;
    })).toBe(true);
    // on the missions screen a class link opens, the step points at « Commencer la mission 1 »:
    // scrolled to the bottom of the window, under the panel's place, it stays visible
    await page.goto(`${BASE_URL}?shop=boulangerie-du-marche&mission=1#/missions`);
    await page.getByRole('button', { name: 'Visite guidée' }).click();
    await page.getByRole('button', { name: 'Suivant' }).click();
    const dialog = page.getByRole('dialog', { name: '1. Choisissez votre mission' });
    await dialog.waitFor();
    const start = page.getByRole('button', { name: 'Commencer la mission 1' });
    await start.evaluate((b) => window.scrollBy(0, b.getBoundingClientRect().bottom - window.innerHeight + 40));
    await expect
      .poll(() => start.evaluate((b) => {
        const r = b.getBoundingClientRect();
        return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === b;
      }))
      .toBe(true);
    await context.close();
  });

  it('keeps the keyboard focus on the page: closing the tour, undoing the last decision, advancing with Enter', async () => {
    const { page, context, errors } = await newPage(browser);
    await startBakery(page);
    const focused = () => page.evaluate(() => (document.activeElement === document.body ? 'BODY' : (document.activeElement?.textContent ?? '').trim()));
    // the tour opened from the help button gives the focus back to it
    await page.getByRole('button', { name: 'Visite guidée' }).press('Enter');
    await page.getByRole('dialog', { name: 'Bienvenue dans Fidélis' }).waitFor();
    await page.getByRole('button', { name: 'Passer la visite' }).press('Enter');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    expect(await focused()).toBe('Visite guidée');
    // undoing the only decision disables the undo button: the focus goes to the list's heading
    await page.getByRole('radio', { name: 'Rapide' }).check();
    await page.getByRole('button', { name: 'Appliquer cette politique' }).press('Enter');
    const undo = page.getByRole('button', { name: 'Annuler la dernière décision' });
    await expect.poll(() => undo.isEnabled()).toBe(true);
    await undo.press('Enter');
    await expect.poll(focused).toBe('Décisions de la semaine');
    // while a period is computed and saved the time buttons say they cannot act (aria-disabled) and keep
    // the focus: once they can again, Enter twice advances twice
    const one = page.getByRole('button', { name: 'Avancer d’une semaine' });
    await one.press('Enter');
    await expect.poll(() => tickLabel(page), { timeout: 30_000 }).toBe('Semaine 2 / 52, à jouer');
    await expect.poll(() => one.getAttribute('aria-disabled'), { timeout: 30_000 }).toBeNull();
    expect(await focused()).toBe('Avancer d’une semaine');
    await page.keyboard.press('Enter');
    await expect.poll(() => tickLabel(page), { timeout: 30_000 }).toBe('Semaine 3 / 52, à jouer');
    expect(errors).toEqual([]);
    await context.close();
  });
});

