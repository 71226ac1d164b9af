/**
 * Room for the decisions on small screens (QA qa12 F7). A 1024 x 768 touch tablet in mission 1: the header (125 px,
 * the run title on two lines), the two-row nav, the mission banner with its answer form (224 px) and the sticky time
 * bar left 234 px between the « Décisions » heading and the bar: a heading and one row of checkboxes. The header is
 * tighter and « Objectif » folds the banner to its title line, for the tab: about 410 px. A 390 x 844 touch phone: the
 * sticky bar's four buttons in two rows and its lines took 132 px (more with the outcome line, a third of the screen
 * in the QA's capture): « Avancer d’une semaine » and the pending line stay, the three others fold under « Autres choix ».
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { BASE_URL, launchBrowser, newPage, phonePage } from './browser.ts';
import { nav, poll, startBakery, tickLabel } from './student.ts';

/** px between the top of the « Décisions » heading and the top of the time bar, the page scrolled to its top */
function roomForDecisions(page: Page): Promise<number> {
  return page.evaluate(() => {
    window.scrollTo(0, 0);
    const bar = document.querySelector('#time-bar')!.getBoundingClientRect();
    return Math.round(Math.min(bar.top, innerHeight) - document.querySelector('#screen-title')!.getBoundingClientRect().top);
  });
}

function focused(page: Page, name: string): Promise<boolean> {
  return page.evaluate((name) => document.activeElement?.textContent?.includes(name) ?? false, name);
}

describe('room for the decisions on a tablet and a phone', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a tablet in a mission: the banner folds to one line from the keyboard, stays folded over a reload, and the decisions get about 410 px', async () => {
    const { page, errors } = await newPage(browser, { viewport: { width: 1024, height: 768 }, hasTouch: true });
    await page.goto(`${BASE_URL}?shop=boulangerie-du-marche&mission=1&seed=42&lang=fr`);
    await page.getByRole('button', { name: 'Commencer la mission 1' }).click();
    const banner = page.getByTestId('mission-banner');
    await banner.waitFor();
    await nav(page).getByRole('link', { name: 'Décisions' }).click();
    await page.getByRole('heading', { level: 2, name: 'Décisions' }).waitFor();
    await poll(() => tickLabel(page)).toBe('Semaine 1 / 4, à jouer');
    expect((await page.locator('header').boundingBox())!.height).toBeLessThanOrEqual(100);

    // open at first: the objective and the answer form
    const fold = banner.getByRole('button', { name: 'Objectif' });
    const objective = banner.getByText(/^Objectif\s: Trouvez combien de clients/);
    const answer = banner.getByRole('textbox', { name: /Nombre de clients du segment/ });
    expect(await fold.getAttribute('aria-expanded')).toBe('true');
    await expect(objective.isVisible()).resolves.toBe(true);
    await answer.fill('12');
    const open = await roomForDecisions(page);

    await fold.focus();
    await page.keyboard.press('Enter');
    expect(await fold.getAttribute('aria-expanded')).toBe('false');
    expect(await focused(page, 'Objectif')).toBe(true);
    await expect(objective.isVisible()).resolves.toBe(false);
    await expect(answer.isVisible()).resolves.toBe(false);
    // one line: the title, « Objectif » and « Ma mission »
    expect((await banner.boundingBox())!.height).toBeLessThanOrEqual(80);
    await expect(banner.getByRole('link', { name: 'Ma mission' }).isVisible()).resolves.toBe(true);
    const folded = await roomForDecisions(page);
    expect(folded).toBeGreaterThanOrEqual(400);
    expect(folded - open).toBeGreaterThanOrEqual(150);

    // back with one key press: the number typed is still there
    await page.keyboard.press('Space');
    expect(await fold.getAttribute('aria-expanded')).toBe('true');
    expect(await answer.inputValue()).toBe('12');
    await page.keyboard.press('Enter');

    // folded for the tab: a reload (and another screen) keeps it folded
    await page.reload();
    await poll(() => tickLabel(page)).toBe('Semaine 1 / 4, à jouer');
    await nav(page).getByRole('link', { name: 'Tableau de bord' }).click();
    await page.getByRole('heading', { level: 2, name: 'Tableau de bord' }).waitFor();
    expect(await fold.getAttribute('aria-expanded')).toBe('false');
    await expect(objective.isVisible()).resolves.toBe(false);
    expect(errors).toEqual([]);
  }, 180_000);

  it('a phone: the sticky time bar shows « Avancer d’une semaine » and the pending line, the other choices one tap away', async () => {
    const { page, errors } = await phonePage(browser, { hasTouch: true, isMobile: true });
    await startBakery(page);
    const region = page.getByRole('region', { name: 'Avancer dans le temps' });
    const height = async () => Math.round((await region.boundingBox())!.height);
    await page.evaluate(() => window.scrollTo(0, 1500));
    expect(await height()).toBeLessThanOrEqual(90);
    await expect(region.getByRole('button', { name: 'Avancer d’une semaine' }).isVisible()).resolves.toBe(true);
    await expect(region.getByTestId('advance-pending').isVisible()).resolves.toBe(true);
    expect(await region.getByTestId('advance-pending').textContent()).toBe('0 décision en attente pour cette semaine');
    const four = region.getByRole('button', { name: 'Avancer de 4 semaines' });
    await expect(four.isVisible()).resolves.toBe(false);

    // after a period, with the outcome line
    await region.getByRole('button', { name: 'Avancer d’une semaine' }).tap();
    await poll(() => tickLabel(page)).toBe('Semaine 2 / 52, à jouer');
    await poll(() => region.getByTestId('advance-outcome').textContent()).toMatch(/^Semaine 1\s: /);
    expect(await height()).toBeLessThanOrEqual(110);

    // the three others, from the keyboard: the focus stays on « Autres choix »
    const more = region.getByRole('button', { name: 'Autres choix' });
    expect(await more.getAttribute('aria-expanded')).toBe('false');
    await more.focus();
    await page.keyboard.press('Enter');
    expect(await more.getAttribute('aria-expanded')).toBe('true');
    expect(await focused(page, 'Autres choix')).toBe(true);
    for (const name of ['Avancer de 4 semaines', 'Aller jusqu’à la fin', 'Lecture']) await expect(region.getByRole('button', { name, exact: true }).isVisible()).resolves.toBe(true);
    await page.keyboard.press('Tab');
    expect(await focused(page, 'Avancer de 4 semaines')).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => tickLabel(page), { timeout: 120_000 }).toBe('Semaine 6 / 52, à jouer');
    await poll(() => four.evaluate((b) => b === document.activeElement)).toBe(true);
    await more.tap();
    await expect(four.isVisible()).resolves.toBe(false);

    // back up to the navigation (to read the results) from the folded bar: the Tab after « Autres choix », shown in the window (QA qa13 K1)
    await more.focus();
    await page.keyboard.press('Tab');
    expect(await focused(page, 'Revenir au menu')).toBe(true);
    const back = (await page.getByRole('link', { name: 'Revenir au menu' }).boundingBox())!;
    expect(back.width).toBeGreaterThan(60);
    expect(back.y).toBeGreaterThanOrEqual(0);
    expect(back.y + back.height).toBeLessThanOrEqual(844);
    await page.keyboard.press('Enter');
    await poll(() => nav(page).getByRole('link', { name: 'Décisions' }).evaluate((a) => a === document.activeElement)).toBe(true);
    const link = (await nav(page).getByRole('link', { name: 'Décisions' }).boundingBox())!;
    expect(link.y).toBeGreaterThanOrEqual(0);
    expect(link.y + link.height).toBeLessThanOrEqual(844);
    expect(await page.evaluate(() => location.hash)).toBe('#/decisions');
    expect(errors).toEqual([]);
  }, 180_000);
});
