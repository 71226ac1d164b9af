/**
 * A class link for a shop the teacher made in the editor, in real Chromium (QA qa30editor M1): she saves her shop, makes
 * the class link with it (seed, mode, a locked tool), a student opens it in a fresh browser and lands on the students'
 * home page with that shop first and the link's settings (not in the editor), plays a week, hands in, and the
 * teacher's class view replays the file.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { BASE_URL, launchBrowser, newPage } from './browser.ts';
import { nav, poll, tickLabel } from './student.ts';
import { readResultFile } from '../../src/results/readResultFile.ts';
import { parseScenario } from '../../src/scenario/load.ts';
import { encodeScenario } from '../../src/scenario/link.ts';

/** a message key shown instead of its text, as « vocabulary.strategy.financier » */
const RAW_KEY = /\b[a-z]+\.[a-zA-Z]+\.[a-zA-Z]+\b/;
/** French text with its thin and non-breaking spaces as plain ones */
const plain = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

describe('a class link for a shop made in the editor', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('takes the shop to a student’s fresh browser, on the home page with the link’s settings, and the class view reads the hand-in', async () => {
    const bakery = JSON.parse(readFileSync('scenarios/boulangerie-du-marche.json', 'utf8'));
    const cave = { ...bakery, id: 'cave-des-canuts', name: { fr: 'La Cave des Canuts' }, customers: { ...bakery.customers, initial: 600 } };
    const teacher = await newPage(browser);
    await teacher.context.addInitScript(() => localStorage.setItem('fidelis.tourSeen', '1'));
    const { page } = teacher;

    // the teacher's shop, saved in her browser from the editor
    await page.goto(`${BASE_URL}#/editor`);
    await page.getByLabel('Importer un fichier JSON').setInputFiles({ name: 'cave.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(cave)) });
    await page.getByText('Scénario importé depuis le fichier cave.json.').waitFor();
    await page.getByRole('button', { name: 'Enregistrer dans le navigateur' }).click();
    await page.getByText(/^Commerce «\u00a0La Cave des Canuts\u00a0» enregistré dans ce navigateur/).waitFor();

    // its class link: the builder lists it among her shops
    await page.goto(`${BASE_URL}#/missions/enseignant`);
    const shopMenu = page.getByLabel('Commerce du lien de classe');
    await shopMenu.waitFor();
    await shopMenu.selectOption({ label: 'La Cave des Canuts' });
    await page.getByLabel('Graine').fill('42');
    await page.getByLabel('Mode').selectOption('committed');
    await page.getByLabel('Outil « Enquête de satisfaction »').selectOption('lock');
    const field = page.getByTestId('class-link');
    await poll(() => field.inputValue()).toContain('scenario=1.');
    const link = await field.inputValue();
    expect(link).toMatch(new RegExp(`^${BASE_URL.replace(/[.?]/g, '\\$&')}\\?shop=cave-des-canuts&seed=42&mode=committed&lock=enquete&scenario=1\\.[\\w-]+$`));
    expect(await page.getByTestId('class-link-carried').textContent()).toMatch(/contient tout le commerce .* caractères/);

    // a student's fresh browser (first visit: the tour is offered, not opened)
    const student = await newPage(browser);
    const s = student.page;
    await s.goto(link);
    await s.getByRole('heading', { level: 2, name: 'Accueil' }).waitFor();
    const first = s.locator('article[data-scenario]').first();
    await poll(() => first.getAttribute('data-scenario')).toBe('cave-des-canuts');
    await first.getByText('Commerce choisi par votre enseignant').waitFor();
    expect(await first.getByTestId('class-note').textContent()).toMatch(/Graine fixée par le lien de classe\u00a0: 42/);
    await s.getByRole('button', { name: 'Faire la visite' }).waitFor();
    expect(await s.getByRole('heading', { name: 'Éditeur de scénario' }).count()).toBe(0);
    expect(await s.getByText(/Scénario reçu par lien|paramètres? ignorés?/).count()).toBe(0);
    expect(new URL(s.url()).searchParams.has('scenario')).toBe(false);

    await s.getByRole('button', { name: 'Non merci' }).click();
    await first.getByRole('button', { name: /^Commencer/ }).click();
    await s.getByRole('heading', { level: 2, name: 'Décisions' }).waitFor();
    await s.getByTestId('tick-label').filter({ hasText: /^Semaine 1 \/ 52, à jouer$/ }).waitFor({ timeout: 30_000 });
    await s.getByRole('button', { name: 'Avancer d’une semaine' }).click();
    await poll(() => tickLabel(s)).toBe('Semaine 2 / 52, à jouer');

    await nav(s).getByRole('link', { name: 'Bilan' }).click();
    await s.getByRole('heading', { level: 2, name: /^Bilan — La Cave des Canuts/ }).waitFor();
    await s.getByLabel(/^Votre nom/).fill('Yanis Ait');
    const downloading = s.waitForEvent('download');
    await s.getByRole('button', { name: 'Rendre mon travail maintenant' }).click();
    const path = (await (await downloading).path())!;
    const read = readResultFile(readFileSync(path, 'utf8'));
    if (!read.ok) throw new Error(read.errors.join('; '));
    expect(read.file.scenario.id).toBe('cave-des-canuts');
    expect(read.file.scenario.customers.initial).toBe(600);
    expect(read.file.seed).toBe(42);

    // the teacher's class view replays it
    await page.goto(`${BASE_URL}#/class`);
    await page.getByRole('heading', { level: 2, name: 'Vue classe' }).waitFor();
    await page.getByLabel('Choisir des fichiers de résultat').setInputFiles(path);
    await page.getByText('Vérification terminée : 1 confirmé, 0 réfuté, 0 invalide.').waitFor({ timeout: 60_000 });
    await page.getByRole('table').getByRole('row', { name: /Yanis Ait/ }).waitFor();

    expect(teacher.errors).toEqual([]);
    expect(student.errors).toEqual([]);
    await student.context.close();
    await teacher.context.close();
  }, 240_000);

  it('its guided tour, on the home page of a fresh French browser, names the strategies a lock leaves open, never a message key (QA qa31lesson M1)', async () => {
    const parsed = parseScenario(JSON.parse(readFileSync('scenarios/boulangerie-du-marche.json', 'utf8')));
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    const cave = { ...parsed.scenario, id: 'cave-des-canuts', name: { fr: 'La Cave des Canuts' } };
    const student = await newPage(browser);
    const s = student.page;
    await s.goto(`${BASE_URL}?shop=cave-des-canuts&mode=committed&lock=customisation&scenario=${await encodeScenario(cave)}`);
    await s.getByRole('heading', { level: 2, name: 'Accueil' }).waitFor();
    await s.locator('article[data-scenario]').first().getByText('Commerce choisi par votre enseignant').waitFor({ timeout: 30_000 });
    await s.getByRole('button', { name: 'Faire la visite' }).click();
    const texts: string[] = [];
    for (const title of ['Bienvenue dans Fidélis', '1. Choisissez un scénario', '2. Décidez', '3. Avancez dans le temps', '4. Observez et comprenez']) {
      const step = s.getByRole('dialog', { name: title });
      await step.waitFor();
      texts.push(plain(await step.textContent()));
      await step.getByRole('button', { name: /^(Suivant|C’est parti !)$/ }).click();
    }
    // « 2. Décidez » read « … ouvertes ici : vocabulary.strategy.financier, vocabulary.strategy.lienSocial et … »
    expect(texts[2]).toContain('une des stratégies ouvertes ici : Avantage financier, Lien social et Personnalisation.');
    expect(texts.filter((text) => RAW_KEY.test(text))).toEqual([]);
    expect(student.errors).toEqual([]);
    await student.context.close();
  }, 120_000);
});
