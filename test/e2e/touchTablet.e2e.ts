/**
 * A touch tablet in real Chromium (hasTouch, 768 x 1024 and 1024 x 768), QA tablet report: 44 px
 * targets where a finger taps (#1: buttons, the radio and checkbox labels with the circle unchanged,
 * an invisible 44 px hit area around the glossary « ? » that keeps its 26 px in the text, rows of
 * choices 8 px apart, #18: a wrapped option's circle not squeezed), a desktop mouse keeps its 36 px;
 * a glossary pop-up near the bottom opens above its « ? » (#4); a dashboard card keeps its place when
 * its « ? » opens (#3); the sliders take the form's width with − / + buttons (#7); no text under 14 px
 * on the dashboard and the customer base (#17); the customer table's name buttons 44 px high (rows 45 with their border),
 * the windowed rows still where the scroll puts them (#1). From the verification (qa-tablet-verify.md):
 * the teacher's nav group folded on a landscape tablet (N5), each strategy circle beside its own word
 * (#18), the retention card no taller than the churn card (N3), the result file's labels above their
 * fields (#20).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { nav, poll, startBakery } from './student.ts';

async function tablet(browser: Browser, width: number, height: number): Promise<Page> {
  const context = await browser.newContext({ locale: 'fr-FR', viewport: { width, height }, hasTouch: true, isMobile: true, deviceScaleFactor: 1 });
  return context.newPage();
}

/** the visible texts of the page's main part written under 14 px, with their size */
function smallTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out = new Set<string>();
    for (const el of document.querySelectorAll<HTMLElement>('main *')) {
      if (![...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim().length > 2)) continue;
      if (el.getBoundingClientRect().width === 0) continue;
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < 13.95) out.add(`${size}px ${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}`);
    }
    return [...out];
  });
}

/**
 * For each option of a radio row after the first on its line: [from the previous option's last letter to
 * its circle, from its circle to its own first letter], in px.
 */
function radioSpacing(page: Page, name: string): Promise<[number, number][]> {
  return page.locator(`input[name="${name}"]`).evaluateAll((inputs) => {
    const word = (input: Element) => {
      const text = [...input.closest('label')!.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '')!;
      const range = document.createRange();
      const s = text.textContent!;
      range.setStart(text, s.length - s.trimStart().length);
      range.setEnd(text, s.trimEnd().length);
      return range.getBoundingClientRect();
    };
    const out: [number, number][] = [];
    for (let k = 1; k < inputs.length; k++) {
      const circle = inputs[k].getBoundingClientRect();
      const before = word(inputs[k - 1]);
      if (Math.abs(before.top - word(inputs[k]).top) > 4) continue; // the next line
      out.push([Math.round(circle.left - before.right), Math.round(word(inputs[k]).left - circle.right)]);
    }
    return out;
  });
}

/** the visible controls of the page whose tap box (a radio's or checkbox's label) is under 44 px high */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('main button, main select, main summary, main input')) {
      const input = el as HTMLInputElement;
      if (el.matches('.glossary-link > button')) continue; // its hit area: checked apart
      if (input.type === 'range' || input.type === 'file') continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const label = input.type === 'radio' || input.type === 'checkbox' ? el.closest('label') : null;
      const target = (label ?? el).getBoundingClientRect();
      if (target.height < 43.5) out.push(`${el.tagName} ${(label ?? el).textContent?.trim().slice(0, 40)} ${Math.round(target.height)}`);
    }
    return out;
  });
}

describe('a touch tablet', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('gives the decisions screen 44 px targets, rows of choices 8 px apart and a 44 px « ? » hit area, a mouse keeping 36 px', async () => {
    const page = await tablet(browser, 768, 1024);
    await startBakery(page);
    expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
    await page.getByRole('radio', { name: 'Avantage financier' }).check();
    expect(await smallTargets(page)).toEqual([]);
    // each strategy circle sits with its own word: further from the option before than from its word
    // (#18: « Avantage financier ◯ Lien social », 6 px after « financier », 10 px before « Lien »)
    const strategy = await radioSpacing(page, 'strategy');
    expect(strategy.length).toBeGreaterThan(0);
    for (const [before, after] of strategy) expect(before).toBeGreaterThanOrEqual(2 * after);

    // the complaint policy: one radio per row, 8 px at least between two rows' labels
    const gaps = await page.locator('input[name="complaint-level"]').evaluateAll((inputs) =>
      inputs.map((i) => i.closest('label')!.getBoundingClientRect()).map((b, k, all) => (k === 0 ? Infinity : b.top - all[k - 1].bottom)),
    );
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(8);
    // a circle keeps its size beside a label that wraps (« Événement privé » was 13 x 18 px)
    const circles = await page.locator('main input[type="radio"], main input[type="checkbox"]').evaluateAll((inputs) =>
      inputs.filter((i) => i.getBoundingClientRect().width > 0).map((i) => Math.round(i.getBoundingClientRect().width)),
    );
    expect(new Set(circles)).toEqual(new Set([Math.round(1.1 * 16)]));

    // the « ? » keeps its 26 px in the text, and a finger 20 px above or below its centre still opens it
    const help = page.getByRole('button', { name: /Définition : Politique de réclamations|réclamation/i }).first();
    await help.scrollIntoViewIfNeeded();
    const box = (await help.boundingBox())!;
    expect(Math.round(box.height)).toBeLessThan(30);
    const hits = await help.evaluate((button) => {
      const b = button.getBoundingClientRect();
      const x = b.left + b.width / 2;
      const y = b.top + b.height / 2;
      return [
        [x, y - 20],
        [x, y + 20],
        [x - 20, y],
        [x + 20, y],
      ].map(([px, py]) => document.elementFromPoint(px, py) === button);
    });
    expect(hits).toEqual([true, true, true, true]);

    // a mouse: the desktop's 36 px buttons, no hit area around the « ? »
    const desktop = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 860 } });
    const mouse = await desktop.newPage();
    await startBakery(mouse);
    const one = (await mouse.getByRole('button', { name: 'Avancer d’une semaine' }).boundingBox())!;
    expect(Math.round(one.height)).toBe(36);
    for (const [before, after] of await radioSpacing(mouse, 'strategy')) expect(before).toBeGreaterThanOrEqual(2 * after);
    // the teacher's tools are folded at a first visit with a mouse too (QA class #18)
    expect(await nav(mouse).getByRole('button', { name: 'Espace enseignant' }).getAttribute('aria-expanded')).toBe('false');
    await desktop.close();

    // the result file's labels above their fields (#20: « Nom de votre équipe (facultatif) » wrapped
    // around the name field, label 96 px high, in the bilan's column of a portrait tablet)
    await nav(page).getByRole('link', { name: 'Bilan' }).tap();
    const team = page.getByLabel('Nom de votre équipe (facultatif)');
    await team.waitFor();
    const label = await team.evaluate((input) => {
      const box = input.closest('label')!.getBoundingClientRect();
      const field = input.getBoundingClientRect();
      return { labelHeight: Math.round(box.height), fieldTop: Math.round(field.top - box.top), fieldLeft: Math.round(field.left - box.left) };
    });
    expect(label.labelHeight).toBeLessThan(80);
    expect(label.fieldLeft).toBe(0);
    expect(label.fieldTop).toBeGreaterThan(15);
    await page.context().close();
  });

  it('opens a glossary pop-up above its « ? » when the bottom of the screen has no room for it', async () => {
    const page = await tablet(browser, 768, 1024);
    await startBakery(page);
    const help = page.getByRole('heading', { name: 'Politique de réclamations' }).locator('.glossary-link > button');
    // the QA's case: the « ? » at y = 870 of 1 024 px, just above the time bar
    await help.evaluate((b) => window.scrollBy(0, b.getBoundingClientRect().top - 870));
    expect(Math.round((await help.boundingBox())!.y)).toBeGreaterThan(800);
    await help.tap();
    const panel = page.getByRole('dialog');
    await panel.waitFor();
    const p = (await panel.boundingBox())!;
    const h = (await help.boundingBox())!;
    expect(p.y + p.height).toBeLessThanOrEqual(h.y);
    expect(p.y).toBeGreaterThanOrEqual(0);
    await page.context().close();
  });

  it('gives the sliders the form’s width and − / + buttons', async () => {
    const page = await tablet(browser, 768, 1024);
    await startBakery(page);
    await page.getByRole('radio', { name: 'Avantage financier' }).check();
    const slider = page.getByRole('slider', { name: /^Taux de remise/ });
    const width = await slider.evaluate((s) => s.getBoundingClientRect().width / s.closest('form')!.getBoundingClientRect().width);
    expect(width).toBeGreaterThan(0.6);
    await slider.fill('0.09');
    await page.getByRole('button', { name: /^Augmenter\s:\sTaux de remise$/ }).tap();
    expect(await slider.getAttribute('aria-valuetext')).toMatch(/^10\s%$/);
    await page.context().close();
  });

  it('keeps a dashboard card in its place when its « ? » opens, and writes no text under 14 px', async () => {
    const page = await tablet(browser, 1024, 768);
    await startBakery(page);
    // a landscape tablet is wider than 60rem: the teacher's tools stay folded for a finger (N5)
    expect(await nav(page).getByRole('button', { name: 'Espace enseignant' }).getAttribute('aria-expanded')).toBe('false');
    expect(await nav(page).getByRole('link', { name: 'Vue classe' }).count()).toBe(0);
    // a programme, for the programmes table's notes and its « Tableau plus large que l’écran »
    await page.getByRole('button', { name: /^Appliquer à la cible/ }).tap();
    const advance = page.getByRole('button', { name: 'Avancer d’une semaine' });
    await advance.tap();
    // where the finger left the page (the tap itself scrolls « Avancer », in the sticky time bar, into view)
    const scrolled = await page.evaluate(() => window.scrollY);
    await page.getByTestId('tick-label').filter({ hasText: /^Semaine 2 \/ 52, à jouer$/ }).waitFor({ timeout: 30_000 });
    // the page stays there while the period is played and saved, the focus back on « Avancer » once saved:
    // the page jumped down when the focus went to the sticky time bar's heading, then back to « Avancer »,
    // and a tap on the nav right after « Semaine 2 » landed on a radio of the form when the save ended (the
    // card below never came: flaky under CI load; keepFocus.ts inSight)
    await poll(() => advance.evaluate((b) => b === document.activeElement)).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
    await nav(page).getByRole('link', { name: 'Tableau de bord' }).tap();
    const card = page.locator('[data-kpi="retention"]');
    await card.waitFor();
    // the levers' trends and « depuis le début », the objectives' « Cible : … », « dont 0 par parrainage »,
    // the programmes' « effet non démontré … » and the scroll hint were 12.8 to 13.6 px (#17); at 1024 px the
    // programmes table now fits its box, without a scroll hint (the feed under it, QA hqa3 F2)
    await page.locator('section[aria-labelledby="programmes-title"] tbody tr').first().waitFor();
    expect(await smallTexts(page)).toEqual([]);
    // the retention card's content no taller than the churn card's: its yearly explanation is in its
    // « Comment est-ce calculé ? » (N3: 678 px, said the yearly figure twice)
    const contentHeight = (kpi: string) =>
      page.locator(`[data-kpi="${kpi}"]`).evaluate((c) => Math.max(...[...c.children].map((e) => e.getBoundingClientRect().bottom)) - c.getBoundingClientRect().top);
    expect(await contentHeight('retention')).toBeLessThan((await contentHeight('churn')) * 1.15);
    // the value reads first: the yearly sentence under it is small print, not bold (QA: « … 84 % des clients gardés sur un an » in bold read before 99,7 %)
    for (const kpi of ['retention', 'churn']) {
      const [value, sub] = await page
        .locator(`[data-kpi="${kpi}"]`)
        .evaluate((c) => ['.value', '[data-testid="kpi-sub"]'].map((s) => getComputedStyle(c.querySelector(s)!)).map((st) => [parseFloat(st.fontSize), st.fontWeight]));
      expect(sub).toEqual([14, '400']);
      expect(value[0]).toBeGreaterThan(20);
    }
    const next = page.locator('[data-kpi="churn"]');
    const before = (await next.boundingBox())!;
    const cardBefore = (await card.boundingBox())!;
    await card.locator('.glossary-link > button').tap();
    await card.getByRole('dialog').waitFor();
    const after = (await next.boundingBox())!;
    expect([Math.round(after.x), Math.round(after.y)]).toEqual([Math.round(before.x), Math.round(before.y)]);
    expect(Math.round((await card.boundingBox())!.width)).toBe(Math.round(cardBefore.width));
    // the glass box still takes the whole row
    await card.getByRole('button', { name: 'Fermer' }).tap();
    await card.getByRole('button', { name: /Comment est-ce calculé/ }).tap();
    await expect.poll(async () => (await card.boundingBox())!.width).toBeGreaterThan(cardBefore.width * 1.5);
    const sizes = await card.evaluate((c) => [getComputedStyle(c.querySelector('.trend')!).fontSize, getComputedStyle(c.querySelector('[data-glass] > button')!).fontSize]);
    expect(sizes.map((s) => parseFloat(s))).toEqual([14, 14]);
    await expect(card.getByTestId('yearly-retention').isVisible()).resolves.toBe(true);
    expect(await smallTexts(page)).toEqual([]);
    await page.context().close();
  });

  it('gives the customer table 44 px name buttons, the windowed rows still in their place', async () => {
    const page = await tablet(browser, 768, 1024);
    await startBakery(page);
    await nav(page).getByRole('link', { name: 'Base clients' }).tap();
    const grid = page.getByRole('grid');
    await grid.locator('tr[data-row="0"] th button').waitFor();
    // the filters' labels were 13.6 px (#17)
    expect(await smallTexts(page)).toEqual([]);
    const first = await grid.locator('tr[data-row="0"]').evaluate((row) => [row.getBoundingClientRect().height, row.querySelector('th button')!.getBoundingClientRect().height]);
    // the row is the target (a tap anywhere opens the file); the name fills it but for its bottom border, 44 px (QA qa31phoneEn m2: 43)
    expect(first.map(Math.round)).toEqual([45, 44]);
    // scrolled down by 100 rows, the row drawn at the box's top is row 100
    const box = page.locator('.viewport').filter({ has: grid });
    await box.evaluate((el) => (el.scrollTop = 100 * 45));
    await grid.locator('tr[data-row="100"]').waitFor();
    const offset = await box.evaluate((el) => {
      const head = el.querySelector('thead')!.getBoundingClientRect().height;
      const row = el.querySelector('tr[data-row="100"]')!.getBoundingClientRect().top;
      return Math.round(row - el.getBoundingClientRect().top - head);
    });
    expect(Math.abs(offset)).toBeLessThanOrEqual(2);
    await page.context().close();
  });
});
