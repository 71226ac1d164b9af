/**
 * QA self-learner #1 in real Chromium, where a focused button that disables itself drops the focus on
 * the page body: « Appliquer à la cible », « Appliquer cette politique » and « Commander l’enquête »,
 * pressed with the keyboard, leave the focus on the decision they queued in « Décisions de la période » (so does
 * « Arrêter » of a running programme),
 * and the next Tab goes on from there (its « Retirer » button), not from the top of the page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { BASE_URL, launchBrowser, newPage } from './browser.ts';
import { poll, startBakery, tickLabel } from './student.ts';

const focused = (page: Page) =>
  page.evaluate(() => {
    const e = document.activeElement;
    return e ? `${e.tagName} ${(e.getAttribute('aria-label') ?? e.textContent ?? '').replace(/\s+/g, ' ').trim()}` : 'none';
  });

describe('focus after a decision button (Chromium)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('goes to the new decision of « Décisions de la période »', async () => {
    const { page, errors, context } = await newPage(browser);
    await startBakery(page);
    const list = page.getByRole('region', { name: 'Décisions de la semaine' });

    const apply = page.getByRole('button', { name: /^Appliquer à la cible/ });
    await poll(() => apply.isEnabled()).toBe(true);
    await apply.focus();
    await page.keyboard.press('Enter');
    await poll(() => apply.isDisabled()).toBe(true);
    await poll(() => focused(page)).toMatch(/^LI .*Retirer$/);
    expect(await list.getByRole('listitem').count()).toBe(1);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatch(/^BUTTON Retirer la décision 1\s:\s.+/);

    const complaints = page.getByRole('form', { name: /Politique de réclamations/ });
    await complaints.getByRole('radio').last().check();
    const policy = complaints.getByRole('button', { name: 'Appliquer cette politique' });
    await policy.focus();
    await page.keyboard.press('Enter');
    await poll(() => policy.isDisabled()).toBe(true);
    await poll(() => focused(page)).toMatch(/^LI .*réclamations.*Retirer$/i);

    const order = page.getByRole('button', { name: 'Commander l’enquête' });
    await order.focus();
    await page.keyboard.press('Enter');
    await poll(() => order.isDisabled()).toBe(true);
    await poll(() => list.getByRole('listitem').count()).toBe(3);
    await poll(() => page.evaluate(() => document.activeElement === document.querySelector('#pending-list > li:last-child'))).toBe(true);

    // the next period: « Arrêter » a running programme queues its stop, and disables itself (QA a11y qa8 F4: the focus fell on the body)
    await page.getByRole('button', { name: 'Avancer d’une semaine' }).click();
    await poll(() => tickLabel(page)).toBe('Semaine 2 / 52, à jouer');
    const stop = page.getByRole('button', { name: /^Arrêter le programme/ });
    // disabled while the period is saved: focus() on it then did nothing
    await poll(() => stop.isEnabled()).toBe(true);
    await stop.focus();
    expect(await focused(page)).toMatch(/^BUTTON Arrêter le programme/);
    await page.keyboard.press('Enter');
    await poll(() => stop.isDisabled()).toBe(true);
    await poll(() => focused(page)).toMatch(/^LI .*Arrêt.*Retirer$/i);

    expect(errors).toEqual([]);
    await context.close();
  });

  it('« Valider la réponse » of mission 1 leaves the focus on the result link, which says the answer was right', async () => {
    const { page, errors, context } = await newPage(browser);
    await page.goto(`${BASE_URL}#/missions`);
    await page.getByRole('dialog', { name: 'Bienvenue dans Fidélis' }).waitFor();
    await page.getByRole('button', { name: 'Passer la visite' }).click();
    await page.getByRole('button', { name: 'Commencer la mission 1' }).first().click();
    const banner = page.getByTestId('mission-banner');
    await banner.waitFor();
    await page.getByRole('navigation', { name: 'Écrans du jeu' }).getByRole('link', { name: 'Décisions' }).click();
    const count = page.getByTestId('target-count');
    await poll(() => count.textContent()).toMatch(/\d+ clients correspondent/);
    const everyone = await count.textContent();
    await page.getByRole('group', { name: /Segments RFM/ }).getByRole('checkbox', { name: 'Futur non-client' }).check();
    await poll(() => count.textContent()).not.toBe(everyone);
    await poll(() => count.textContent()).toMatch(/clients? corresp/);
    const size = Number(((await count.textContent()) ?? '').replace(/\D/g, ''));

    await banner.getByRole('textbox', { name: /Nombre de clients du segment/ }).focus();
    await page.keyboard.type(String(size));
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('BUTTON Valider la réponse');
    await page.keyboard.press('Enter');
    await poll(() => focused(page)).toBe('A Mission terminée : voir le bilan');
    const link = banner.getByRole('link', { name: 'Mission terminée : voir le bilan' });
    expect((await link.getAttribute('aria-describedby')) ?? '').not.toBe('');
    expect(((await banner.locator('#mission-right-answer').textContent()) ?? '').replace(/[\u00a0\u202f]/g, ' ')).toMatch(/^Bonne réponse : [\d ]+ clients\.$/);

    expect(errors).toEqual([]);
    await context.close();
  });

  it('« Renommer » on the home page focuses the name field; Escape cancels and gives the focus back to « Renommer »', async () => {
    const { page, errors, context } = await newPage(browser);
    await startBakery(page);
    await page.getByRole('navigation', { name: 'Écrans du jeu' }).getByRole('link', { name: 'Accueil' }).click();
    const saved = page.getByRole('region', { name: 'Parties enregistrées' });
    const rename = saved.getByRole('button', { name: 'Renommer' }).first();
    await rename.waitFor();
    await rename.focus();
    await page.keyboard.press('Enter');
    await poll(() => page.evaluate(() => document.activeElement?.getAttribute('id') ?? document.activeElement?.tagName)).toMatch(/^rename-/);
    await page.keyboard.press('Escape');
    await poll(() => focused(page)).toMatch(/^BUTTON Renommer «/);
    await page.keyboard.press('Enter');
    await poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('INPUT');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Partie renommée');
    await page.keyboard.press('Enter');
    await saved.getByText('Partie renommée').waitFor();
    await poll(() => focused(page)).toMatch(/^BUTTON Renommer «/);

    expect(errors).toEqual([]);
    await context.close();
  });

  it('real data: « Importer » and « Calculer le RFM » leave the focus on the status of their result', async () => {
    const { page, errors, context } = await newPage(browser);
    await page.goto(`${BASE_URL}#/analytics`);
    await page.getByRole('heading', { level: 2, name: 'Analyse de données réelles' }).waitFor();
    await page
      .getByRole('button', { name: 'Passer la visite' })
      .click({ timeout: 5000 })
      .catch(() => {});
    await page.getByRole('button', { name: 'Essayer avec l’échantillon CDNOW' }).click();
    const importButton = page.getByRole('button', { name: 'Importer' });
    await importButton.focus();
    await page.keyboard.press('Enter');
    await poll(() => focused(page)).toMatch(/^P \d[\d\s]* achats de [\d\s]+ clients importés/);
    const rfm = page.getByRole('button', { name: 'Calculer le RFM' });
    await rfm.focus();
    await page.keyboard.press('Enter');
    await poll(() => page.evaluate(() => document.activeElement?.closest('section[aria-labelledby="analytics-rfm"]') !== null && document.activeElement?.getAttribute('role') === 'status')).toBe(true);

    expect(errors).toEqual([]);
    await context.close();
  });
});
