/**
 * The guided tour on a first visit with a tablet or a phone (QA tablet #24): it goes on to « Décidez »
 * once the learner starts a game, never covers the header nor the time bar stuck to the bottom, stays
 * wholly inside a 320 px window (QA tablet verify N8: it ran 28 px off the left edge), and outlines
 * what each step names, in view (QA tablet #15).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { BASE_URL, launchBrowser, newPage } from './browser.ts';

type Rect = { x: number; y: number; width: number; height: number };
const apart = (a: Rect, b: Rect) => a.y + a.height <= b.y || b.y + b.height <= a.y || a.x + a.width <= b.x || b.x + b.width <= a.x;

async function clearOf(page: Page, title: string): Promise<void> {
  const panel = (await page.getByRole('dialog', { name: title }).boundingBox())!;
  const bar = (await page.locator('[data-tour="advance"]').boundingBox())!;
  const header = await page.locator('.app-header').evaluate((h) => {
    const r = h.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  });
  expect(apart(panel, bar), `tour ${JSON.stringify(panel)} over the time bar ${JSON.stringify(bar)}`).toBe(true);
  if (header.y + header.height > 0) expect(apart(panel, header), `tour ${JSON.stringify(panel)} over the header ${JSON.stringify(header)}`).toBe(true);
}

/** The panel wholly inside the window (its left edge, « Étape », « Passer la visite », was cut on a phone). */
async function inside(page: Page, title: string): Promise<void> {
  const panel = (await page.getByRole('dialog', { name: title }).boundingBox())!;
  const { width, height } = page.viewportSize()!;
  const box = JSON.stringify(panel);
  expect(panel.x, box).toBeGreaterThanOrEqual(0);
  expect(panel.y, box).toBeGreaterThanOrEqual(0);
  expect(panel.x + panel.width, box).toBeLessThanOrEqual(width);
  expect(panel.y + panel.height, box).toBeLessThanOrEqual(height);
}

/** The `data-tour` marks of the outlined elements, once one of them is in the window. */
function outlined(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const marked = [...document.querySelectorAll<HTMLElement>('[data-tour-current]')];
    const seen = marked.some((e) => {
      const r = e.getBoundingClientRect();
      return r.bottom > 0 && r.top < innerHeight && getComputedStyle(e).outlineStyle === 'solid' && parseFloat(getComputedStyle(e).outlineWidth) >= 3;
    });
    return seen ? marked.map((e) => e.dataset.tour ?? '') : [];
  });
}

describe('the guided tour on a tablet and a phone', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const viewport of [
    { width: 1024, height: 768 },
    { width: 768, height: 1024 },
    { width: 320, height: 640 },
    { width: 390, height: 844 },
  ])
    it(`follows the game, stays in the window clear of the header and the time bar, outlines what each step names (${viewport.width}×${viewport.height})`, async () => {
      const { page, errors, context } = await newPage(browser);
      await page.setViewportSize(viewport);
      await page.goto(BASE_URL);
      await page.getByRole('dialog', { name: 'Bienvenue dans Fidélis' }).waitFor();
      await inside(page, 'Bienvenue dans Fidélis');
      expect(await outlined(page)).toEqual([]);
      await page.getByRole('button', { name: 'Suivant' }).click();
      await page.getByRole('dialog', { name: '1. Choisissez un scénario' }).waitFor();
      await inside(page, '1. Choisissez un scénario');
      // the scenario cards, brought into view and outlined
      await expect.poll(() => outlined(page)).toEqual(['scenarios']);
      await page.getByRole('button', { name: /Commencer « Boulangerie du Marché »/ }).click();
      await page.getByRole('heading', { level: 2, name: 'Décisions' }).waitFor();
      await page.getByTestId('tick-label').filter({ hasText: /^Semaine 1 \/ 52, à jouer$/ }).waitFor({ timeout: 30_000 });

      // the step asked for is done: the tour says what comes next
      await page.getByRole('dialog', { name: '2. Décidez' }).waitFor();
      // and has the focus, not the screen's heading behind it (QA qa27editor minor 9)
      await expect.poll(() => page.evaluate(() => document.activeElement?.hasAttribute('data-tour-next'))).toBe(true);
      await clearOf(page, '2. Décidez');
      await inside(page, '2. Décidez');
      await expect.poll(() => outlined(page)).toEqual(['target']);
      await page.getByRole('button', { name: 'Suivant' }).click();
      await page.getByRole('dialog', { name: '3. Avancez dans le temps' }).waitFor();
      await clearOf(page, '3. Avancez dans le temps');
      await inside(page, '3. Avancez dans le temps');
      await expect.poll(() => outlined(page)).toEqual(['advance']);
      // a phone's folded bar shows « Avancer d’une semaine » and « Autres choix » only: the text says where the others are,
      // and the undo it speaks of is in « Décisions de la période », not in the bar (QA qa14 T1)
      const text = await page.getByRole('dialog', { name: '3. Avancez dans le temps' }).textContent();
      expect(text).toMatch(/sous «\s?Autres choix\s?»/);
      expect(text).toMatch(/annuler la dernière décision dans la liste «\s?Décisions de la semaine\s?»/);
      if (viewport.width < 640) await expect(page.getByRole('button', { name: 'Autres choix' }).isVisible()).resolves.toBe(true);
      // the focus stays in the panel; closing it takes the outline away
      expect(await page.evaluate(() => document.activeElement?.closest('[role="dialog"]') !== null)).toBe(true);
      await page.getByRole('button', { name: 'Passer la visite' }).click();
      expect(await page.locator('[data-tour-current]').count()).toBe(0);
      expect(errors).toEqual([]);
      await context.close();
    });

  it('brings the tabs step 4 outlines into a phone’s navigation strip from the first one on (QA qa21 F7: Dashboard left out)', async () => {
    const { page, errors, context } = await newPage(browser);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(BASE_URL);
    await page.getByRole('button', { name: 'Suivant' }).click();
    await page.getByRole('button', { name: /Commencer « Boulangerie du Marché »/ }).click();
    await page.getByTestId('tick-label').filter({ hasText: /^Semaine 1 \/ 52, à jouer$/ }).waitFor({ timeout: 30_000 });
    await page.getByRole('dialog', { name: '2. Décidez' }).waitFor();
    await page.getByRole('button', { name: 'Suivant' }).click();
    await page.getByRole('dialog', { name: '3. Avancez dans le temps' }).waitFor();
    await page.getByRole('button', { name: 'Suivant' }).click();
    await page.getByRole('dialog', { name: '4. Observez et comprenez' }).waitFor();
    const tabs = () =>
      page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('nav [data-tour-current]')].map((e) => {
          const [own, strip] = [e.getBoundingClientRect(), e.closest('nav')!.getBoundingClientRect()];
          return `${e.textContent!.trim()} ${own.left >= strip.left - 0.5 && own.right <= strip.right + 0.5 ? 'in' : 'out'}`;
        }),
      );
    // « Tableau de bord », « Décisions », « Base clients », « Graphiques » do not fit in 390 px: the strip starts at the first one
    await expect.poll(async () => (await tabs())[0]).toBe('Tableau de bord in');
    expect(errors).toEqual([]);
    await context.close();
  });

  /** What the tour shows at a step: the outlined marks, the header's place (whole, gone or cut), the outlined nav links out of the strip's box. */
  const seen = (page: Page) =>
    page.evaluate(() => {
      const marked = [...document.querySelectorAll<HTMLElement>('[data-tour-current]')];
      const header = document.querySelector('.app-header')!.getBoundingClientRect();
      const strip = document.querySelector('nav#main-nav')!.getBoundingClientRect();
      const links = marked.filter((e) => e.closest('nav')).map((e) => ({ name: e.textContent!.trim(), box: e.getBoundingClientRect() }));
      const fit = links.length > 0 && Math.max(...links.map((l) => l.box.right)) - Math.min(...links.map((l) => l.box.left)) <= strip.width;
      // all of them when they fit together, else the first one
      const out = (fit ? links : links.slice(0, 1)).filter((l) => l.box.left < strip.left - 0.5 || l.box.right > strip.right + 0.5).map((l) => `${l.name} ${Math.round(l.box.left)}…${Math.round(l.box.right)}`);
      const place = header.top >= -0.5 ? 'whole' : header.bottom <= 0.5 ? 'gone' : `cut ${Math.round(header.top)}…${Math.round(header.bottom)}`;
      return { marks: marked.map((e) => e.dataset.tour).join(' '), header: place, out };
    });

  for (const viewport of [
    { width: 820, height: 1180 },
    { width: 1024, height: 768 },
    { width: 390, height: 844 },
  ])
    it(`scrolls to what each step outlines from the home without cutting the header across, the outlined tabs in the strip (QA qa21 F7, ${viewport.width}×${viewport.height})`, async () => {
      const { page, errors, context } = await newPage(browser, { viewport, hasTouch: viewport.width < 800, isMobile: viewport.width < 800 });
      await page.goto(BASE_URL);
      await page.getByRole('dialog', { name: 'Bienvenue dans Fidélis' }).waitFor();
      const steps: [string, string][] = [
        ['1. Choisissez un scénario', 'scenarios'],
        ['2. Décidez', 'nav-decisions'],
        ['3. Avancez dans le temps', 'nav-decisions'],
        ['4. Observez et comprenez', 'nav-dashboard nav-customers nav-charts'],
      ];
      for (const [title, marks] of steps) {
        await page.getByRole('button', { name: 'Suivant' }).click();
        await page.getByRole('dialog', { name: title }).waitFor();
        await expect.poll(async () => `${title}: ${(await seen(page)).marks}`).toBe(`${title}: ${marks}`);
        const { header, out } = await seen(page);
        // the header wholly in the window or wholly above it: the tablet's subtitle line was cut at the top at steps 2 to 4
        expect(header, title).toMatch(/^(whole|gone)$/);
        expect(out, title).toEqual([]);
      }
      expect(errors).toEqual([]);
      await context.close();
    });
});
