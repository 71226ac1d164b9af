/**
 * Two tabs of one browser on the same run, in real Chromium (Web Locks, one IndexedDB). The first
 * tab plays; the second shows the run read-only: the reason once, every decision and time button
 * disabled, nothing played there (it could not be saved), and the run cannot be deleted from it
 * while the first tab holds it. Once the first tab is closed, « Reprendre ici » makes the second
 * one the tab that plays and saves. The second tab follows the first: the periods the first saves show there
 * once it is seen (QA qa18 F6). A first tab that dies without a word (its renderer crashed: no
 * pagehide, no message) is heard all the same: the browser frees its Web Lock, which the second waits on.
 * Without Web Locks (navigator.locks removed), the first tab's pagehide word is what the second hears.
 * « Et si… ? » in the tab that only shows the run: no « Rejouer » there, the reason said (QA qa13 X1), and the list of
 * timelines read again when the tab comes back to the front (the branch the first tab just made is listed).
 * A run the first tab deletes, holding it or after leaving it, is closed in the second (« Partie introuvable »), never reopened,
 * without waiting for a click on « Reprendre ici »; the second tab's home page lists the runs as the first leaves them
 * (started, renamed, deleted). A second tab that hears no word of the first (no BroadcastChannel) learns at the click on
 * « Reprendre ici » that the run was deleted: said, the run closed, nothing else lost; at the click on its home list's
 * « Reprendre », said too, and the list read again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { BASE_URL, launchBrowser, newPage } from './browser.ts';
import { nav, openWhatIf, poll, savedRun, startBakery, tickLabel } from './student.ts';

const LOCKED = 'Cette partie est ouverte dans un autre onglet\u00a0: ici, elle est seulement affichée';

/** The texts of the shell's notices (« Messages »). */
const noticeTexts = (page: Page) => page.getByRole('region', { name: 'Messages' }).locator('p').allTextContents();

async function runCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('fidelis');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const count = db.transaction('runs').objectStore('runs').count();
          count.onsuccess = () => {
            db.close();
            resolve(count.result);
          };
        };
      }),
  );
}

/** A run played to week 5 in a first tab, then open read-only in a second tab of the same context; `before` runs in the context first. */
async function twoTabsOnOneRun(browser: Browser, before?: (context: BrowserContext) => Promise<void>) {
  const { page: first, errors, context } = await newPage(browser);
  await before?.(context);
  await startBakery(first);
  await first.getByRole('button', { name: 'Avancer de 4 semaines' }).click();
  await poll(() => tickLabel(first)).toBe('Semaine 5 / 52, à jouer');
  await poll(async () => (await savedRun(first)).currentTick).toBe(4);
  const second = await context.newPage();
  second.on('pageerror', (e) => errors.push(`second: ${e}`));
  await second.goto(BASE_URL);
  await second.getByTestId('tick-label').filter({ hasText: 'Semaine 5 / 52, à jouer' }).waitFor({ timeout: 30_000 });
  await poll(async () => (await noticeTexts(second)).some((t) => t.includes(LOCKED))).toBe(true);
  return { first, second, errors, context };
}

/** The second tab, told the first has left, takes the run over at `week` (read from IndexedDB), plays one period and saves it. */
async function takeOverAndPlay(second: Page, week: number): Promise<void> {
  await second.bringToFront();
  await poll(async () => (await noticeTexts(second)).some((t) => t.includes('L’autre onglet a quitté cette partie'))).toBe(true);
  await second.getByRole('region', { name: 'Messages' }).getByRole('button', { name: 'Reprendre ici' }).click();
  await poll(() => tickLabel(second)).toBe(`Semaine ${week} / 52, à jouer`);
  await poll(async () => (await noticeTexts(second)).some((t) => t.includes(LOCKED))).toBe(false);
  await nav(second).getByRole('link', { name: 'Décisions' }).click();
  const play = second.getByRole('region', { name: 'Avancer dans le temps' }).getByRole('button', { name: 'Avancer d’une semaine', exact: true });
  await poll(() => play.isDisabled()).toBe(false);
  await play.click();
  await poll(() => tickLabel(second)).toBe(`Semaine ${week + 1} / 52, à jouer`);
  await poll(async () => (await savedRun(second)).currentTick).toBe(week);
}

describe('the same run in two tabs', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('plays and saves in one tab only, refuses the deletion from the other, which takes over once the first is closed', async () => {
    const { page: first, errors, context } = await newPage(browser);
    await startBakery(first);
    await first.getByRole('button', { name: 'Avancer de 4 semaines' }).click();
    await poll(() => tickLabel(first)).toBe('Semaine 5 / 52, à jouer');
    await poll(async () => (await savedRun(first)).currentTick).toBe(4);

    const second = await context.newPage();
    second.on('pageerror', (e) => errors.push(`second: ${e}`));
    await second.goto(BASE_URL);
    // the app resumes the last run; resuming it again by hand still says it once
    await second.getByTestId('tick-label').filter({ hasText: 'Semaine 5 / 52, à jouer' }).waitFor({ timeout: 30_000 });
    await nav(second).getByRole('link', { name: 'Accueil' }).click();
    await second.getByRole('button', { name: /^Reprendre «/ }).click();
    await poll(() => second.url()).toMatch(/#\/dashboard$/);
    await nav(second).getByRole('link', { name: 'Décisions' }).click();
    await second.getByRole('heading', { level: 2, name: 'Décisions' }).waitFor();
    await poll(async () => (await noticeTexts(second)).filter((t) => t.includes(LOCKED))).toHaveLength(1);

    // nothing can be decided or played here
    const bar = second.getByRole('region', { name: 'Avancer dans le temps' });
    for (const name of ['Avancer d’une semaine', 'Avancer de 4 semaines', 'Aller jusqu’à la fin', 'Lecture'])
      expect(await bar.getByRole('button', { name, exact: true }).isDisabled()).toBe(true);
    await expect.poll(() => bar.getByTestId('advance-read-only').textContent()).toContain('Lecture seule');
    expect(await second.getByRole('button', { name: 'Appliquer cette politique' }).isDisabled()).toBe(true);
    expect(await second.getByRole('button', { name: /^Appliquer à la cible/ }).isDisabled()).toBe(true);
    expect(await tickLabel(second)).toBe('Semaine 5 / 52, à jouer');

    // the first tab plays on and saves (a background tab gets no animation frames: bring it to the front, as the learner would)
    await first.bringToFront();
    await first.getByRole('button', { name: 'Avancer d’une semaine' }).click();
    await poll(() => tickLabel(first)).toBe('Semaine 6 / 52, à jouer');
    await poll(async () => (await savedRun(first)).currentTick).toBe(5);

    // the second tab hears it and shows it by itself (QA qa18 F6: it stayed at week 5, nothing said; a hidden tab waits to be seen: session test)
    await second.bringToFront();
    await poll(() => tickLabel(second)).toBe('Semaine 6 / 52, à jouer');
    await poll(async () => (await noticeTexts(second)).some((t) => t.includes('L’autre onglet a avancé'))).toBe(false);
    expect((await noticeTexts(second)).filter((t) => t.includes(LOCKED))).toHaveLength(1);
    expect(await bar.getByRole('button', { name: 'Avancer d’une semaine', exact: true }).isDisabled()).toBe(true);
    // « Reprendre ici » while the first tab holds the run says why
    await second.getByRole('button', { name: 'Reprendre ici' }).click();
    await poll(async () => (await noticeTexts(second)).some((t) => t.includes('La partie est encore ouverte dans un autre onglet'))).toBe(true);

    // the second tab cannot delete it
    await nav(second).getByRole('link', { name: 'Accueil' }).click();
    await second.getByRole('button', { name: /^Supprimer «/ }).click();
    await second.getByRole('button', { name: 'Supprimer définitivement' }).click();
    // said in the game's own row, next to its « Supprimer » (QA qa30robust M1: the page's notices were out of sight)
    await poll(async () => second.getByRole('listitem').getByRole('alert').allTextContents()).toEqual([
      expect.stringContaining('est ouverte dans un autre onglet\u00a0: rien n’a été supprimé'),
    ]);
    expect(await runCount(second)).toBe(1);
    await poll(() => second.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Supprimer');

    // the first tab still saves, and never hears of a missing run
    await first.bringToFront();
    await first.getByRole('button', { name: 'Avancer d’une semaine' }).click();
    await poll(async () => (await savedRun(first)).currentTick).toBe(6);
    expect((await noticeTexts(first)).some((t) => t.includes('Partie introuvable'))).toBe(false);

    // the first tab goes: the second takes over where the first stopped, and its periods are saved
    await first.close();
    await second.bringToFront();
    await poll(async () => (await noticeTexts(second)).some((t) => t.includes('L’autre onglet a quitté cette partie'))).toBe(true);
    await second.getByRole('button', { name: 'Reprendre ici' }).click();
    await poll(() => tickLabel(second)).toBe('Semaine 7 / 52, à jouer');
    await poll(async () => (await noticeTexts(second)).some((t) => t.includes(LOCKED))).toBe(false);
    await nav(second).getByRole('link', { name: 'Décisions' }).click();
    await second.getByRole('button', { name: 'Avancer d’une semaine' }).click();
    await poll(() => tickLabel(second)).toBe('Semaine 8 / 52, à jouer');
    await poll(async () => (await savedRun(second)).currentTick).toBe(7);
    await second.reload();
    await second.getByTestId('tick-label').filter({ hasText: 'Semaine 8 / 52, à jouer' }).waitFor({ timeout: 30_000 });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a writing tab that dies without a word (renderer crash: no pagehide, no message) lets the read-only tab take over, nothing lost', async () => {
    const { first, second, errors, context } = await twoTabsOnOneRun(browser);

    // the first tab saves one more period, then its renderer is killed: it runs no pagehide, sends nothing
    await first.bringToFront();
    await first.getByRole('button', { name: 'Avancer d’une semaine' }).click();
    await poll(async () => (await savedRun(first)).currentTick).toBe(5);
    const crashed = new Promise<void>((resolve) => first.once('crash', () => resolve()));
    const cdp = await context.newCDPSession(first);
    void cdp.send('Page.crash').catch(() => {}); // never answered: the page is gone
    await crashed;

    // the browser freed the dead tab's lock: the second tab says so, takes over from IndexedDB at the period the first saved last, plays
    await takeOverAndPlay(second, 6);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a run the first tab deletes while it plays it is closed in the second, not offered to « Reprendre ici » (QA qa22 F4)', async () => {
    const { first, second, errors, context } = await twoTabsOnOneRun(browser);
    await first.bringToFront();
    await nav(first).getByRole('link', { name: 'Accueil' }).click();
    await first.getByRole('button', { name: /^Supprimer « Boulangerie du Marché/ }).click();
    await first.getByRole('button', { name: 'Supprimer définitivement' }).click();
    await poll(() => runCount(first)).toBe(0);
    await second.bringToFront();
    await poll(() => second.getByTestId('status-live').textContent()).toBe('Aucune partie en cours');
    await poll(async () => (await noticeTexts(second)).map((t) => t.includes('Partie introuvable'))).toEqual([true]);
    expect(await second.getByRole('button', { name: 'Reprendre ici' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a run the first tab left, then renamed or deleted, is followed by the second tab’s home page: new name, run and « Reprendre ici » gone, the focus on what says so (review8 #3)', async () => {
    const { first, second, errors, context } = await twoTabsOnOneRun(browser);
    // the first tab leaves the bakery for another shop: the second is offered to take it over
    await first.bringToFront();
    await nav(first).getByRole('link', { name: 'Accueil' }).click();
    await first.getByRole('button', { name: /Commencer « Optique Lumière »/ }).click();
    await first.getByRole('heading', { level: 2, name: 'Décisions' }).waitFor();
    await poll(async () => (await noticeTexts(second)).some((t) => t.includes('L’autre onglet a quitté cette partie'))).toBe(true);
    await second.bringToFront();
    await nav(second).getByRole('link', { name: 'Accueil' }).click();
    const saved = second.getByRole('region', { name: 'Parties enregistrées' });
    // the run the first tab has just started is listed here too
    await saved.getByRole('button', { name: /^Reprendre « Optique Lumière/ }).waitFor();
    const takeOver = second.getByRole('region', { name: 'Messages' }).getByRole('button', { name: 'Reprendre ici' });
    await takeOver.focus();

    // the first tab renames the optician's run: the second lists it under its new name
    await first.bringToFront();
    await nav(first).getByRole('link', { name: 'Accueil' }).click();
    await first.getByRole('button', { name: /^Renommer « Optique Lumière/ }).click();
    await first.getByLabel('Nouveau nom de la partie').fill('Opticien du groupe B');
    await first.getByLabel('Nouveau nom de la partie').press('Enter');
    await first.getByRole('button', { name: 'Reprendre « Opticien du groupe B »' }).waitFor();
    await poll(() => saved.getByRole('button', { name: 'Reprendre « Opticien du groupe B »' }).count()).toBe(1);
    expect(await saved.getByRole('button', { name: /^Reprendre « Optique Lumière/ }).count()).toBe(0);

    // then deletes the bakery, which no tab holds any more
    await first.getByRole('button', { name: /^Supprimer « Boulangerie du Marché/ }).click();
    await first.getByRole('button', { name: 'Supprimer définitivement' }).click();
    await poll(() => runCount(first)).toBe(1);

    // the second tab hears it by itself: the run closed (as a deletion under the first tab's lock does), « Reprendre ici »
    // gone unclicked, said once as a warning in the notices' live region, which has the focus that button had
    await second.bringToFront();
    await poll(() => second.getByTestId('status-live').textContent()).toBe('Aucune partie en cours');
    await poll(async () => (await noticeTexts(second)).map((t) => t.includes('Partie introuvable'))).toEqual([true]);
    expect((await noticeTexts(second))[0]).toMatch(/^Attention/);
    expect(await takeOver.count()).toBe(0);
    await poll(() => second.evaluate(() => document.activeElement?.textContent ?? '')).toContain('Partie introuvable');
    await poll(() => saved.getByRole('button', { name: /^Reprendre « Boulangerie du Marché/ }).count()).toBe(0);
    expect(await saved.getByRole('button', { name: /^Reprendre «/ }).count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('« Reprendre ici » clicked on a run the first tab left then deleted, its word not heard here, says « Partie introuvable » and closes it; nothing else is lost (review11 #3)', async () => {
    const { page: first, errors, context } = await newPage(browser);
    await startBakery(first);
    await first.getByRole('button', { name: 'Avancer de 4 semaines' }).click();
    await poll(() => tickLabel(first)).toBe('Semaine 5 / 52, à jouer');
    await poll(async () => (await savedRun(first)).currentTick).toBe(4);
    // a second tab that hears no word of the other tabs (a browser without BroadcastChannel, or the word still on its way
    // at the click): only the Web Lock tells it the first tab has left, nothing tells it of the deletion but the click itself
    const second = await context.newPage();
    second.on('pageerror', (e) => errors.push(`second: ${e}`));
    await second.addInitScript(() => delete (globalThis as { BroadcastChannel?: unknown }).BroadcastChannel);
    await second.goto(BASE_URL);
    await second.getByTestId('tick-label').filter({ hasText: 'Semaine 5 / 52, à jouer' }).waitFor({ timeout: 30_000 });
    expect(await second.evaluate(() => 'BroadcastChannel' in globalThis)).toBe(false);
    await poll(async () => (await noticeTexts(second)).some((t) => t.includes(LOCKED))).toBe(true);

    // the first tab leaves the bakery for the optician, then deletes it
    await first.bringToFront();
    await nav(first).getByRole('link', { name: 'Accueil' }).click();
    await first.getByRole('button', { name: /Commencer « Optique Lumière »/ }).click();
    await first.getByRole('heading', { level: 2, name: 'Décisions' }).waitFor();
    await poll(async () => (await noticeTexts(second)).some((t) => t.includes('L’autre onglet a quitté cette partie'))).toBe(true);
    await nav(first).getByRole('link', { name: 'Accueil' }).click();
    await first.getByRole('button', { name: /^Supprimer « Boulangerie du Marché/ }).click();
    await first.getByRole('button', { name: 'Supprimer définitivement' }).click();
    await poll(() => runCount(first)).toBe(1);

    // the second tab still shows the bakery and offers to take it over: the click is where it learns it is gone
    await second.bringToFront();
    expect(await tickLabel(second)).toBe('Semaine 5 / 52, à jouer');
    const takeOver = second.getByRole('region', { name: 'Messages' }).getByRole('button', { name: 'Reprendre ici' });
    expect(await takeOver.count()).toBe(1);
    await takeOver.click();
    // said once, as a warning in French, in place of « Reprendre ici »; the dead game closed, not left on screen read-only
    await poll(() => second.getByTestId('status-live').textContent()).toBe('Aucune partie en cours');
    await poll(async () => (await noticeTexts(second)).map((t) => t.replace(/[\u00a0\u202f]/g, ' ').includes('Partie introuvable : elle a peut-être été supprimée dans un autre onglet.'))).toEqual([true]);
    expect((await noticeTexts(second))[0]).toMatch(/^Attention/);
    expect(await takeOver.count()).toBe(0);
    expect(await second.getByRole('button', { name: 'Reprendre ici' }).count()).toBe(0);

    // the second tab's home page, read again as the game closed, no longer offers the bakery and lists the optician's run
    expect(second.url()).not.toMatch(/#\/(?!home)/);
    const saved = second.getByRole('region', { name: 'Parties enregistrées' });
    await saved.getByRole('button', { name: /^Reprendre « Optique Lumière/ }).waitFor();
    expect(await saved.getByRole('button', { name: /^Reprendre «/ }).count()).toBe(1);
    // nothing else lost: the first tab plays the optician's run on and saves it
    await first.bringToFront();
    await nav(first).getByRole('link', { name: 'Décisions' }).click();
    await first.getByRole('button', { name: 'Avancer d’un mois' }).click();
    await poll(async () => (await savedRun(first)).currentTick).toBe(1);
    expect((await noticeTexts(first)).some((t) => t.includes('Partie introuvable'))).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('« Reprendre » on a home list that still offers a run the first tab deleted, its word not heard here, says « Partie introuvable » and reads the list again', async () => {
    const { page: first, errors, context } = await newPage(browser);
    await startBakery(first);
    await nav(first).getByRole('link', { name: 'Accueil' }).click();
    await first.getByRole('button', { name: /Commencer « Optique Lumière »/ }).click();
    await first.getByRole('heading', { level: 2, name: 'Décisions' }).waitFor();
    await poll(() => runCount(first)).toBe(2);
    // a second tab that hears no word of the other tabs (no BroadcastChannel), on its home page listing both runs
    const second = await context.newPage();
    second.on('pageerror', (e) => errors.push(`second: ${e}`));
    await second.addInitScript(() => delete (globalThis as { BroadcastChannel?: unknown }).BroadcastChannel);
    await second.goto(BASE_URL);
    expect(await second.evaluate(() => 'BroadcastChannel' in globalThis)).toBe(false);
    await nav(second).getByRole('link', { name: 'Accueil' }).click();
    const saved = second.getByRole('region', { name: 'Parties enregistrées' });
    const bakery = saved.getByRole('button', { name: /^Reprendre « Boulangerie du Marché/ });
    await bakery.waitFor();
    await saved.getByRole('button', { name: /^Reprendre « Optique Lumière/ }).waitFor();

    // the first tab deletes the bakery, which no tab holds
    await first.bringToFront();
    await nav(first).getByRole('link', { name: 'Accueil' }).click();
    await first.getByRole('button', { name: /^Supprimer « Boulangerie du Marché/ }).click();
    await first.getByRole('button', { name: 'Supprimer définitivement' }).click();
    await poll(() => runCount(first)).toBe(1);

    // the second tab still offers it: the click says « Partie introuvable » and the list, read again, offers it no more
    await second.bringToFront();
    expect(await bakery.count()).toBe(1);
    await bakery.click();
    await poll(async () => (await noticeTexts(second)).some((t) => t.includes('Partie introuvable'))).toBe(true);
    await poll(() => bakery.count()).toBe(0);
    expect(await saved.getByRole('button', { name: /^Reprendre «/ }).count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a read-only tab offers no « Et si… ? Rejouer », says why, and lists the branch the other tab made', async () => {
    const { first, second, errors, context } = await twoTabsOnOneRun(browser);
    await openWhatIf(second);
    await poll(() => second.getByTestId('whatif-read-only').textContent()).toContain('ouverte dans un autre onglet');
    const picker = second.getByRole('combobox', { name: 'Choisir une semaine' });
    await picker.selectOption({ label: 'Semaine 3' });
    expect(await second.getByRole('button', { name: /^Et si… \? Rejouer/ }).count()).toBe(0);
    // the report of a past period still opens
    await second.getByRole('button', { name: 'Rapport de la semaine 3' }).click();
    await second.getByRole('heading', { name: 'Rapport de la semaine 3' }).waitFor();

    // the first tab branches from week 3
    await first.bringToFront();
    await openWhatIf(first);
    await first.getByRole('combobox', { name: 'Choisir une semaine' }).selectOption({ label: 'Semaine 3' });
    await first.getByRole('button', { name: 'Et si… ? Rejouer la semaine 3 et la suite' }).click();
    await first.getByRole('alertdialog').getByRole('button', { name: 'Rejouer à partir de la semaine 3' }).click();
    await poll(() => tickLabel(first)).toBe('Semaine 3 / 52, à jouer');

    // back in the second tab, the branch is listed
    await second.bringToFront();
    await poll(() => second.getByRole('button', { name: /^Ouvrir la chronologie .* et si…/ }).count()).toBe(1);
    expect(await runCount(second)).toBe(2);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('without Web Locks, the writing tab says it leaves (pagehide) and the read-only tab takes over', async () => {
    // a browser without navigator.locks: the tabs fall back to the BroadcastChannel handshake
    const noLocks = async (context: BrowserContext) => {
      await context.addInitScript(() => delete (Navigator.prototype as { locks?: unknown }).locks);
    };
    const { first, second, errors, context } = await twoTabsOnOneRun(browser, noLocks);
    expect(await second.evaluate(() => 'locks' in navigator)).toBe(false);
    await first.close();
    await takeOverAndPlay(second, 5);
    expect(errors).toEqual([]);
    await context.close();
  });
});
