/**
 * Keyboard and screen-reader semantics in real Chromium, where a focused button that is removed
 * or disabled drops the focus on the page body (jsdom keeps it): « Lecture » then « Pause » keep
 * the focus on the toggle, « Rendre mon travail maintenant » keeps it on the button while the file
 * is prepared, the tab's title names the screen, and a played period is summed up in a status line.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage } from './browser.ts';
import { nav, poll, startBakery, tickLabel } from './student.ts';

const focused = (page: Page) => page.evaluate(() => `${document.activeElement?.tagName} ${document.activeElement?.textContent?.trim() ?? ''}`);

describe('keyboard focus and screen-reader names', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('keeps the focus on play/pause and on the hand-in button, names the tab, and says what a period did', async () => {
    const { page, errors, context } = await newPage(browser);
    await startBakery(page);
    expect(await page.title()).toBe('Décisions — Fidélis');
    // Chromium's names: the glossary « ? » is not part of the heading, region or group it sits in
    await page.getByRole('heading', { name: 'Cible', exact: true }).waitFor();
    await page.getByRole('region', { name: 'Cible', exact: true }).waitFor();
    await page.getByRole('group', { name: 'Segments RFM', exact: true }).waitFor();
    await page.getByRole('combobox', { name: 'Récence (R) de', exact: true }).waitFor();

    await page.getByRole('button', { name: 'Lecture' }).focus();
    await page.keyboard.press('Enter');
    await poll(() => focused(page)).toBe('BUTTON Pause');
    await poll(() => tickLabel(page)).not.toBe('Semaine 1 / 52, à jouer');
    await page.keyboard.press('Enter');
    await poll(() => focused(page)).toBe('BUTTON Lecture');
    // once the time stops, one line says what the last period did
    await poll(async () => (await page.getByTestId('advance-outcome').textContent())?.replace(/[\u00a0\u202f]/g, ' ')).toMatch(/^Semaines? \d+( à \d+)? : \d+ clients? perdus?, \d+ nouveaux? clients?\.$/);
    // still the same place: the next Tab goes on from the toggle, not from the skip link
    expect(await focused(page)).toBe('BUTTON Lecture');

    await nav(page).getByRole('link', { name: 'Bilan' }).click();
    await poll(() => page.title()).toBe('Bilan — Fidélis');
    await page.getByLabel(/^Votre nom/).fill('Léa Martin');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Rendre mon travail maintenant' }).focus();
    await page.keyboard.press('Enter');
    await downloading;
    await page.getByText(/Fichier «\u00a0fidelis-resultat-lea-martin-.*\.json\u00a0» prêt/).waitFor();
    expect(await focused(page)).toBe('BUTTON Rendre mon travail maintenant');

    await page.getByRole('button', { name: 'English' }).click();
    await poll(() => page.title()).toBe('Debrief — Fidélis');

    expect(errors).toEqual([]);
    await context.close();
  });

  it('after « Avancer d’une semaine » the focus lands once, on the button in sight, and the outcome line says the period', async () => {
    const { page, errors, context } = await newPage(browser);
    // a 1366 x 768 laptop: the time bar's heading is visually hidden there (compact bar)
    await page.setViewportSize({ width: 1366, height: 768 });
    await startBakery(page);
    const one = page.getByRole('button', { name: 'Avancer d’une semaine' });
    await one.focus();
    // every element the focus goes to, and whether it could be seen there (more than 1 px, not clipped away)
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      document.addEventListener('focusin', (e) => {
        const el = e.target as HTMLElement;
        const box = el.getBoundingClientRect();
        const visible = box.width > 1 && box.height > 1 && getComputedStyle(el).clipPath === 'none';
        seen.push(`${el.tagName} ${el.textContent?.trim() ?? ''}${visible ? '' : ' (hidden)'}`);
      });
    });
    await page.keyboard.press('Enter');
    await poll(() => tickLabel(page)).toBe('Semaine 2 / 52, à jouer');
    await poll(async () => (await page.getByTestId('advance-outcome').textContent())?.replace(/[\u00a0\u202f]/g, ' ')).toMatch(/^Semaine 1 : \d+ clients? perdus?, \d+ nouveaux? clients?\.$/);
    // the heading « Avancer dans le temps » (1 px there) took the focus for about a second, then the button again
    expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual([]);
    expect(await focused(page)).toBe('BUTTON Avancer d’une semaine');
    expect(await one.isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('asks before going to the end and cancels without moving the page: the focus goes into the sticky time bar in place', async () => {
    const { page, errors, context } = await newPage(browser);
    await startBakery(page);
    // the learner reads the decisions half-way down; the time bar stays at the bottom of the window
    await page.evaluate(() => window.scrollTo(0, 600));
    await page.getByRole('button', { name: 'Aller jusqu’à la fin' }).evaluate((b: HTMLElement) => b.focus({ preventScroll: true }));
    await page.keyboard.press('Enter');
    await poll(() => focused(page)).toBe('BUTTON Annuler');
    // the focus went to « Annuler », then back to « Aller jusqu’à la fin »: the page had scrolled 25, then 410 px
    // (scroll-padding-bottom keeps the bar's height free, so a plain focus() lifted its buttons above it)
    expect(await page.evaluate(() => window.scrollY)).toBe(600);
    await page.keyboard.press('Enter');
    await poll(() => focused(page)).toBe('BUTTON Aller jusqu’à la fin');
    expect(await page.evaluate(() => window.scrollY)).toBe(600);
    expect(await tickLabel(page)).toBe('Semaine 1 / 52, à jouer');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('moves along the sticky time bar with Tab and Shift+Tab without scrolling the page', async () => {
    const { page, errors, context } = await newPage(browser);
    await startBakery(page);
    // the learner reads the decisions half-way down and goes from button to button in the bar at the window's bottom
    await page.evaluate(() => window.scrollTo(0, 600));
    await page.getByRole('button', { name: 'Avancer d’une semaine' }).evaluate((b: HTMLElement) => b.focus({ preventScroll: true }));
    expect(await page.evaluate(() => window.scrollY)).toBe(600);
    // the page's scroll-padding-bottom (the bar's room) made Chromium see the bar's own buttons as hidden:
    // each Tab scrolled the page about 350 px (600 -> 952 -> 1252)
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('BUTTON Avancer de 4 semaines');
    expect(await page.evaluate(() => window.scrollY)).toBe(600);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('BUTTON Aller jusqu’à la fin');
    expect(await page.evaluate(() => window.scrollY)).toBe(600);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe('BUTTON Avancer d’une semaine');
    expect(await page.evaluate(() => window.scrollY)).toBe(600);
    // a control of the page under the bar still comes above it when reached with Shift+Tab
    await page.keyboard.press('Shift+Tab');
    const under = await page.evaluate(() => {
      const bar = document.querySelector('[data-sticky-bar]')!.getBoundingClientRect();
      const box = (document.activeElement as HTMLElement).getBoundingClientRect();
      return { bottom: box.bottom, barTop: bar.top, inBar: document.querySelector('[data-sticky-bar]')!.contains(document.activeElement) };
    });
    expect(under.inBar).toBe(false);
    expect(under.bottom).toBeLessThanOrEqual(under.barTop);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('gives the focus back to the « Supprimer » that opened the deletion question without moving the page', async () => {
    const { page, errors, context } = await newPage(browser);
    await startBakery(page);
    await nav(page).getByRole('link', { name: 'Accueil' }).click();
    const remove = page.getByRole('button', { name: /^Supprimer «/ });
    await remove.waitFor();
    // the saved run's « Supprimer » in sight near the window's bottom, inside the page's scroll-padding-bottom (4.5rem)
    await remove.evaluate((b) => window.scrollBy(0, Math.round(b.getBoundingClientRect().bottom - (window.innerHeight - 20))));
    const place = await page.evaluate(() => window.scrollY);
    expect(place).toBeGreaterThan(0);
    // a learner's click where the button is (Playwright's own click would first scroll it out of that padding)
    const box = (await remove.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const question = page.getByRole('alertdialog');
    await poll(() => focused(page)).toBe('BUTTON Annuler');
    await page.keyboard.press('Escape');
    await question.waitFor({ state: 'detached' });
    await poll(() => focused(page)).toBe('BUTTON Supprimer');
    // a plain focus() lifted the button above the padding: the page had scrolled 38 px
    expect(await page.evaluate(() => window.scrollY)).toBe(place);
    // the same with the question's own « Annuler »
    await page.keyboard.press('Enter');
    await poll(() => focused(page)).toBe('BUTTON Annuler');
    await question.getByRole('button', { name: 'Annuler' }).click();
    await poll(() => focused(page)).toBe('BUTTON Supprimer');
    expect(await page.evaluate(() => window.scrollY)).toBe(place);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('Tab out of a glossary pop-up of the strategy form goes on to the next control, not to « Décisions de la période » (QA a11y qa8 F3)', async () => {
    const { page, errors, context } = await newPage(browser);
    await startBakery(page);
    const strategy = page.getByRole('region', { name: /Stratégie de fidélisation/ });
    await strategy.getByRole('button', { name: 'Définition : Les quatre stratégies de fidélisation', exact: true }).focus();
    await page.keyboard.press('Enter');
    const popup = page.getByRole('dialog', { name: 'Les quatre stratégies de fidélisation' });
    await popup.waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('BUTTON Fermer');
    // the pop-up and its focused « Fermer » were removed while the focus moved on: Chromium dropped it on the
    // body, and the form's keepFocus sent it to the « Décisions de la période » heading, far down the page
    await page.keyboard.press('Tab');
    await popup.waitFor({ state: 'detached' });
    await poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('radio');
    expect(await page.evaluate(() => document.activeElement?.closest('[data-tour="strategy"]') !== null)).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('skips from the decisions title to the strategy or the time bar, and Enter in a campaign budget launches nothing (QA class #3)', async () => {
    const { page, errors, context } = await newPage(browser);
    await startBakery(page);
    const title = page.getByRole('heading', { level: 2, name: 'Décisions' });
    const ring = () => page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    await title.focus();
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('A Aller au choix de la stratégie');
    // shown once focused
    const box = (await page.getByRole('link', { name: 'Aller au choix de la stratégie' }).boundingBox())!;
    expect(box.width).toBeGreaterThan(100);
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('H3 Stratégie de fidélisation');
    expect(await ring()).toBe('solid');
    expect(await page.evaluate(() => location.hash)).toBe('#/decisions');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('[data-tour="strategy"]') !== null)).toBe(true);

    await title.focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('A Aller à la barre du temps');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('time-bar');
    expect(await ring()).toBe('solid');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName === 'BUTTON' && document.activeElement.closest('#time-bar') !== null)).toBe(true);

    const budget = page.getByRole('spinbutton', { name: 'Budget de la campagne (€)' });
    await budget.focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('#pending-list > li').count()).toBe(0);
    await page.getByRole('button', { name: 'Lancer la campagne' }).click();
    await poll(() => page.locator('#pending-list > li').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});
