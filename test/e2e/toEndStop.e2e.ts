/**
 * Issue #4 (a self-learner on a school laptop): « Aller jusqu’à la fin » on the Bilan played the remaining periods for 34 to
 * 45 s with nothing shown and no way to stop. In real Chromium, with the worker and IndexedDB: the Bilan shows the period
 * being played with a progress bar, « Arrêter » stops after that period, the run is saved at it (reload: same period,
 * same state), and « Aller jusqu’à la fin » then plays the rest. The decisions screen's time bar shows the same progress line
 * and « Arrêter » (AdvanceProgress) in place of its buttons, without growing on a 1366 x 768 laptop or a phone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newPage } from './browser.ts';
import { nav, poll, savedRun, startBakery, tickLabel } from './student.ts';

describe('several periods at once, from the Bilan or the time bar: progress and « Arrêter »', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows « Semaine N sur 52… », stops after the period being played, keeps it saved, and resumes to the end', async () => {
    const { page, errors } = await newPage(browser);
    await startBakery(page);
    await nav(page).getByRole('link', { name: 'Bilan' }).click();
    await page.getByRole('button', { name: 'Aller jusqu’à la fin' }).click();
    await page.getByRole('button', { name: 'Jouer les 52 semaines' }).click();

    const bar = page.getByRole('progressbar', { name: /^Semaine \d+ sur 52…$/ });
    await bar.waitFor();
    expect(await bar.getAttribute('max')).toBe('52');
    const stop = page.getByRole('button', { name: 'Arrêter' });
    // « Arrêter » has the focus: a keyboard stops it at once
    await poll(() => stop.evaluate((b) => b === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');

    const stopped = page.getByText(/^Arrêté après la semaine \d+ sur 52/);
    await stopped.waitFor({ timeout: 120_000 });
    // shown, not said: the header's live status says the stop (QA qa29access m5: both spoke, one after the other)
    expect(await stopped.evaluate((p) => p.closest('[aria-live], [role="status"]'))).toBeNull();
    const played = Number((await stopped.textContent())!.match(/semaine (\d+) sur 52/)![1]);
    expect(played).toBeGreaterThan(0);
    expect(played).toBeLessThan(52);
    expect(await bar.count()).toBe(0);
    // the period said is the one saved: nothing lost
    const saved = await savedRun(page);
    expect(saved.currentTick).toBe(played);

    // after a reload the run is at that very period, the header still saying where it stopped, and goes on to the end
    await page.reload();
    await poll(() => tickLabel(page)).toBe(`Semaine ${played + 1} / 52, à jouer, arrêté après la semaine ${played} sur 52`);
    expect((await savedRun(page)).stateHash).toBe(saved.stateHash);
    await nav(page).getByRole('link', { name: 'Bilan' }).click();
    await page.getByRole('button', { name: 'Aller jusqu’à la fin' }).click();
    await page.getByRole('button', { name: /^Jouer (les \d+ (semaines|mois)|la dernière semaine|le dernier mois)$/ }).click();
    // the finished game's Bilan: its result file (before the end the button reads « Rendre mon travail maintenant »)
    await page.getByRole('button', { name: 'Télécharger le fichier de résultat' }).waitFor({ timeout: 180_000 });
    // the page shows the last period as its save lands (the session moves its tick first): the record follows
    await poll(async () => (await savedRun(page)).currentTick).toBe(52);
    expect(errors).toEqual([]);
  }, 300_000);

  it('the decisions screen’s time bar shows the same progress and « Arrêter » in place of its buttons, on a 1366 x 768 laptop and a phone', async () => {
    const { page, errors } = await newPage(browser);
    await page.setViewportSize({ width: 1366, height: 768 });
    await startBakery(page);
    const region = page.getByRole('region', { name: 'Avancer dans le temps' });
    const height = async () => (await region.boundingBox())?.height ?? 0;
    const laptop = await height();
    await page.setViewportSize({ width: 375, height: 667 });
    const phone = await height();
    await page.setViewportSize({ width: 1366, height: 768 });
    await poll(height).toBe(laptop);

    await region.getByRole('button', { name: 'Aller jusqu’à la fin' }).click();
    await region.getByRole('button', { name: 'Jouer les 52 semaines' }).click();
    const bar = region.getByRole('progressbar', { name: /^Semaine \d+ sur 52…$/ });
    await bar.waitFor();
    expect(await bar.getAttribute('max')).toBe('52');
    const stop = region.getByRole('button', { name: 'Arrêter' });
    await poll(() => stop.evaluate((b) => b === document.activeElement)).toBe(true);
    // in place of the buttons: the sticky bar does not grow, on the laptop nor on the phone (where it loses a row)
    expect(await region.getByRole('button', { name: 'Avancer de 4 semaines' }).count()).toBe(0);
    expect(await height()).toBeLessThanOrEqual(laptop);
    await page.setViewportSize({ width: 375, height: 667 });
    expect(await height()).toBeLessThanOrEqual(phone);
    expect((await stop.boundingBox())!.x + (await stop.boundingBox())!.width).toBeLessThanOrEqual(375);
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.keyboard.press('Enter');

    // the stop is said once, by the header's live status; the bar shows it (out of sight where the bar is compact), not in a
    // live region (QA qa29access m5); the focus goes back to the button pressed
    const said = region.getByTestId('advance-said');
    const stopped = region.getByTestId('advance-stopped');
    await expect.poll(async () => (await stopped.textContent().catch(() => '')) ?? '', { timeout: 120_000 }).toMatch(/^Arrêté après la semaine \d+ sur 52/);
    expect(await said.textContent()).toBe('');
    expect(await stopped.evaluate((p) => p.closest('[aria-live], [role="status"]'))).toBeNull();
    const played = Number((await stopped.textContent())!.match(/semaine (\d+) sur 52/)![1]);
    expect(played).toBeGreaterThan(0);
    expect(played).toBeLessThan(52);
    expect(await bar.count()).toBe(0);
    expect((await savedRun(page)).currentTick).toBe(played);
    // the header says it too, on whatever screen the student is (QA qa28big M1), and its live copy is the one that speaks
    await poll(() => tickLabel(page)).toBe(`Semaine ${played + 1} / 52, à jouer, arrêté après la semaine ${played} sur 52`);
    await poll(() => page.getByTestId('status-live').textContent()).toContain(`arrêté après la semaine ${played} sur 52`);
    const end = region.getByRole('button', { name: 'Aller jusqu’à la fin' });
    await poll(() => end.evaluate((b) => b === document.activeElement)).toBe(true);

    // « Avancer de 4 semaines » from the keyboard: four more periods, then the focus is back on it
    const four = region.getByRole('button', { name: 'Avancer de 4 semaines' });
    await four.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => tickLabel(page), { timeout: 120_000 }).toBe(`Semaine ${played + 5} / 52, à jouer`);
    await poll(() => four.evaluate((b) => b === document.activeElement)).toBe(true);
    expect(await said.textContent()).toBe('');
    expect(await stopped.count()).toBe(0);
    expect(errors).toEqual([]);
  }, 300_000);

  it('stops from the header on a screen without a time bar: « Arrêter » beside « en cours… », by the keyboard (QA qa29access m4)', async () => {
    const { page, errors } = await newPage(browser);
    await startBakery(page);
    const region = page.getByRole('region', { name: 'Avancer dans le temps' });
    await region.getByRole('button', { name: 'Aller jusqu’à la fin' }).click();
    await region.getByRole('button', { name: 'Jouer les 52 semaines' }).click();
    await region.getByRole('progressbar').waitFor();
    // the dashboard has no « Arrêter » of its own; the header has one, described by the period being played
    await nav(page).getByRole('link', { name: 'Tableau de bord' }).click();
    const title = page.getByRole('heading', { level: 2, name: 'Tableau de bord' });
    await title.waitFor();
    const stop = page.getByRole('banner').getByRole('button', { name: 'Arrêter' });
    await stop.waitFor();
    expect(await page.getByRole('button', { name: 'Arrêter' }).count()).toBe(1);
    expect(await stop.getAttribute('aria-describedby')).toBe('header-tick');
    await poll(() => tickLabel(page)).toMatch(/^Semaine \d+ \/ 52, en cours…$/);
    // reached with Tab from the top of the page: the skip link, then the header's button
    await page.getByRole('link', { name: 'Aller au contenu' }).focus();
    await page.keyboard.press('Tab');
    expect(await stop.evaluate((b) => b === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');

    await expect.poll(() => tickLabel(page), { timeout: 120_000 }).toMatch(/^Semaine \d+ \/ 52, à jouer, arrêté après la semaine \d+ sur 52$/);
    const played = Number((await tickLabel(page)).match(/après la semaine (\d+) sur 52/)![1]);
    expect(played).toBeLessThan(52);
    expect((await savedRun(page)).currentTick).toBe(played);
    await poll(() => page.getByTestId('status-live').textContent()).toContain(`arrêté après la semaine ${played} sur 52`);
    // the button went with the run: the focus is on the screen's title, not lost on the page's body
    expect(await stop.count()).toBe(0);
    await poll(() => title.evaluate((h) => h === document.activeElement)).toBe(true);
    expect(errors).toEqual([]);
  }, 300_000);
});
