/**
 * A phone (390 x 844, touch) in real Chromium, QA qa31phoneEn. m2: a finger's targets are 44 px: the glossary « ? »
 * keeps its 26 px circle in the text but its invisible hit area is 44 x 44 (it was 42, the inset counted inside the
 * border), the editor's buttons 44 px high (36), the customer table's name buttons 44 (43). m5: on a first visit, the
 * tour open, a « ? » tapped on a home card opens its glossary card with the tour out of the way (its box covered the
 * card's bottom third and « ← Retour »), and the tour comes back at its step on return.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { BASE_URL, launchBrowser, phonePage } from './browser.ts';

const TOUCH = { hasTouch: true, isMobile: true, deviceScaleFactor: 1 };

/**
 * The visible glossary « ? » of the page (at most `max`) whose hit area is under 44 x 44 px: each is scrolled to the
 * window's middle, and a finger 21.5 px left, right, above and below its centre (or its edge, when wider) must land on it
 * (or on the next « ? », when two sit on consecutive lines: lines closer than 44 px cannot give each its whole 44 px).
 */
function smallHitAreas(page: Page, max = 40): Promise<string[]> {
  return page.evaluate((max) => {
    const out: string[] = [];
    const all = [...document.querySelectorAll<HTMLElement>('main .glossary-link .help, main .concept-help')].filter((e) => e.getClientRects().length > 0);
    for (const e of all.slice(0, max)) {
      e.scrollIntoView({ block: 'center', inline: 'center' });
      const b = e.getBoundingClientRect();
      const [x, y] = [b.left + b.width / 2, b.top + b.height / 2];
      const [dx, dy] = [Math.max(b.width / 2, 22) - 0.5, Math.max(b.height / 2, 22) - 0.5];
      const missed = [
        [x - dx, y],
        [x + dx, y],
        [x, y - dy],
        [x, y + dy],
      ].filter(([px, py]) => {
        // two « ? » on consecutive lines (« ? Satisfaction », then « ? Les trois niveaux… » under it) share the band between them
        const hit = document.elementFromPoint(px, py);
        return !hit || !(e.contains(hit) || hit.matches('.touch-hit'));
      });
      if (missed.length > 0) out.push(`${e.getAttribute('aria-label')} ${Math.round(b.width)}x${Math.round(b.height)}`);
    }
    if (all.length === 0) out.push('no « ? » found');
    return out;
  }, max);
}

/** the visible buttons under `scope` less than 44 px high */
function lowButtons(page: Page, scope: string): Promise<string[]> {
  return page.evaluate(
    (scope) =>
      [...document.querySelectorAll<HTMLElement>(`${scope} button`)]
        .filter((b) => b.getClientRects().length > 0 && !b.matches('.glossary-link .help'))
        .filter((b) => b.getBoundingClientRect().height < 43.5)
        .map((b) => `${b.textContent?.trim().slice(0, 30)} ${Math.round(b.getBoundingClientRect().height)}`),
    scope,
  );
}

describe('a phone’s touch targets and the tour (QA qa31phoneEn)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('first visit: a home card’s « ? » opens its card with the tour out of the way, and the tour comes back on return', async () => {
    const { context, page, errors } = await phonePage(browser, TOUCH);
    await page.goto(BASE_URL);
    const welcome = page.getByRole('dialog', { name: 'Bienvenue dans Fidélis' });
    await welcome.waitFor();
    expect(await welcome.textContent()).toContain('Étape 1 sur 5');
    const help = page.locator('article[data-scenario] a.concept-help').first();
    await help.scrollIntoViewIfNeeded();
    await help.tap();
    const back = page.getByRole('link', { name: /^← Retour à l’écran « Accueil »/ });
    await back.waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
    // nothing over the card's way back
    await back.scrollIntoViewIfNeeded();
    const box = (await back.boundingBox())!;
    expect(await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.closest('a')?.textContent ?? '', [box.x + box.width / 2, box.y + box.height / 2])).toMatch(/Retour/);
    await back.tap();
    await page.getByRole('heading', { level: 2, name: 'Accueil' }).waitFor();
    await welcome.waitFor();
    expect(await welcome.textContent()).toContain('Étape 1 sur 5');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('gives the « ? » a 44 px hit area, the editor’s and the customer table’s buttons 44 px', async () => {
    const { context, page, errors } = await phonePage(browser, TOUCH);
    await context.addInitScript(() => localStorage.setItem('fidelis.tourSeen', '1'));
    await page.goto(BASE_URL);
    await page.getByRole('heading', { level: 2, name: 'Accueil' }).waitFor();
    expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
    await page.locator('article[data-scenario] a.concept-help').first().waitFor();
    expect(await smallHitAreas(page)).toEqual([]);
    // the circle keeps its 26 px in the text
    expect(Math.round((await page.locator('a.concept-help').first().boundingBox())!.height)).toBeLessThan(30);

    await page.getByRole('button', { name: /Commencer « Boulangerie du Marché »/ }).tap();
    await page.getByRole('heading', { level: 2, name: 'Décisions' }).waitFor();
    await page.getByTestId('tick-label').filter({ hasText: /^Semaine 1 \/ 52, à jouer$/ }).waitFor({ timeout: 30_000 });
    expect(await smallHitAreas(page)).toEqual([]);

    // « ? Scoring », a « ? » with its name
    await page.goto(`${BASE_URL}#/scoring`);
    await page.getByRole('heading', { level: 2, name: 'Labo de scoring' }).waitFor();
    expect(await smallHitAreas(page)).toEqual([]);

    await page.goto(`${BASE_URL}#/customers`);
    const grid = page.getByRole('grid');
    await grid.locator('tr[data-row="0"] th button').waitFor();
    expect(Math.round((await grid.locator('tr[data-row="0"] th button').boundingBox())!.height)).toBeGreaterThanOrEqual(44);

    await page.goto(`${BASE_URL}#/editor`);
    await page.getByRole('heading', { level: 2, name: 'Éditeur de scénario' }).waitFor();
    expect(await lowButtons(page, 'main')).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);
});
