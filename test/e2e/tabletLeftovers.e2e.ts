/**
 * What the QA tablet verification still found on a 768 x 1024 touch tablet (hasTouch, real Chromium):
 * targets under 44 px (#1: the nav links 42 px high, the customer table's R / F / M headers 35-40 px
 * wide, the glossary pop-up's « Ouvrir la fiche complète » 23 px high, the home's file input 36 px),
 * a mouse keeping its density; and the Bilan's programme table 776 px in its 736 px box in portrait,
 * the ROI half cut until scrolled (#11), in French and in English.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { BASE_URL, launchBrowser } from './browser.ts';
import { nav, startBakery } from './student.ts';

interface Sizes {
  file: number;
  navLinks: number[];
  seeCard: number;
  rfm: number[];
}

/** The sizes the QA measured: the home's file input and the nav links' heights, the pop-up link's height, the R / F / M headers' widths. */
async function sizes(page: Page): Promise<Sizes> {
  await page.goto(BASE_URL);
  const file = (await page.locator('#import-file').boundingBox())!.height;
  await startBakery(page);
  const navLinks = await nav(page)
    .locator('a')
    .evaluateAll((links) => links.filter((a) => a.getBoundingClientRect().width > 0).map((a) => a.getBoundingClientRect().height));
  await page.locator('main .glossary-link > button').first().click();
  const seeCard = (await page.getByRole('link', { name: 'Ouvrir la fiche complète' }).boundingBox())!.height;
  await page.getByRole('dialog').getByRole('button', { name: 'Fermer' }).click();
  await nav(page).getByRole('link', { name: 'Base clients' }).click();
  await page.getByRole('grid').locator('tbody tr:not(.spacer)').first().waitFor();
  const rfm = await page
    .getByRole('grid')
    .locator('thead button')
    .evaluateAll((buttons) => buttons.filter((b) => ['R', 'F', 'M'].includes(b.textContent!.trim())).map((b) => b.getBoundingClientRect().width));
  return { file, navLinks, seeCard, rfm };
}

/** The Bilan's programme table: how much wider it is than its box, and whether the ROI cell is inside the box. */
function programmeTableFit(page: Page): Promise<{ over: number; roiInside: boolean }> {
  return page.locator('section[aria-labelledby="db-programmes"] .table-scroll').first().evaluate((box) => {
    const outer = box.getBoundingClientRect();
    const roi = box.querySelector('tbody tr:first-child > td:last-child')!.getBoundingClientRect();
    return { over: box.scrollWidth - box.clientWidth, roiInside: roi.right <= outer.right + 0.5 };
  });
}

describe('a portrait touch tablet, the QA verification’s leftovers', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('gives a finger 44 px targets where a mouse keeps its density', async () => {
    const touch = await browser.newContext({ locale: 'fr-FR', viewport: { width: 768, height: 1024 }, hasTouch: true, isMobile: true, deviceScaleFactor: 1 });
    const finger = await sizes(await touch.newPage());
    expect(finger.file).toBeGreaterThanOrEqual(43.5);
    expect(finger.navLinks.length).toBeGreaterThan(5);
    expect(Math.min(...finger.navLinks)).toBeGreaterThanOrEqual(43.5);
    expect(finger.seeCard).toBeGreaterThanOrEqual(43.5);
    expect(finger.rfm).toHaveLength(3);
    expect(Math.min(...finger.rfm)).toBeGreaterThanOrEqual(43.5);
    await touch.close();

    const desktop = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 800 } });
    const mouse = await sizes(await desktop.newPage());
    expect(Math.round(mouse.file)).toBe(36);
    expect(Math.max(...mouse.navLinks)).toBeLessThan(43.5);
    expect(mouse.seeCard).toBeLessThan(30);
    expect(Math.max(...mouse.rfm)).toBeLessThan(43.5);
    await desktop.close();
  }, 180_000);

  it('fits the Bilan’s programme table, ROI included, in its box (fr, en)', async () => {
    const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 768, height: 1024 }, hasTouch: true, isMobile: true, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await startBakery(page);
    // a programme with a control group, then the whole game
    await page.getByRole('radio', { name: 'Lien social', exact: true }).check();
    await page.getByRole('button', { name: /Appliquer à la cible/ }).click();
    await page.getByRole('button', { name: 'Aller jusqu’à la fin' }).click();
    await page.getByRole('button', { name: /^Jouer (les \d+ (semaines|mois)|la dernière semaine|le dernier mois)$/ }).click();
    await page.getByRole('status').filter({ hasText: 'La partie est terminée' }).waitFor({ timeout: 120_000 });
    await nav(page).getByRole('link', { name: 'Bilan' }).click();
    const table = page.getByRole('table', { name: /Effet de chaque action/ });
    await table.waitFor();
    // the figures' row has a measured estimate: its ROI, ± more than 100 points here, is said in words (issue #4, app/roi.ts
    // ROI_MAX_ERROR) beside the margin's interval, which holds the « ± » the QA measured, or, an estimate lost in its
    // error, the interval alone and « (gain ou perte : impossible à dire) », longer still (86979eb)
    expect(await table.locator('tbody tr:first-child > td:last-child').textContent()).toMatch(/±|non chiffrable \(trop incertain\)/);
    expect(await table.locator('tbody tr:first-child > td:nth-last-child(2)').textContent()).toMatch(/±|entre .+ et .+ \(gain ou perte\s:\simpossible à dire\)/);
    expect(await programmeTableFit(page)).toEqual({ over: 0, roiInside: true });
    // still a table whose header a screen reader hears in full
    await table.getByRole('columnheader', { name: 'Marge supplémentaire', exact: true }).waitFor();
    expect(await page.getByTestId('scroll-hint').count()).toBe(0);

    await page.locator('button[lang="en"]').click();
    await page.getByRole('table', { name: /Effect of each loyalty action/i }).waitFor();
    expect(await programmeTableFit(page)).toEqual({ over: 0, roiInside: true });
    await context.close();
  }, 240_000);
});
