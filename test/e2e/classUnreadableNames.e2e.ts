/**
 * QA qa22 F5 in real Chromium: a result file with an unknown action type is listed under « Fichiers
 * illisibles » with the field in words and the possible types by the names the learner's screens show,
 * in the page's language, not the file's path (decisions[1].actions[0].type), the code names (lienSocial)
 * nor « ligne 1, colonne 2472 » of a one-line file. The names come from the vocabulary the class view
 * loads with its screen (unit tests have every language registered up front: this checks the app does).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { BASE_URL, launchBrowser, newPage } from './browser.ts';
import { resultFile } from './resultFiles.ts';

describe('class view: an unreadable file’s reason in the teacher’s words', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const badAction = () => {
    const file = resultFile('Anna', [{ tick: 1, actions: [{ type: 'enquete', instrument: 'questionnaire', sampleSize: 100 }] }]);
    // one line, as an exported file: the type replaced by hand
    const text = JSON.stringify(JSON.parse(file.buffer.toString('utf8'))).replace('"type":"enquete"', '"type":"inconnu"');
    return { ...file, buffer: Buffer.from(text) };
  };

  it('French, then English', async () => {
    const { page, errors, context } = await newPage(browser);
    await context.addInitScript(() => localStorage.setItem('fidelis.tourSeen', '1'));
    await page.goto(`${BASE_URL}#/class`);
    await page.getByRole('heading', { level: 2, name: 'Vue classe' }).waitFor();
    await page.getByLabel('Choisir des fichiers de résultat').setInputFiles([badAction()]);
    const unreadable = page.getByRole('region', { name: 'Fichiers illisibles' });
    await unreadable.waitFor({ timeout: 60_000 });
    await expect.poll(() => unreadable.textContent()).toMatch(/types possibles\s: Avantage financier, Lien social, Personnalisation, Customisation, Collecte de données/);
    const french = (await unreadable.textContent()) ?? '';
    expect(french).toMatch(/décision n° 1 › action n° 1 › type\s: type d’action inconnu «\sinconnu\s»/);
    expect(french).not.toMatch(/decisions\[|lienSocial|collecteDonnees|ligne \d|colonne/);

    const { page: en, context: enContext, errors: enErrors } = await newPage(browser);
    await enContext.addInitScript(() => localStorage.setItem('fidelis.tourSeen', '1'));
    await en.goto(`${BASE_URL}#/`);
    await en.getByRole('button', { name: 'English' }).click();
    await en.goto(`${BASE_URL}#/class`);
    await en.getByRole('heading', { level: 2, name: 'Class view' }).waitFor();
    await en.getByLabel('Choose result files').setInputFiles([badAction()]);
    const region = en.getByRole('region', { name: 'Unreadable files' });
    await region.waitFor({ timeout: 60_000 });
    await expect.poll(() => region.textContent()).toMatch(/decision 1 › action 1 › type: unknown action type “inconnu”; possible types: Financial advantage, Social bonding,/);
    expect(await region.textContent()).not.toMatch(/decisions\[|lienSocial|line \d|column/);
    expect([...errors, ...enErrors]).toEqual([]);
  });
});
