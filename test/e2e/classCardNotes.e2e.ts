/**
 * The notes a class link puts under a home card's objectives, in real Chromium (the component tests cannot read the
 * styles): with the survey locked and acquisition hidden, the optician's satisfaction objective says in bold that it
 * cannot be met, its recruitment objective says in plain type that it is harder (METRIC_NEEDS: walk-ins still count).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { BASE_URL, launchBrowser, newPage } from './browser.ts';
import { frenchText } from '../../src/i18n/frenchSpacing.ts';

describe('a home card under a class link, in real Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('says « impossible » in bold and « plus difficile » in plain type, each under its own objective', async () => {
    const { page, errors, context } = await newPage(browser);
    await context.addInitScript(() => localStorage.setItem('fidelis.tourSeen', '1'));
    await page.goto(`${BASE_URL}?shop=optique-lumiere&lang=fr&lock=enquete&hide=acquisition`);
    const card = page.locator('article', { has: page.getByRole('button', { name: /Commencer « Optique Lumière »/ }) });
    const impossible = card.locator('.objectives li', { hasText: /satisfaction/i }).getByText(/^Impossible à atteindre/);
    const harder = card.locator('.objectives li', { hasText: /recruter/i }).getByText(/^Plus difficile/);
    await impossible.waitFor();
    await harder.waitFor();
    expect(await harder.textContent()).toBe(frenchText`Plus difficile avec le lien de votre enseignant : un outil qui y aide n’est pas disponible.`);
    const weight = (el: Element) => Number(getComputedStyle(el).fontWeight);
    expect(await impossible.evaluate(weight)).toBeGreaterThanOrEqual(600);
    expect(await harder.evaluate(weight)).toBeLessThan(600);
    // each on its own line under its objective, at the same size
    const size = (el: Element) => [getComputedStyle(el).display, getComputedStyle(el).fontSize];
    expect(await harder.evaluate(size)).toEqual(await impossible.evaluate(size));
    expect((await harder.evaluate(size))[0]).toBe('block');
    // the link's note and the other shops' fold: the class link's texts, fetched with the link's reading (i18n/areas.ts PRESETS_AREAS)
    await expect(card.getByTestId('class-note').textContent()).resolves.toMatch(/^Commerce choisi par votre enseignant/);
    await expect(page.getByTestId('other-shops').locator('summary').textContent()).resolves.toBe('Autres commerces (hors choix de votre enseignant)');
    expect(errors).toEqual([]);
    await context.close();
  });
});
