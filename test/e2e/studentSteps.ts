/**
 * A student's steps in the built app, without vitest (the app benchmarks walk them too, outside
 * vitest): the game's navigation, the period label, starting the bakery. Tests import them from
 * ./student.ts, which adds the polling assertion.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { BASE_URL } from './browser.ts';

/** The game's screen navigation. */
export function nav(page: Page) {
  return page.getByRole('navigation', { name: 'Écrans du jeu' });
}

/** The « Et si… ? » screen from the game's navigation, once its heading is there. */
export async function openWhatIf(page: Page): Promise<void> {
  await nav(page).getByRole('link', { name: 'Et si… ?' }).click();
  await page.getByRole('heading', { level: 2, name: 'Et si… ?' }).waitFor();
}

/** The time bar's period, e.g. « Semaine 3 / 52, à jouer ». */
export async function tickLabel(page: Page): Promise<string> {
  return (await page.getByTestId('tick-label').textContent()) ?? '';
}

/** First visit: skip the guided tour and start the bakery; the decisions screen opens at week 1. */
export async function startBakery(page: Page, base = BASE_URL): Promise<void> {
  await page.goto(base);
  await page.getByRole('dialog', { name: 'Bienvenue dans Fidélis' }).waitFor();
  await page.getByRole('button', { name: 'Passer la visite' }).click();
  await page.getByRole('button', { name: /Commencer « Boulangerie du Marché »/ }).click();
  await page.getByRole('heading', { level: 2, name: 'Décisions' }).waitFor();
  // the machine is shared and the engine runs for real: give it time
  await page.getByTestId('tick-label').filter({ hasText: /^Semaine 1 \/ 52, à jouer$/ }).waitFor({ timeout: 30_000 });
}

/**
 * A phone's time bar shows « Avancer d’une semaine » and folds the other three under « Autres choix »:
 * unfolds them (nothing to do on a wider screen, where the four are in a row).
 */
export async function unfoldTimeBar(page: Page): Promise<void> {
  const more = page.getByRole('button', { name: 'Autres choix' });
  if ((await more.isVisible()) && (await more.getAttribute('aria-expanded')) === 'false') await more.click();
}

/** Decisions screen: targets the one RFM segment `segment` (French name) and applies `strategy` to it (click). */
export async function applyToSegment(page: Page, segment: string, strategy: string): Promise<void> {
  const segments = page.getByRole('group', { name: /Segments RFM/ });
  for (const box of await segments.getByRole('checkbox', { checked: true }).all()) await box.uncheck();
  await segments.getByRole('checkbox', { name: segment, exact: true }).check();
  await page.getByRole('radio', { name: strategy, exact: true }).check();
  await page.getByRole('button', { name: /Appliquer à la cible/ }).click();
}

/**
 * A fresh 1366 x 768 French browser on a slow school network: no service worker, so that every chunk goes
 * through the route that makes the class link's parser (the presets chunk) come 2.5 s late. `tourSeen` skips
 * the guided tour. `errors` collects the page's uncaught errors.
 */
export async function slowLinkPage(browser: Browser, tourSeen: boolean): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1366, height: 768 }, serviceWorkers: 'block' });
  if (tourSeen) await context.addInitScript(() => localStorage.setItem('fidelis.tourSeen', '1'));
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.route(/\/assets\/presets-[^/]*\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 2500));
    await route.continue();
  });
  return { context, page, errors };
}

/** The page's saved run records, read with IndexedDB directly, as stored (the page shows a period before its save ends). */
export async function storedRunRecords<T>(page: Page): Promise<T[]> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('fidelis');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction('runs').objectStore('runs').getAll();
          all.onsuccess = () => {
            db.close();
            resolve(all.result);
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

/** The page's saved run record (there is one), as stored. */
export async function storedRunRecord<T>(page: Page): Promise<T> {
  return (await storedRunRecords<T>(page))[0];
}

/** The page's saved run: its last saved period and state hash. */
export async function savedRun(page: Page): Promise<{ currentTick: number; stateHash: string | null }> {
  const run = await storedRunRecord<{ currentTick: number; stateHash: string | null }>(page);
  return { currentTick: run.currentTick, stateHash: run.stateHash };
}
