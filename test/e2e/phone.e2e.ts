/**
 * A self-learner's phone in real Chromium (390 x 844, touch, isMobile; QA phone, /work/team/qa4.md): the screen's
 * navigation is one row scrolling sideways in its own box, with the current link and the link a guided tour step
 * outlines brought into it (wrapped, the links and the header took 450 of the 844 px above each screen's title);
 * the programmes chart's tip, a programme's long name, stays on the screen; a strategy's facts put each term
 * above its sentences; the glossary card's way back and « Voir aussi » links are 44 px high; the target preview says it scrolls sideways.
 * The same strip on a laptop zoomed to 200 % (640 CSS px wide), used with the keyboard: each link Tab reaches is brought wholly into it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser, phonePage } from './browser.ts';
import { nav, poll, startBakery, tickLabel } from './student.ts';

/** How far an element sits outside the navigation's box, sideways (0: all of it inside). */
async function outsideNav(page: Page, element: Locator): Promise<number> {
  const [box, own] = [(await nav(page).boundingBox())!, (await element.boundingBox())!];
  return Math.round(Math.max(0, box.x - own.x, own.x + own.width - (box.x + box.width)));
}

/** The phone's touch screen, at its pixel ratio. */
const TOUCH = { hasTouch: true, isMobile: true, deviceScaleFactor: 2 };

describe('a phone in real Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('keeps the navigation to one row, its current link and the tour’s outlined link in sight', async () => {
    const { context, page } = await phonePage(browser, TOUCH);
    await startBakery(page);
    await page.evaluate(() => scrollTo(0, 0));
    // one row of 44 px links (five rows before, 260 px), the screen's title in the top third of the phone
    expect((await nav(page).boundingBox())!.height).toBeLessThanOrEqual(50);
    const title = await page.getByRole('heading', { level: 2, name: 'Décisions' }).boundingBox();
    expect(title!.y).toBeLessThan(300);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
    // the strategy's advantages, drawbacks and delay: the sentences as wide as the form (166 px beside their terms before)
    const sentences = page.locator('dl.facts', { hasText: 'Inconvénients' }).locator('dd').first();
    expect((await sentences.boundingBox())!.width).toBeGreaterThan(300);

    // a link far along the row: once its screen is open, the current link is in the box
    await nav(page).getByRole('link', { name: 'Glossaire' }).tap();
    await page.getByRole('heading', { level: 2, name: 'Glossaire' }).waitFor();
    const current = nav(page).locator('[aria-current="page"]');
    expect(await outsideNav(page, current)).toBe(0);

    // the tour's step on the time bar, opened from the glossary, outlines the « Décisions » link, at the other end
    await page.getByRole('button', { name: 'Visite guidée' }).tap();
    for (let step = 1; step < 4; step++) await page.getByRole('button', { name: 'Suivant' }).tap();
    await page.getByRole('heading', { name: '3. Avancez dans le temps' }).waitFor();
    const outlined = nav(page).locator('[data-tour-current]');
    await expect.poll(() => outlined.count()).toBe(1);
    expect(await outlined.textContent()).toBe('Décisions');
    expect(await outsideNav(page, outlined)).toBe(0);
    await context.close();
  });

  it('brings each link Tab reaches wholly into the strip, on a laptop zoomed to 200 % (QA a11y qa8 F1)', async () => {
    // 1280 x 800 at 200 %: 640 CSS px wide, the browser's bars taking some of the height
    const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 640, height: 360 }, deviceScaleFactor: 2 });
    const page = await context.newPage();
    await startBakery(page);
    await page.getByRole('link', { name: 'Aller au contenu' }).focus();
    const seen: string[] = [];
    for (let step = 0; step < 30 && seen.length < 13; step++) {
      await page.keyboard.press('Tab');
      const inNav = await page.evaluate(() => document.activeElement?.closest('nav[aria-label="Écrans du jeu"]') !== null);
      if (!inNav) continue;
      const name = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
      // Chromium scrolls a focused element into view only when none of it shows: « Graphiques » stayed cut to its « G »,
      // « Espace enseignant » to « ▸ Esp », the focus ring on the strip's edge
      seen.push(`${name} ${await outsideNav(page, page.locator(':focus'))}`);
    }
    expect(seen.length).toBeGreaterThan(10);
    expect(seen.filter((s) => !s.endsWith(' 0'))).toEqual([]);
    await context.close();
  });

  it('keeps the programmes chart’s tip, a programme’s long name, on the screen', async () => {
    const { context, page } = await phonePage(browser, TOUCH);
    await startBakery(page);
    const segments = page.getByRole('group', { name: /Segments RFM/ });
    for (const box of await segments.getByRole('checkbox', { checked: true }).all()) await box.uncheck();
    await segments.getByRole('checkbox', { name: 'Bon client', exact: true }).check();
    await page.getByRole('radio', { name: 'Personnalisation', exact: true }).check();
    await page.getByRole('button', { name: /Appliquer à la cible/ }).tap();
    // each step seen done before the next: a failure (CI, once: no chart in 30 s) then says which one did not happen
    await page.locator('#pending-list').getByText('Personnalisation : Relance personnalisée').waitFor();
    await page.getByRole('button', { name: 'Avancer d’une semaine' }).tap();
    await poll(() => tickLabel(page)).toBe('Semaine 2 / 52, à jouer');
    await nav(page).getByRole('link', { name: 'Graphiques' }).tap();
    await page.getByRole('heading', { level: 2, name: 'Graphiques' }).waitFor();
    const chart = page.getByRole('img', { name: 'Coût et rentabilité des programmes' });
    await chart.scrollIntoViewIfNeeded();
    // its one programme's tip (the arrow keys give it where a tap's place would depend on the axis' range); its long
    // name is wider than half the phone, and the tip flips to the left of the bar's end
    // drawn once in sight (chart.js sizes the canvas then: 2 × 330 px wide here, 300 before)
    await poll(() => chart.evaluate((canvas) => (canvas as HTMLCanvasElement).width)).toBeGreaterThan(300);
    await chart.focus();
    await page.keyboard.press('ArrowRight');
    const tip = page.locator('.tip');
    await poll(() => tip.count()).toBe(1);
    expect(await tip.innerText()).toMatch(/^Personnalisation — Relance personnalisée \(Semaine 1\)\n/);
    const seen = (await tip.boundingBox())!;
    expect(seen.x).toBeGreaterThanOrEqual(0);
    expect(seen.x + seen.width).toBeLessThanOrEqual(390);
    await context.close();
  });

  it('gives the glossary card’s way back and its « Voir aussi » links a finger’s 44 px', async () => {
    const { context, page } = await phonePage(browser, TOUCH);
    await startBakery(page);
    // a « ? » of the decisions screen, its pop-up's full card: the glossary offers the way back
    await page.getByRole('button', { name: /^Définition :/ }).first().tap();
    await page.getByRole('dialog').getByRole('link', { name: 'Ouvrir la fiche complète' }).tap();
    await page.getByRole('heading', { level: 2, name: 'Glossaire' }).waitFor();
    const back = page.getByRole('link', { name: '← Retour aux décisions' });
    // 23 px before, and the « Voir aussi » links 19 px (QA phone F10)
    expect((await back.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    const related = page.locator('.slot.focused .related a');
    expect(await related.count()).toBeGreaterThan(0);
    for (const link of await related.all()) expect((await link.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await context.close();
  });

  it('says the target preview table scrolls sideways, in its own box', async () => {
    const { context, page } = await phonePage(browser, TOUCH);
    await startBakery(page);
    // wider than the phone: it scrolled in the target's box without a word, its R-F-M column cut (QA phone F7)
    const scroller = page.getByRole('region', { name: 'Tableau : Premiers clients de la cible' });
    await scroller.scrollIntoViewIfNeeded();
    await poll(() => scroller.getAttribute('data-overflowing')).toBe('true');
    const hint = page.getByTestId('scroll-hint').filter({ hasText: 'Tableau plus large que l’écran' });
    expect(await hint.isVisible()).toBe(true);
    expect((await hint.boundingBox())!.y).toBeLessThan((await scroller.boundingBox())!.y);
    await context.close();
  });

  it('gives the Bilan’s « Revenir aux décisions » link of a game in progress a 24 px target (QA qa21 F10: 19 px)', async () => {
    const { context, page } = await phonePage(browser, TOUCH);
    await startBakery(page);
    await nav(page).getByRole('link', { name: 'Bilan' }).click();
    const back = page.getByRole('link', { name: 'Revenir aux décisions pour continuer la partie' });
    expect((await back.boundingBox())!.height).toBeGreaterThanOrEqual(24);
    await context.close();
  });
});
