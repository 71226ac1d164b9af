/**
 * In real Chromium on a 390 x 844 phone: the Graphiques tables that are wider than the screen (the loyalty
 * ladder's, the surveys') scroll in their own box, named and focusable, and say so above them, their title
 * outside the box (QA qa7: the ladder's table stopped at « Supporteur », the surveys' at « F… », nothing said
 * they scrolled — qa4 finding 7 had left them unchecked). The RFM grid fits the screen: its segment names
 * wrap between words or at a syllable, with a hyphen, never cut anywhere (QA: « Nouve|aux », « Champi|ons »).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { BASE_URL, launchBrowser, phonePage } from './browser.ts';
import { nav, poll, startBakery, tickLabel } from './student.ts';

describe('Graphiques tables on a phone', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('scrolls the ladder and surveys tables in their own box and says so', async () => {
    const { context, page, errors } = await phonePage(browser);
    await startBakery(page, BASE_URL);
    await page.getByRole('button', { name: 'Commander l’enquête' }).click();
    await page.getByRole('button', { name: 'Avancer d’une semaine' }).click();
    await poll(() => tickLabel(page)).toBe('Semaine 2 / 52, à jouer');
    await page.getByRole('button', { name: 'Avancer d’une semaine' }).click();
    await poll(() => tickLabel(page)).toBe('Semaine 3 / 52, à jouer');

    await nav(page).getByRole('link', { name: 'Graphiques' }).click();
    await page.getByRole('heading', { level: 2, name: 'Graphiques' }).waitFor();
    for (const title of ['Échelle de fidélité', 'Satisfaction mesurée par enquête (note moyenne)']) {
      // the chart's « Voir le tableau des données », closed: its table is not in the accessibility tree yet
      const details = page.locator('figure').filter({ has: page.getByRole('heading', { name: title, exact: true }) }).locator('details');
      await details.locator('summary').click();
      const table = page.getByRole('table', { name: title, exact: true });
      await table.waitFor();
      const region = page.getByRole('region', { name: `Tableau : ${title}`, exact: true });
      // the table is in its own scroller, wider than it, which the keyboard can reach
      expect(await region.evaluate((el, t) => el.contains(t), await table.elementHandle())).toBe(true);
      expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
      expect(await region.getAttribute('tabindex')).toBe('0');
      // said above it
      await poll(() => details.getByTestId('scroll-hint').isVisible()).toBe(true);
      expect(await details.getByTestId('scroll-hint').textContent()).toMatch(/^Tableau plus large que l’écran\s: faites-le défiler sur le côté ↔$/);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('wraps the RFM grid’s segment names at a syllable, with a hyphen, never mid-word (fr and en)', async () => {
    const { context, page, errors } = await phonePage(browser);
    await startBakery(page, BASE_URL);
    await page.getByRole('button', { name: 'Avancer d’une semaine' }).click();
    await poll(() => tickLabel(page)).toBe('Semaine 2 / 52, à jouer');
    await nav(page).getByRole('link', { name: 'Graphiques' }).click();
    await page.getByRole('heading', { level: 2, name: 'Graphiques' }).waitFor();
    const grid = page.getByRole('table', { name: /^Nombre de clients par note de récence/ });
    await grid.waitFor();
    // the grid's long names really are wider than a cell: they must wrap inside the words
    expect(await longestSegmentWord(page)).toBeGreaterThan(await grid.locator('td').first().evaluate((td) => td.clientWidth));
    expect(await wordCuts(page)).toEqual([]);
    // the names are still read whole, once: a cell is named « 167 (6 %) Champions »
    expect(await grid.getByRole('cell', { name: /^\d[^a-z]*\) Champions$/ }).count()).toBe(2);
    // and copied once, as written: a selection of the grid (what Ctrl+C takes) has each name once, without soft hyphens
    // (the hyphenated copy on screen is not selectable; its plain twin, visually hidden, is copied)
    const copied = await copiedText(grid);
    expect(copied).not.toContain('\u00ad');
    expect(copied.match(/Champions/g)).toHaveLength(2);
    expect(copied).toMatch(/\) *\n *Champions\b/);

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 2, name: 'Charts' }).waitFor();
    const gridEn = page.getByRole('table', { name: /^Number of customers per recency score/ });
    await gridEn.waitFor();
    expect(await longestSegmentWord(page)).toBeGreaterThan(await gridEn.locator('td').first().evaluate((td) => td.clientWidth));
    expect(await wordCuts(page)).toEqual([]);
    expect(await gridEn.getByRole('cell', { name: /^\d[^a-z]*\) Hibernating$/ }).count()).toBeGreaterThan(0);
    const copiedEn = await copiedText(gridEn);
    expect(copiedEn).not.toContain('\u00ad');
    expect(copiedEn.match(/Hibernating/g)).toHaveLength(await gridEn.getByRole('cell', { name: /^\d[^a-z]*\) Hibernating$/ }).count());
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
    expect(errors).toEqual([]);
    await context.close();
  });
});

/** The text a selection of all of `table` gives (Chromium copies the same text). */
function copiedText(table: Locator): Promise<string> {
  return table.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    const selection = getSelection();
    if (!selection) return '';
    selection.removeAllRanges();
    selection.addRange(range);
    const text = selection.toString();
    selection.removeAllRanges();
    return text;
  });
}

/** The widest word of the grid's segment names, in px, on one line in the cells' font. */
function longestSegmentWord(page: Page): Promise<number> {
  return page.locator('figure[data-chart="rfm"] td .segment').first().evaluate((segment) => {
    const probe = document.createElement('span');
    probe.style.whiteSpace = 'nowrap';
    segment.append(probe);
    let widest = 0;
    for (const cell of document.querySelectorAll('figure[data-chart="rfm"] td .segment')) {
      for (const word of (cell.textContent ?? '').replaceAll('\u00ad', '').split(/\s+/)) {
        probe.textContent = word;
        widest = Math.max(widest, probe.getBoundingClientRect().width);
      }
    }
    probe.remove();
    return widest;
  });
}

/**
 * The words of the RFM grid's cells and headers that run over two lines other than at a soft hyphen
 * (shown then as a hyphen), or stick out of their cell: each as « word (cell) ».
 */
function wordCuts(page: Page): Promise<string[]> {
  return page.locator('figure[data-chart="rfm"] table').evaluate((table) => {
    const cuts: string[] = [];
    for (const cell of table.querySelectorAll('th, td')) {
      if (cell.scrollWidth > cell.clientWidth) cuts.push(`${cell.textContent} (overflows its cell)`);
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const text = node.data;
        for (const word of text.matchAll(/\S+/g)) {
          // each visible character's line (a soft hyphen not used for a break has no width)
          let previous: { at: number; top: number } | null = null;
          for (let at = word.index; at < word.index + word[0].length; at++) {
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + 1);
            // a range next to a line break also has a box at the end of the line before: the character's is the last
            const boxes = range.getClientRects();
            const box = boxes[boxes.length - 1];
            if (!box || box.width === 0) continue;
            if (previous && Math.abs(box.top - previous.top) > 2 && !text.slice(previous.at, at).includes('\u00ad')) cuts.push(`${word[0].replaceAll('\u00ad', '')} (${cell.textContent})`);
            previous = { at, top: box.top };
          }
        }
      }
    }
    return cuts;
  });
}
