/**
 * « Enregistrement… » comes and goes in the header after each period played (and each decision queued): below a laptop's
 * width it took a line of its own, and the page under the header moved 23 px when the save ended. A tap on « Graphiques »
 * made as the save of « Semaine 1 » ended landed 1 px under the link, on nothing (phone.e2e, CI, once: the programmes
 * chart never came, the page was still on Décisions). Here the worker's answer to the period's save is held back, so the
 * save ends when the test says: at the moment the finger is lifted, between the touch and the click it makes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, phonePage } from './browser.ts';
import { nav, poll, startBakery, tickLabel } from './student.ts';

/** Holds the engine worker's answers to `saveTick` until `__endSave()`, or until the next touchend with `__endSaveOnTouchEnd`. */
function holdSaves() {
  const page = window as unknown as { __endSave: () => void; __endSaveOnTouchEnd: boolean; __heldSaves: () => number };
  const held: Array<() => void> = [];
  page.__heldSaves = () => held.length;
  page.__endSave = () => {
    while (held.length > 0) held.shift()!();
  };
  page.__endSaveOnTouchEnd = false;
  addEventListener(
    'touchend',
    () => {
      if (!page.__endSaveOnTouchEnd) return;
      page.__endSaveOnTouchEnd = false;
      page.__endSave();
    },
    true,
  );
  const PageWorker = window.Worker;
  window.Worker = class extends PageWorker {
    #saves = new Set<number>();
    override postMessage(message: unknown, options?: StructuredSerializeOptions | Transferable[]) {
      const m = message as { id?: number; request?: { kind?: string } } | null;
      if (m?.request?.kind === 'saveTick' && m.id !== undefined) this.#saves.add(m.id);
      super.postMessage(message, options as StructuredSerializeOptions);
    }
    override addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions) {
      if (type !== 'message') return super.addEventListener(type, listener, options);
      const answer = (event: Event) => {
        const hear = () => (typeof listener === 'function' ? listener.call(this, event) : listener.handleEvent(event));
        if (this.#saves.has((event as MessageEvent<{ id?: number }>).data?.id ?? -1)) held.push(hear);
        else hear();
      };
      super.addEventListener(type, answer, options);
    }
  };
}

/** « Avancer d’une semaine », its period shown and its save held: « Enregistrement… » in the header. */
async function playHeld(page: Page, next: string) {
  await page.getByRole('button', { name: 'Avancer d’une semaine' }).tap();
  await poll(() => tickLabel(page)).toBe(next);
  await poll(() => page.evaluate(() => (window as unknown as { __heldSaves: () => number }).__heldSaves())).toBe(1);
  expect(await page.getByTestId('saving').textContent()).toBe('Enregistrement…');
}

describe('the header while a period is saved', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('keeps its height, so that a tap on a link as the save ends opens that link', async () => {
    const { context, page, errors } = await phonePage(browser, { hasTouch: true, isMobile: true, deviceScaleFactor: 2 });
    await context.addInitScript(holdSaves);
    await startBakery(page);
    await playHeld(page, 'Semaine 2 / 52, à jouer');
    // a phone, a narrow one, a tablet upright, a small laptop window: the header as high while it says it saves as after
    const widths = [320, 390, 768, 1000, 1280];
    const heights = async () => {
      const seen: number[] = [];
      for (const width of widths) {
        await page.setViewportSize({ width, height: 844 });
        seen.push(Math.round((await page.locator('header').boundingBox())!.height));
      }
      return seen;
    };
    const saving = await heights();
    // beside the title, never over it: a 320 px phone zoomed to 200 % is 160 CSS px wide (review7 #1: « Enregistrement… »
    // out of the flow covered « Fidélis » there); under 20rem the note wraps under the title as before
    for (const width of [160, 240, 320, 390]) {
      await page.setViewportSize({ width, height: 844 });
      // the title's words, not its box (as wide as its line)
      const title = await page.locator('header h1').evaluate((h1) => {
        const words = document.createRange();
        words.selectNodeContents(h1);
        const { x, y, width, height } = words.getBoundingClientRect();
        return { x, y, width, height };
      });
      const note = (await page.getByTestId('saving').boundingBox())!;
      const apart = note.x >= title.x + title.width || note.x + note.width <= title.x || note.y >= title.y + title.height || title.y >= note.y + note.height;
      expect({ width, apart }).toEqual({ width, apart: true });
    }
    await page.evaluate(() => (window as unknown as { __endSave: () => void }).__endSave());
    await poll(() => page.getByTestId('saving').count()).toBe(0);
    expect(await heights()).toEqual(saving);

    // the save of the next period ends as the finger lifts from « Graphiques »: its screen opens (it stayed on Décisions)
    await page.setViewportSize({ width: 390, height: 844 });
    await playHeld(page, 'Semaine 3 / 52, à jouer');
    await page.evaluate(() => ((window as unknown as { __endSaveOnTouchEnd: boolean }).__endSaveOnTouchEnd = true));
    await nav(page).getByRole('link', { name: 'Graphiques' }).tap();
    await poll(() => page.getByTestId('saving').count()).toBe(0);
    await page.getByRole('heading', { level: 2, name: 'Graphiques' }).waitFor({ timeout: 5_000 });
    expect(errors).toEqual([]);
    await context.close();
  });
});
