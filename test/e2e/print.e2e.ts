/**
 * A teacher prints screens after a lesson (QA qa29print), in real Chromium with the print media: the chart tables
 * print every week (their screen box clipped the last ones: « Semaine 12 » was on no table), the header row repeats;
 * the dashboard's « Ce qui s'est passé » prints all its weeks; the app's chrome, « ? » and « Comment est-ce
 * calculé ? » stay off paper, and a line names the game, its seed, the period and the print date; the customers
 * list says it prints only part of the base and how to get it all. The class view prints its ranked table across an A4
 * page (landscape, its headers broken between words only), without the forms and the rows' buttons.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { BASE_URL, launchBrowser, newPage } from './browser.ts';
import { nav, poll, startBakery, tickLabel } from './student.ts';
import { resultFile } from './resultFiles.ts';

/** the box is not clipping what it holds (its content's height fits its own) */
const unclipped = (box: Locator) => box.evaluate((el) => el.scrollHeight <= el.clientHeight + 1);
/** a PDF's first page, upright or across (its MediaBox, in points) */
function pageSize(pdf: Buffer): 'portrait' | 'landscape' {
  const box = /MediaBox\s*\[\s*[\d.]+\s+[\d.]+\s+([\d.]+)\s+([\d.]+)/.exec(pdf.toString('latin1'));
  if (!box) throw new Error('no MediaBox in the PDF');
  return Number(box[1]) > Number(box[2]) ? 'landscape' : 'portrait';
}
/** the words of `box`'s text that are split over two lines (a word on one line is one rectangle) */
const brokenWords = (box: Locator) =>
  box.evaluate((el) => {
    const broken: string[] = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      // a word, a hyphen's two sides apart (« Abdelkader-| Lemaître » breaks well)
      for (const match of text.matchAll(/[^\s\-\u2011]+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (tops.size > 1) broken.push(match[0]);
      }
    }
    return broken;
  });
const shown = (el: Locator) => el.evaluate((e) => getComputedStyle(e).display !== 'none' && (e as HTMLElement).offsetParent !== null);

async function chromeOffPaper(page: Page) {
  expect(await nav(page).isVisible()).toBe(false);
  expect(await page.getByRole('button', { name: 'English' }).isVisible()).toBe(false);
  expect(await page.getByRole('button', { name: 'Visite guidée' }).isVisible()).toBe(false);
  const identity = page.getByTestId('print-identity');
  expect(await identity.isVisible()).toBe(true);
  expect(await identity.textContent()).toMatch(/^Boulangerie du Marché · graine \d+ · Semaine 13 \/ 52, à jouer · imprimé le \S+ \S+ 20\d\d$/);
}

describe('printing the screens', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('prints whole tables and lists, without the app’s controls, and names the game', async () => {
    const { context, page, errors } = await newPage(browser);
    await startBakery(page, BASE_URL);
    // no print line on screen
    expect(await page.getByTestId('print-identity').isVisible()).toBe(false);
    for (const week of [5, 9, 13]) {
      await page.getByRole('button', { name: 'Avancer de 4 semaines' }).click();
      await poll(() => tickLabel(page)).toBe(`Semaine ${week} / 52, à jouer`);
    }

    await nav(page).getByRole('link', { name: 'Graphiques' }).click();
    await page.getByRole('heading', { level: 2, name: 'Graphiques' }).waitFor();
    const title = 'Chiffre d’affaires et marge brute';
    const details = page.locator('figure').filter({ has: page.getByRole('heading', { name: title, exact: true }) }).locator('details');
    await details.locator('summary').click();
    const region = page.getByRole('region', { name: `Tableau : ${title}`, exact: true });
    const table = page.getByRole('table', { name: title, exact: true });
    await table.waitFor();
    // on screen the table scrolls in its box: its latest weeks are below its fold
    expect(await unclipped(region)).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await unclipped(region)).toBe(true);
    expect(await shown(table.getByRole('rowheader', { name: 'Semaine 12', exact: true }))).toBe(true);
    expect(await table.locator('thead').evaluate((el) => getComputedStyle(el).display)).toBe('table-header-group');
    expect(await table.locator('tbody tr').first().evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
    await chromeOffPaper(page);
    await page.emulateMedia({ media: 'screen' });

    await nav(page).getByRole('link', { name: 'Tableau de bord' }).click();
    await page.getByRole('heading', { level: 2, name: 'Tableau de bord' }).waitFor();
    const feed = page.locator('section.feed');
    await feed.waitFor();
    const explain = page.getByRole('button', { name: /^Comment est-ce calculé/ }).first();
    const help = page.locator('.glossary-link .help:not(.titled)').first();
    expect(await explain.isVisible()).toBe(true);
    expect(await help.isVisible()).toBe(true);
    // the sparklines' numbers are for paper only (QA qa29print m5)
    const ends = page.getByRole('region', { name: /Chiffre d’affaires/ }).getByTestId('kpi-series-ends');
    expect(await ends.isVisible()).toBe(false);
    // twelve weeks of events: more than the box holds on screen
    expect(await unclipped(feed)).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await unclipped(feed)).toBe(true);
    expect(await explain.isVisible()).toBe(false);
    expect(await help.isVisible()).toBe(false);
    expect(await ends.isVisible()).toBe(true);
    expect(((await ends.textContent()) ?? '').replace(/[\u00a0\u202f]/g, ' ')).toMatch(/^Courbe : de .+ € \(Semaine 1\) à .+ € \(Semaine 12\)$/);
    await chromeOffPaper(page);
    await page.emulateMedia({ media: 'screen' });

    await nav(page).getByRole('link', { name: 'Base clients', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: /^Base clients/ }).waitFor();
    const note = page.getByTestId('print-rows-note');
    await page.getByRole('grid').locator('tbody tr[data-row]').first().waitFor();
    expect(await note.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await note.isVisible()).toBe(true);
    const rows = await page.getByRole('grid').locator('tbody tr[data-row]').count();
    expect(((await note.textContent()) ?? '').replace(/\s+/g, ' ').trim()).toMatch(
      new RegExp(`^Liste imprimée partielle : ${rows} lignes sur [\\d\\s\\u202f\\u00a0]+\\. Pour la liste entière, utilisez « Exporter pour un tableur \\(CSV\\) » plus bas\\.$`),
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it('prints the class link a teacher hands out, without its buttons (review19 m6)', async () => {
    const { page, errors, context } = await newPage(browser);
    await context.addInitScript(() => localStorage.setItem('fidelis.tourSeen', '1'));
    await page.goto(`${BASE_URL}#/missions/enseignant`);
    await page.getByRole('heading', { level: 2, name: 'Missions' }).waitFor();
    const builder = page.locator('details', { hasText: 'Pour l’enseignant : lien de classe' });
    if (!(await builder.evaluate((el) => (el as HTMLDetailsElement).open))) await page.getByText('Pour l’enseignant : lien de classe').click();
    await builder.getByLabel('Mission').selectOption({ label: 'Mission 1 — Lire la base clients' });
    await builder.getByLabel('Graine').fill('42');
    const link = await builder.getByTestId('class-link').inputValue();
    expect(link).toContain('mission=1&seed=42');
    const printed = builder.getByTestId('class-link-printed');
    const copy = builder.getByRole('button', { name: 'Copier le lien pour ma classe' });
    expect(await printed.isVisible()).toBe(false);
    expect(await copy.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await printed.isVisible()).toBe(true);
    expect(await printed.innerText()).toBe(`Lien de la classe\n${link}`);
    expect(await copy.isVisible()).toBe(false);
    // the class table's landscape page is its own: this sheet stays upright
    expect(pageSize(await page.pdf({ preferCSSPageSize: true }))).toBe('portrait');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('prints the class table in the page’s width, without the forms and buttons', async () => {
    const { page, errors, context } = await newPage(browser);
    // an A4 page's printable width at 96 dpi (210 mm less 2 x 10 mm margins)
    await page.setViewportSize({ width: 718, height: 1000 });
    await context.addInitScript(() => localStorage.setItem('fidelis.tourSeen', '1'));
    await page.goto(`${BASE_URL}#/class`);
    await page.getByRole('heading', { level: 2, name: 'Vue classe' }).waitFor();
    await page.getByLabel('Choisir des fichiers de résultat').setInputFiles([
      resultFile('Farid Ben Abdelkader-Lemaître', [{ tick: 0, actions: [{ type: 'lienSocial', instrument: 'club', target: {} }] }]),
      resultFile('Bruno', [{ tick: 1, actions: [{ type: 'financier', instrument: 'coupon', target: {}, discountRate: 0.15 }] }]),
      resultFile('Driss', []),
    ]);
    await page.getByText('Vérification terminée : 3 confirmés, 0 réfuté, 0 invalide.').waitFor({ timeout: 60_000 });
    const region = page.getByRole('region', { name: /Résultats de la classe/ });
    const controls = [
      page.getByLabel('Choisir des fichiers de résultat'),
      page.getByRole('checkbox', { name: /Affichage projecteur/ }),
      page.getByRole('button', { name: /Exporter/ }).first(),
      region.getByRole('button', { name: /bilan/i }).first(),
      region.getByRole('button', { name: /^Retirer/ }).first(),
    ];
    for (const c of controls) expect(await c.isVisible()).toBe(true);
    expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth + 1)).toBe(true);

    // printed across an A4 page (its own @page): 297 mm less 2 x 10 mm margins
    await page.setViewportSize({ width: 1047, height: 1000 });
    await page.emulateMedia({ media: 'print' });
    for (const c of controls) expect(await c.isVisible()).toBe(false);
    // every column on the page: no part of the table beyond its box
    expect(await region.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
    expect(await unclipped(region)).toBe(true);
    expect(await region.locator('thead').evaluate((el) => getComputedStyle(el).display)).toBe('table-header-group');
    expect(await region.locator('thead th').nth(1).evaluate((el) => getComputedStyle(el).position)).toBe('static');
    expect(await page.getByTestId('print-identity').textContent()).toMatch(/^Fidélis · imprimé le /);
    // each header breaks between its words only: « Vérif|icati|on » was cut inside its word
    expect(await brokenWords(region.locator('thead'))).toEqual([]);
    expect(await brokenWords(region.locator('tbody th[scope="row"]').filter({ hasText: 'Farid' }))).toEqual([]);
    const pdf = await page.pdf({ preferCSSPageSize: true, margin: { top: '10mm', bottom: '10mm', left: '10mm', right: '10mm' } });
    expect(pageSize(pdf)).toBe('landscape');
    expect(errors).toEqual([]);
    await context.close();
  });
});
