/**
 * Phones in real Chromium: no sideways page scroll at 320 CSS px (WCAG 1.4.10 Reflow) — the game's
 * screens, Données réelles, the scenario editor and the scoring lab with a result — also once
 * programmes run (their wide table scrolls in its own box; the comparison chart's select stays in
 * its card; the Bilan's tables too), the dashboard's link landing on that chart, whose tip the arrow keys show; a glossary
 * pop-up that stays inside a 375 px phone's screen, and a decisions time bar that leaves most of the
 * screen to the form, its title out of sight (still naming the bar) only where room is short. On a
 * 768 x 1024 tablet, the programme tables' captions and notes wrap within the screen, outside the
 * table's own scroller, which says it scrolls and brings the ROI column into view.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { BASE_URL, launchBrowser, phonePage } from './browser.ts';
import { applyToSegment, nav, poll, startBakery, tickLabel, unfoldTimeBar } from './student.ts';

/** The page's width against the window's: wider means the whole page scrolls sideways. */
function pageWidth(page: Page): Promise<{ scrollWidth: number; innerWidth: number }> {
  return page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth }));
}

/**
 * How far an element's text runs past the window or past an ancestor that clips (overflow other than
 * visible): 0 when it is all readable in place. Also its own overflow (a line wider than itself).
 */
function clipping(page: Page, selector: string): Promise<number> {
  return page.locator(selector).evaluate((el) => {
    const box = el.getBoundingClientRect();
    let worst = Math.max(0, box.right - innerWidth, -box.left, el.scrollWidth - el.clientWidth);
    for (let a = el.parentElement; a; a = a.parentElement) {
      const style = getComputedStyle(a);
      if (style.overflowX === 'visible') continue;
      const clip = a.getBoundingClientRect();
      worst = Math.max(worst, box.right - clip.right, clip.left - box.left);
    }
    return Math.round(worst);
  });
}

describe('small screens in real Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('reflows home, decisions and dashboard at 320 CSS px without a sideways scroll', async () => {
    const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    // home: the saved-runs and import sections (the file input was 378 px wide)
    await page.goto(BASE_URL);
    await page.getByRole('button', { name: 'Passer la visite' }).click();
    await page.getByRole('heading', { name: 'Importer une partie' }).waitFor();
    expect(await pageWidth(page)).toEqual({ scrollWidth: 320, innerWidth: 320 });
    await page.evaluate(() => localStorage.clear());

    await startBakery(page);
    // decisions: the strategy form and its facts (340 px before)
    await page.getByRole('heading', { name: 'Stratégie de fidélisation' }).waitFor();
    expect(await pageWidth(page)).toEqual({ scrollWidth: 320, innerWidth: 320 });

    await nav(page).getByRole('link', { name: 'Tableau de bord' }).click();
    await page.getByRole('heading', { level: 2, name: 'Tableau de bord' }).waitFor();
    expect(await pageWidth(page)).toEqual({ scrollWidth: 320, innerWidth: 320 });
    await context.close();
  });

  it('reflows the dashboard and the comparison chart with programmes running at 390 and 320 px, and lands on that chart from the dashboard', async () => {
    const { context, page } = await phonePage(browser);
    await startBakery(page);
    // two programmes: a coupon for « Bon client » (with a control group), a social tool for « Très bon client »
    for (const [segment, strategy] of [
      ['Bon client', 'Avantage financier'],
      ['Très bon client', 'Lien social'],
    ])
      await applyToSegment(page, segment, strategy);
    // and a survey, so that the Bilan has its table of surveys
    await page.getByRole('button', { name: 'Commander l’enquête' }).click();
    await poll(() => page.getByRole('region', { name: 'Décisions de la semaine' }).getByRole('listitem').count()).toBe(3);
    await page.getByRole('button', { name: 'Avancer d’une semaine' }).click();
    await poll(() => tickLabel(page)).toBe('Semaine 2 / 52, à jouer');
    await page.getByRole('button', { name: 'Avancer d’une semaine' }).click();
    await poll(() => tickLabel(page)).toBe('Semaine 3 / 52, à jouer');

    // the dashboard: the programmes table (833 px) made the whole page 849 px wide
    await nav(page).getByRole('link', { name: 'Tableau de bord' }).click();
    const compare = page.getByRole('link', { name: /face à celle de leur groupe témoin/ });
    await compare.waitFor();
    expect(await pageWidth(page)).toEqual({ scrollWidth: 390, innerWidth: 390 });

    // the link lands on the comparison card (it was the top of the charts screen), focused
    await compare.click();
    const heading = page.getByRole('heading', { name: /Membres et groupe témoin/ });
    await poll(() => heading.evaluate((h) => h === document.activeElement)).toBe(true);
    const top = await heading.boundingBox();
    // scrollIntoView puts its top at the window's top, give or take the sub-pixel rounding of the scroll offset (-0.36 px)
    expect(top!.y).toBeGreaterThan(-1);
    expect(top!.y).toBeLessThan(844);
    // the select with the programmes' long names stays inside its card (the page was 490 px wide)
    const card = page.getByTestId('programme-comparison');
    const select = card.getByRole('combobox', { name: 'Programme comparé' });
    for (const option of await select.locator('option').all()) {
      await select.selectOption((await option.getAttribute('value'))!);
      const [outer, inner] = [await card.boundingBox(), await select.boundingBox()];
      expect(inner!.x + inner!.width).toBeLessThanOrEqual(outer!.x + outer!.width);
      expect(await pageWidth(page)).toEqual({ scrollWidth: 390, innerWidth: 390 });
    }

    await page.setViewportSize({ width: 320, height: 640 });
    // chart.js redraws its canvases a moment after the window shrinks
    await poll(() => pageWidth(page)).toEqual({ scrollWidth: 320, innerWidth: 320 });
    await nav(page).getByRole('link', { name: 'Tableau de bord' }).click();
    await compare.waitFor();
    expect(await pageWidth(page)).toEqual({ scrollWidth: 320, innerWidth: 320 });

    // the Bilan of the finished game: its tables of surveys (613 px), departures by cause (495 px) and
    // RFM segments (357 px) made the page 629 px wide; each scrolls in its own box, its title above it (and the
    // programmes table's visually hidden long header, positioned, escaped its box: 532 px)
    await nav(page).getByRole('link', { name: 'Décisions' }).click();
    await page.getByRole('heading', { level: 2, name: 'Décisions' }).waitFor();
    await unfoldTimeBar(page);
    await page.getByRole('button', { name: 'Aller jusqu’à la fin' }).click();
    await page.getByRole('button', { name: /^Jouer (les \d+ (semaines|mois)|la dernière semaine|le dernier mois)$/ }).click();
    await expect.poll(() => tickLabel(page), { timeout: 180_000 }).toMatch(/Partie terminée/);
    await nav(page).getByRole('link', { name: 'Bilan' }).click();
    for (const name of [/^Chaque enquête/, /^Départs par cause/, /^Segments RFM/]) await page.getByRole('table', { name }).waitFor();
    expect(await pageWidth(page)).toEqual({ scrollWidth: 320, innerWidth: 320 });
    await context.close();
  });

  it('keeps a mission’s « Valeur atteinte, outil manquant » on a 360 px phone: the dashboard wraps it, the Bilan shows the verdict beside the objective', async () => {
    const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 360, height: 740 }, hasTouch: true });
    await context.addInitScript(() => localStorage.setItem('fidelis.tourSeen', '1'));
    const page = await context.newPage();
    // mission 2 played without its tool (the financial advantage): its figure met, the mission not passed (QA qa29access M1)
    await page.goto(`${BASE_URL}?shop=boulangerie-du-marche&mission=2&seed=42#/missions`);
    await page.getByRole('button', { name: 'Commencer la mission 2' }).click();
    await page.getByTestId('mission-banner').getByText(/^Mission 2/).waitFor({ timeout: 60_000 });
    for (const next of ['Semaine 2 / 4, à jouer', 'Semaine 3 / 4, à jouer', 'Semaine 4 / 4, à jouer', /Partie terminée/]) {
      await page.getByRole('button', { name: 'Avancer d’une semaine' }).click();
      await poll(() => tickLabel(page)).toMatch(next);
    }
    await nav(page).getByRole('link', { name: 'Tableau de bord', exact: true }).click();
    const state = page.locator('.objectives .state', { hasText: 'Valeur atteinte, outil manquant' });
    await state.waitFor();
    // the label kept on one line ran 61 px past the screen and squeezed the objective into a 100 px column
    expect(await pageWidth(page)).toEqual({ scrollWidth: 360, innerWidth: 360 });
    expect(await clipping(page, '.objectives .state')).toBe(0);
    const card = (await page.locator('.objectives li').first().boundingBox())!;
    const objective = (await page.locator('.objectives li .label strong').first().boundingBox())!;
    expect(objective.width).toBeGreaterThan(card.width * 0.8);

    // the Bilan's objectives table: the verdict was the fourth column, starting at 303 px in a 326 px box
    await nav(page).getByRole('link', { name: 'Bilan' }).click();
    const box = page.getByRole('region', { name: 'Tableau : Objectifs du scénario' });
    const verdict = box.getByRole('cell', { name: /^Valeur atteinte, outil manquant/ });
    await verdict.waitFor();
    const [outer, inner] = [(await box.boundingBox())!, (await verdict.boundingBox())!];
    expect(inner.x).toBeGreaterThanOrEqual(outer.x);
    expect(inner.x + inner.width).toBeLessThanOrEqual(outer.x + outer.width);
    expect(await pageWidth(page)).toEqual({ scrollWidth: 360, innerWidth: 360 });
    await context.close();
  }, 150_000);

  it('keeps the programme tables’ captions readable on a 768 x 1024 tablet, the wide table scrolling in its own box', async () => {
    const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 768, height: 1024 }, hasTouch: true });
    const page = await context.newPage();
    await startBakery(page);
    // a coupon for « Bon client », big enough for a control group
    await applyToSegment(page, 'Bon client', 'Avantage financier');
    await page.getByRole('button', { name: 'Avancer d’une semaine' }).click();
    await poll(() => tickLabel(page)).toBe('Semaine 2 / 52, à jouer');

    await nav(page).getByRole('link', { name: 'Tableau de bord' }).click();
    const caption = page.locator('#programmes-caption');
    await caption.waitFor();
    // the caption was in the scroller, as wide as the table, its lines cut at the screen's edge
    expect(await clipping(page, '#programmes-caption')).toBe(0);
    const scroller = page.getByRole('region', { name: 'Tableau : Programmes de fidélisation : coût et rentabilité' });
    expect(await scroller.evaluate((el) => el.contains(document.querySelector('#programmes-caption')))).toBe(false);
    expect(await pageWidth(page)).toEqual({ scrollWidth: 768, innerWidth: 768 });
    // the table is wider than its box: it says so, and scrolling the box shows the ROI column
    const roi = scroller.getByRole('columnheader', { name: 'ROI' });
    if (await scroller.evaluate((el) => el.scrollWidth > el.clientWidth)) {
      await expect(page.getByTestId('scroll-hint').first().isVisible()).resolves.toBe(true);
      await scroller.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    }
    const header = (await roi.boundingBox())!;
    expect(header.x + header.width).toBeLessThanOrEqual(768);

    // the Bilan's effects table and its note (the Bilan opens at the end of the game)
    await nav(page).getByRole('link', { name: 'Décisions' }).click();
    await page.getByRole('button', { name: 'Aller jusqu’à la fin' }).click();
    // the bar asks first (QA tablet #2)
    await page.getByRole('button', { name: /^Jouer (les \d+ (semaines|mois)|la dernière semaine|le dernier mois)$/ }).click();
    await expect.poll(() => tickLabel(page), { timeout: 180_000 }).toMatch(/Partie terminée/);
    await nav(page).getByRole('link', { name: 'Bilan' }).click();
    await page.locator('#db-programmes-note').waitFor();
    expect(await clipping(page, '#db-programmes-note')).toBe(0);
    const effects = page.getByRole('region', { name: 'Tableau : Effet de chaque action de fidélisation' });
    await effects.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    const bilanRoi = (await effects.getByRole('columnheader', { name: 'ROI' }).boundingBox())!;
    expect(bilanRoi.x + bilanRoi.width).toBeLessThanOrEqual(768);
    expect(await pageWidth(page)).toEqual({ scrollWidth: 768, innerWidth: 768 });
    await context.close();
  }, 300_000);

  it('shows a chart’s values from the keyboard: arrows through the periods, Escape hides them', async () => {
    const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await startBakery(page);
    await page.getByRole('button', { name: 'Avancer d’une semaine' }).click();
    await poll(() => tickLabel(page)).toBe('Semaine 2 / 52, à jouer');
    await page.getByRole('button', { name: 'Avancer d’une semaine' }).click();
    await poll(() => tickLabel(page)).toBe('Semaine 3 / 52, à jouer');
    await nav(page).getByRole('link', { name: 'Graphiques' }).click();
    const chart = page.getByRole('img', { name: 'Chiffre d’affaires et marge brute' });
    await chart.focus();
    const tip = page.locator('.tip');
    await page.keyboard.press('ArrowRight');
    await poll(() => tip.innerText()).toMatch(/^Semaine 1\nChiffre d’affaires\u00a0: [\d\s\u202f]+\u00a0€\nMarge brute\u00a0: [\d\s\u202f]+\u00a0€$/);
    await page.keyboard.press('ArrowRight');
    await poll(() => tip.innerText()).toMatch(/^Semaine 2\n/);
    // said politely to a screen reader
    await poll(() => page.locator('[aria-live="polite"]').filter({ hasText: 'Semaine 2, Chiffre d’affaires' }).count()).toBe(1);
    await page.keyboard.press('Escape');
    await poll(() => tip.count()).toBe(0);
    await context.close();
  });

  it('reflows the Missions screen, the what-if screen with past periods, the class view’s file picker, the scenario editor, Données réelles and the scoring lab at 320 px', async () => {
    const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 320, height: 700 } });
    const page = await context.newPage();
    await startBakery(page);
    for (const week of [2, 3]) {
      await page.getByRole('button', { name: 'Avancer d’une semaine' }).click();
      await poll(() => tickLabel(page)).toBe(`Semaine ${week} / 52, à jouer`);
    }
    // Missions was 410 px wide (its shop select and path), the what-if screen 646 px (past periods' table)
    await nav(page).getByRole('link', { name: 'Missions' }).click();
    await page.getByRole('heading', { level: 2, name: 'Missions' }).waitFor();
    expect(await pageWidth(page)).toEqual({ scrollWidth: 320, innerWidth: 320 });
    await nav(page).getByRole('link', { name: 'Et si… ?' }).click();
    await page.getByRole('table', { name: 'Semaines passées', exact: true }).waitFor();
    expect(await pageWidth(page)).toEqual({ scrollWidth: 320, innerWidth: 320 });
    // its caption wraps outside the table's scroller, all readable
    expect(await clipping(page, '#whatif-past-caption')).toBe(0);
    // the class view's « Choisir des fichiers de résultat » label was 362 px; on a phone the teacher's
    // tools are folded under « Espace enseignant »
    const teacher = nav(page).getByRole('button', { name: 'Espace enseignant' });
    expect(await teacher.getAttribute('aria-expanded')).toBe('false');
    await teacher.click();
    await nav(page).getByRole('link', { name: 'Vue classe' }).click();
    await page.getByLabel('Choisir des fichiers de résultat').waitFor();
    expect(await pageWidth(page)).toEqual({ scrollWidth: 320, innerWidth: 320 });

    // QA tablet verify N2: the scenario editor's « Partir du scénario » select made the page 352 px wide,
    // Données réelles' file type select 385 px, the scoring lab's fieldsets 349 px and its gains table,
    // once a frozen prediction has a period to show, 420 px (it scrolls in its own box now)
    await nav(page).getByRole('link', { name: 'Éditeur de scénarios' }).click();
    await page.getByRole('heading', { level: 2, name: 'Éditeur de scénario' }).waitFor();
    expect(await pageWidth(page)).toEqual({ scrollWidth: 320, innerWidth: 320 });
    await nav(page).getByRole('link', { name: 'Données réelles' }).click();
    await page.getByRole('heading', { level: 2, name: 'Analyse de données réelles' }).waitFor();
    expect(await pageWidth(page)).toEqual({ scrollWidth: 320, innerWidth: 320 });
    await nav(page).getByRole('link', { name: 'Labo de scoring' }).click();
    await page.getByRole('heading', { level: 2, name: 'Labo de scoring' }).waitFor();
    expect(await pageWidth(page)).toEqual({ scrollWidth: 320, innerWidth: 320 });
    await page.getByRole('button', { name: 'Figer cette prédiction' }).click();
    await page.getByRole('button', { name: 'Avancer d’une semaine' }).click();
    await poll(() => tickLabel(page)).toBe('Semaine 4 / 52, à jouer');
    await page.getByRole('table', { name: /Courbe de gains/ }).waitFor();
    expect(await pageWidth(page)).toEqual({ scrollWidth: 320, innerWidth: 320 });
    // the gains chart takes the phone's width (it was 240 px wherever it was shown: QA more M12)
    const gainsWidth = (await page.getByRole('img', { name: /Courbe de gains du score/ }).boundingBox())?.width ?? 0;
    expect(gainsWidth).toBeGreaterThan(260);
    expect(gainsWidth).toBeLessThanOrEqual(320);
    await context.close();
  });

  it('shows the time bar’s title on a tall screen, hides it (still naming the bar) on a 1366 x 768 laptop and a phone', async () => {
    const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1366, height: 1024 } });
    const page = await context.newPage();
    await startBakery(page);
    const bar = page.getByRole('region', { name: 'Avancer dans le temps' });
    const title = bar.getByRole('heading', { name: 'Avancer dans le temps' });
    const titleWidth = async () => (await title.boundingBox())?.width ?? 0;
    await poll(titleWidth).toBeGreaterThan(50);
    await page.setViewportSize({ width: 1366, height: 768 });
    await poll(titleWidth).toBeLessThanOrEqual(1);
    await expect(bar.count()).resolves.toBe(1);
    await page.setViewportSize({ width: 375, height: 667 });
    await poll(titleWidth).toBeLessThanOrEqual(1);
    await expect(bar.count()).resolves.toBe(1);
    await page.setViewportSize({ width: 1920, height: 1080 });
    await poll(titleWidth).toBeGreaterThan(50);
    await context.close();
  });

  it('keeps a glossary pop-up inside a phone screen, and the time bar small', async () => {
    const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await startBakery(page);
    // the « ? » of the complaints panel, near the right edge: its pop-up ran to 644 px
    const help = page.getByRole('button', { name: 'Définition : Réclamation' });
    await help.scrollIntoViewIfNeeded();
    await help.tap();
    const popup = page.getByRole('dialog', { name: 'Réclamation' });
    await popup.waitFor();
    const box = await popup.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(375);
    // « Ouvrir la fiche complète » was half off the screen
    const link = await popup.getByRole('link', { name: 'Ouvrir la fiche complète' }).boundingBox();
    expect(link!.x + link!.width).toBeLessThanOrEqual(375);
    expect(await pageWidth(page)).toEqual({ scrollWidth: 375, innerWidth: 375 });
    await page.keyboard.press('Escape');

    // the sticky time bar took 219 px (a third of the screen): now less than a fifth
    const bar = await page.getByRole('region', { name: 'Avancer dans le temps' }).boundingBox();
    expect(bar!.height).toBeLessThan(667 / 5);
    await expect(page.getByRole('button', { name: 'Avancer d’une semaine' }).isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('on a landscape tablet, puts « Jouer les N périodes » away from where the Avancer buttons were (a second tap meant for them must not end the game)', async () => {
    const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1024, height: 768 }, hasTouch: true });
    const page = await context.newPage();
    await startBakery(page);
    const boxes = async (names: string[]) => Promise.all(names.map(async (name) => (await page.getByRole('button', { name, exact: true }).boundingBox())!));
    const advance = await boxes(['Avancer d’une semaine', 'Avancer de 4 semaines']);
    await page.getByRole('button', { name: 'Aller jusqu’à la fin' }).tap();
    const play = page.getByRole('button', { name: /^Jouer les \d+ semaines$/ });
    const playBox = (await play.boundingBox())!;
    const overlaps = (a: typeof playBox, b: typeof playBox) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    for (const box of advance) expect(overlaps(playBox, box), JSON.stringify({ playBox, box })).toBe(false);
    // « Annuler » is where the Avancer buttons were, and has the focus
    const cancel = page.getByRole('button', { name: 'Annuler', exact: true });
    await expect(cancel.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    const cancelBox = (await cancel.boundingBox())!;
    expect(advance.some((box) => overlaps(cancelBox, box))).toBe(true);
    await cancel.tap();
    expect(await tickLabel(page)).toBe('Semaine 1 / 52, à jouer');
    await context.close();
  }, 300_000);

  it('reflows Données réelles once the RFM is computed and « Et si… ? » once a branch exists, at 320 px (QA more M1, M4)', async () => {
    const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    // Données réelles: the « Les cinq segments du cours » table made the page 550 px wide
    await page.goto(`${BASE_URL}#/analytics`);
    await page.getByRole('heading', { level: 2, name: 'Analyse de données réelles' }).waitFor();
    await page
      .getByRole('button', { name: 'Passer la visite' })
      .click({ timeout: 5000 })
      .catch(() => {});
    await page.getByRole('button', { name: 'Essayer avec l’échantillon CDNOW' }).click();
    await page.getByRole('button', { name: 'Importer' }).click();
    await page.getByText(/6\s919 achats de 2\s357 clients importés/).waitFor();
    await page.getByRole('button', { name: 'Calculer le RFM' }).click();
    await page.getByRole('table', { name: 'Les cinq segments du cours' }).waitFor();
    expect(await pageWidth(page)).toEqual({ scrollWidth: 320, innerWidth: 320 });

    // « Et si… ? »: the Chronologie A / B selects took their longest option's width (page 510 px wide)
    await page.evaluate(() => localStorage.clear());
    await startBakery(page);
    for (const week of [2, 3, 4]) {
      await page.getByRole('button', { name: 'Avancer d’une semaine' }).click();
      await poll(() => tickLabel(page)).toMatch(new RegExp(`^Semaine ${week} / 52`));
    }
    await nav(page).getByRole('link', { name: 'Et si… ?' }).click();
    await page.getByRole('button', { name: 'Et si… ? Rejouer la semaine 3 et la suite' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Rejouer à partir de la semaine 3' }).click();
    await poll(() => tickLabel(page)).toMatch(/^Semaine 3 \/ 52/);
    await page.getByRole('link', { name: 'Aller aux décisions' }).click();
    await page.getByRole('button', { name: 'Avancer d’une semaine' }).click();
    await poll(() => tickLabel(page)).toMatch(/^Semaine 4 \/ 52/);
    await nav(page).getByRole('link', { name: 'Et si… ?' }).click();
    await page.getByLabel('Chronologie A (trait plein)').waitFor();
    await page.getByTestId('whatif-difference').waitFor();
    expect(await pageWidth(page)).toEqual({ scrollWidth: 320, innerWidth: 320 });
    await context.close();
  }, 300_000);
});
