/**
 * « Ouvrir la fiche complète » from a glossary pop-up inside the Décisions forms, in real Chromium:
 * the focused link is removed with the screen, and Chromium fires `focusout` during Svelte's
 * teardown (jsdom does not), where a `$state` write threw `state_unsafe_mutation` (QA tablet #23).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newPage } from './browser.ts';
import { poll, startBakery } from './student.ts';

describe('a glossary card opened from a pop-up of the decisions forms', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens the full card without an uncaught error', async () => {
    const { page, errors, context } = await newPage(browser);
    await startBakery(page);
    const segments = page.getByRole('group', { name: 'Segments RFM', exact: true });
    await segments.getByRole('checkbox', { name: 'Futur non-client' }).check();
    const strategy = page.getByRole('region', { name: /Stratégie de fidélisation/ });
    await strategy.getByRole('radio', { name: 'Personnalisation', exact: true }).check();
    await strategy.getByRole('button', { name: 'Définition : Personnalisation', exact: true }).click();
    const popup = page.getByRole('dialog', { name: 'Personnalisation' });
    await popup.getByRole('link', { name: 'Ouvrir la fiche complète' }).click();
    await page.getByRole('heading', { level: 2, name: 'Glossaire' }).waitFor();
    // the error, when there was one, came with the click; let the page settle before reading
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('fetches the cards’ texts when a first pop-up opens, not with the app, and shows it whole, the focus on its title (issue 4)', async () => {
    const { page, errors, context } = await newPage(browser);
    const fetched: string[] = [];
    // and what keeps a pop-up inside the window (popupPlacement.ts), fetched with them
    const placement: string[] = [];
    page.on('request', (request) => {
      if (/\/glossaryCards-[\w-]+\.js$/.test(request.url())) fetched.push(request.url());
      if (/\/popupPlacement-[\w-]+\.js$/.test(request.url())) placement.push(request.url());
    });
    await startBakery(page);
    await page.getByRole('group', { name: 'Segments RFM', exact: true }).getByRole('checkbox', { name: 'Futur non-client' }).check();
    const strategy = page.getByRole('region', { name: /Stratégie de fidélisation/ });
    await strategy.getByRole('radio', { name: 'Personnalisation', exact: true }).check();
    const help = strategy.getByRole('button', { name: 'Définition : Personnalisation', exact: true });
    await help.waitFor();
    expect(fetched).toEqual([]);
    expect(placement).toEqual([]);
    await help.focus();
    await page.keyboard.press('Enter');
    const popup = page.getByRole('dialog', { name: 'Personnalisation' });
    await popup.waitFor();
    // whole from its first frame: the definition there, its height the same two frames later (no text popping in)
    const twoFramesApart = () =>
      popup.evaluate(
        (el) =>
          new Promise<[number, number, string]>((resolve) => {
            const first = el.getBoundingClientRect().height;
            const text = el.textContent ?? '';
            requestAnimationFrame(() => requestAnimationFrame(() => resolve([first, el.getBoundingClientRect().height, text])));
          }),
      );
    // placed from its first frame too (keepInViewport sets its left)
    expect(await popup.evaluate((el) => el.style.left)).toMatch(/^-?\d+px$/);
    const [before, after, text] = await twoFramesApart();
    expect(text.replace(/\s/g, ' ')).toContain('Relance personnalisée, conseiller personnel');
    expect(text).not.toContain('glossaryCards.');
    expect(after).toBe(before);
    await poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Personnalisation');
    expect(fetched).toHaveLength(1);
    expect(placement).toHaveLength(1);
    // once there, another pop-up opens at once, with no second download
    await page.keyboard.press('Escape');
    await page
      .getByRole('button', { name: /^Définition : / })
      .first()
      .click();
    await page.getByRole('dialog').waitFor();
    expect(fetched).toHaveLength(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('comes back to the learner’s place and strategy, by the browser’s Back or the card’s « Retour aux décisions » (QA tablet #22)', async () => {
    const { page, errors, context } = await newPage(browser);
    // a tablet in portrait: the strategy form is below the fold
    await page.setViewportSize({ width: 768, height: 700 });
    await startBakery(page);
    await page.getByRole('group', { name: 'Segments RFM', exact: true }).getByRole('checkbox', { name: 'Futur non-client' }).check();
    const strategy = page.getByRole('region', { name: /Stratégie de fidélisation/ });
    await strategy.getByRole('radio', { name: 'Personnalisation', exact: true }).check();
    const help = strategy.getByRole('button', { name: 'Définition : Personnalisation', exact: true });
    await help.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    const scrolled = await page.evaluate(() => window.scrollY);
    expect(scrolled).toBeGreaterThan(100);

    for (const way of ['back', 'link'] as const) {
      await help.click();
      await page.getByRole('dialog', { name: 'Personnalisation' }).getByRole('link', { name: 'Ouvrir la fiche complète' }).click();
      await page.getByRole('heading', { level: 2, name: 'Glossaire' }).waitFor();
      const back = page.getByRole('link', { name: '← Retour aux décisions' });
      await back.waitFor();
      if (way === 'back') await page.goBack();
      else await back.click();
      await page.getByRole('heading', { level: 2, name: 'Décisions' }).waitFor();
      // the strategy chosen, like the target, and the place on the page with the focus on that « ? »
      await poll(() => strategy.getByRole('radio', { name: 'Personnalisation', exact: true }).isChecked()).toBe(true);
      expect(await page.getByRole('group', { name: 'Segments RFM', exact: true }).getByRole('checkbox', { name: 'Futur non-client' }).isChecked()).toBe(true);
      await poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')?.replace(/\s/g, ' '))).toBe('Définition : Personnalisation');
      expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrolled)).toBeLessThan(50);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});
