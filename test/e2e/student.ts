/** What the e2e tests do as a student in the built app: wait for the engine, read the period, start the bakery. */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { BASE_URL } from './browser.ts';

/** The machine is shared and the engine runs for real: give each step time. */
export function poll<T>(read: () => Promise<T> | T) {
  return expect.poll(read, { timeout: 30_000 });
}

/** The game's screen navigation. */
export function nav(page: Page) {
  return page.getByRole('navigation', { name: 'Écrans du jeu' });
}

/** The time bar's period, e.g. « Semaine 3 / 52 ». */
export async function tickLabel(page: Page): Promise<string> {
  return (await page.getByTestId('tick-label').textContent()) ?? '';
}

/** First visit: skip the guided tour and start the bakery; the decisions screen opens at week 1. */
export async function startBakery(page: Page): Promise<void> {
  await page.goto(BASE_URL);
  await page.getByRole('dialog', { name: 'Bienvenue dans Fidélis' }).waitFor();
  await page.getByRole('button', { name: 'Passer la visite' }).click();
  await page.getByRole('button', { name: /Commencer « Boulangerie du Marché »/ }).click();
  await page.getByRole('heading', { level: 2, name: 'Décisions' }).waitFor();
  await poll(() => tickLabel(page)).toBe('Semaine 1 / 52');
}
