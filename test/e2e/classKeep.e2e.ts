/**
 * The class view survives a reload in real Chromium (its IndexedDB): a teacher imports result
 * files (made here with the engine under Node, as learners' apps would), they are verified, a team
 * is formed; after a reload the files are there, verified, without being replayed, and so is the team.
 * Several classes: files imported into « MCO 1 » and « NDRC 2 » come back each in its own class after
 * a reload, with their statuses, the class opened last first. A class created empty is still in the
 * selector after a reload (while another class was shown last), until it is cleared.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { BASE_URL, launchBrowser, newPage } from './browser.ts';
import { resultFile } from './resultFiles.ts';

/** What the class view saved, read from the page's IndexedDB: [files verified, files, teams] (a class's name record, a team without members, is not a team). */
function saved(page: Page): Promise<[number, number, number]> {
  return page.evaluate(
    () =>
      new Promise<[number, number, number]>((resolve, reject) => {
        const open = indexedDB.open('fidelis');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['classFiles', 'classTeams']);
          const files = tx.objectStore('classFiles').getAll();
          const teams = tx.objectStore('classTeams').getAll();
          tx.oncomplete = () => {
            const list = files.result as { outcome: unknown }[];
            const formed = (teams.result as { fileIds: unknown[] }[]).filter((t) => t.fileIds.length > 0);
            resolve([list.filter((f) => f.outcome !== null).length, list.length, formed.length]);
            db.close();
          };
        };
      }),
  );
}

describe('class view kept across a reload in real Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('finds the imported files, verified, and the teacher’s team again after a reload', async () => {
    const files = [
      resultFile('Anna', [{ tick: 0, actions: [{ type: 'lienSocial', instrument: 'club', target: {} }] }]),
      resultFile('Bruno', [{ tick: 1, actions: [{ type: 'financier', instrument: 'coupon', target: {}, discountRate: 0.15 }] }]),
      resultFile('Éva', [], { tamper: (f) => void (f.summary.cumulativeTurnover += 1000) }),
    ];
    const { page, errors, context } = await newPage(browser);
    await context.addInitScript(() => localStorage.setItem('fidelis.tourSeen', '1'));
    await page.goto(`${BASE_URL}#/class`);
    await page.getByRole('heading', { level: 2, name: 'Vue classe' }).waitFor();
    await page.getByText(/La classe est enregistrée dans ce navigateur/).waitFor();
    await page.getByLabel('Choisir des fichiers de résultat').setInputFiles(files);
    const done = 'Vérification terminée : 2 confirmés, 1 réfuté, 0 invalide.';
    await page.getByText(done).waitFor({ timeout: 60_000 });

    await page.getByRole('checkbox', { name: /^Anna/ }).check();
    await page.getByRole('checkbox', { name: /^Bruno/ }).check();
    await page.getByRole('textbox', { name: 'Nom de l’équipe' }).fill('Les Lynx du mardi');
    // Enter in the name field creates it, and the focus goes to the new team's heading (not <body>)
    await page.getByRole('textbox', { name: 'Nom de l’équipe' }).press('Enter');
    await page.getByRole('region', { name: 'Les Lynx du mardi — 2 membres' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Les Lynx du mardi — 2 membres');
    await expect.poll(() => saved(page), { timeout: 10_000 }).toEqual([3, 3, 1]);

    await page.reload();
    await page.getByText('3 fichiers retrouvés depuis votre dernière visite.').waitFor({ timeout: 30_000 });
    // shown as verified at once: nothing replayed again, no progress
    expect(await page.getByText(done).count()).toBe(1);
    expect(await page.locator('.progress progress').count()).toBe(0);
    expect(await page.getByText(/vérifiés à nouveau/).count()).toBe(0);
    const table = page.getByRole('table', { name: /Résultats de la classe/ });
    expect(await table.locator('tbody tr').count()).toBe(3);
    expect(await table.getByRole('row', { name: /Anna/ }).textContent()).toMatch(/confirmé/);
    expect(await table.getByRole('row', { name: /Éva/ }).textContent()).toMatch(/réfuté/);
    const team = page.getByRole('region', { name: 'Les Lynx du mardi — 2 membres' });
    await team.waitFor();
    expect(await team.getByText('Équipe formée par l’enseignant.').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps two classes apart across a reload: each one’s files and statuses, the last one opened first', async () => {
    const { page, errors, context } = await newPage(browser);
    await context.addInitScript(() => localStorage.setItem('fidelis.tourSeen', '1'));
    await page.goto(`${BASE_URL}#/class`);
    await page.getByText(/La classe est enregistrée dans ce navigateur/).waitFor();
    const picker = page.getByRole('combobox', { name: 'Classe' });
    const form = page.getByRole('form', { name: 'Nouvelle classe' });
    const name = form.getByRole('textbox', { name: 'Nom de la nouvelle classe' });
    const table = page.getByRole('table', { name: /Résultats de la classe/ });

    // class A, by the keyboard
    await name.fill('MCO 1');
    await name.press('Enter');
    await expect.poll(() => picker.inputValue()).toBe('MCO 1');
    await page.getByLabel('Choisir des fichiers de résultat').setInputFiles([
      resultFile('Anna', [{ tick: 0, actions: [{ type: 'lienSocial', instrument: 'club', target: {} }] }]),
      resultFile('Éva', [], { tamper: (f) => void (f.summary.cumulativeTurnover += 1000) }),
    ]);
    await page.getByText('Vérification terminée : 1 confirmé, 1 réfuté, 0 invalide.').waitFor({ timeout: 60_000 });

    // class B
    await name.fill('NDRC 2');
    await form.getByRole('button', { name: 'Créer la classe' }).click();
    await expect.poll(() => picker.inputValue()).toBe('NDRC 2');
    await page.getByText('Aucun fichier importé pour l’instant.').waitFor();
    await page.getByLabel('Choisir des fichiers de résultat').setInputFiles([resultFile('Bruno', [{ tick: 1, actions: [{ type: 'financier', instrument: 'coupon', target: {}, discountRate: 0.15 }] }])]);
    await page.getByText('Vérification terminée : 1 confirmé, 0 réfuté, 0 invalide.').waitFor({ timeout: 60_000 });
    await expect.poll(() => saved(page), { timeout: 10_000 }).toEqual([3, 3, 0]);

    await page.reload();
    // the class opened last comes back, verified at once
    await page.getByText('1 fichier retrouvé depuis votre dernière visite.').waitFor({ timeout: 30_000 });
    expect(await picker.inputValue()).toBe('NDRC 2');
    expect(await table.locator('tbody tr').count()).toBe(1);
    expect(await table.getByRole('row', { name: /Bruno/ }).textContent()).toMatch(/confirmé/);
    expect(await page.getByText(/vérifiés à nouveau/).count()).toBe(0);

    await picker.selectOption({ label: 'MCO 1' });
    await page.getByText('Vérification terminée : 1 confirmé, 1 réfuté, 0 invalide.').waitFor({ timeout: 30_000 });
    expect(await table.locator('tbody tr').count()).toBe(2);
    expect(await table.getByRole('row', { name: /Anna/ }).textContent()).toMatch(/confirmé/);
    expect(await table.getByRole('row', { name: /Éva/ }).textContent()).toMatch(/réfuté/);
    expect(await table.getByRole('row', { name: /Bruno/ }).count()).toBe(0);
    expect(await page.locator('.progress progress').count()).toBe(0);

    await picker.selectOption({ label: 'NDRC 2' });
    await page.getByText('Vérification terminée : 1 confirmé, 0 réfuté, 0 invalide.').waitFor({ timeout: 30_000 });
    expect(await table.getByRole('row', { name: /Anna/ }).count()).toBe(0);
    // the default class is there too, empty
    expect(await picker.locator('option').allTextContents()).toEqual(['Ma classe', 'MCO 1', 'NDRC 2']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps a class created empty in the selector after a reload, until the teacher clears it', async () => {
    const { page, errors, context } = await newPage(browser);
    await context.addInitScript(() => localStorage.setItem('fidelis.tourSeen', '1'));
    await page.goto(`${BASE_URL}#/class`);
    const kept = page.getByText(/La classe est enregistrée dans ce navigateur/);
    await kept.waitFor();
    const picker = page.getByRole('combobox', { name: 'Classe' });
    const options = () => picker.locator('option').allTextContents();
    const name = page.getByRole('form', { name: 'Nouvelle classe' }).getByRole('textbox', { name: 'Nom de la nouvelle classe' });

    // created before the lesson, nothing imported into it
    await name.fill('NDRC 2');
    await name.press('Enter');
    await expect.poll(() => picker.inputValue()).toBe('NDRC 2');
    await page.getByText('Aucun fichier importé pour l’instant.').waitFor();
    // another class shown last: only what the browser stored can bring « NDRC 2 » back
    await picker.selectOption({ label: 'Ma classe' });
    await expect.poll(() => picker.inputValue()).toBe('');
    await page.waitForFunction(() => localStorage.getItem('fidelis.classView.lastClass') === null);

    await page.reload();
    await kept.waitFor();
    expect(await picker.inputValue()).toBe('');
    expect(await options()).toEqual(['Ma classe', 'NDRC 2']);
    await picker.selectOption({ label: 'NDRC 2' });
    await page.getByText('Aucun fichier importé pour l’instant.').waitFor();

    // cleared: it leaves the list, here and after a reload
    await page.getByRole('button', { name: 'Effacer la classe…' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Effacer la classe « NDRC 2 » ?' });
    expect(await dialog.textContent()).toMatch(/elle sera retirée de la liste «\u00a0Classe\u00a0» de ce navigateur/);
    await dialog.getByRole('button', { name: 'Effacer la classe' }).click();
    await expect.poll(options).toEqual(['Ma classe']);
    expect(await picker.inputValue()).toBe('');
    await page.reload();
    await kept.waitFor();
    expect(await options()).toEqual(['Ma classe']);
    expect(errors).toEqual([]);
    await context.close();
  });
});
