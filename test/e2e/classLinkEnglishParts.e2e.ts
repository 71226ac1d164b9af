/**
 * An English class link, in real Chromium: the class link's texts (a part of their own, i18n/areas.ts PRESETS_AREAS) are
 * fetched in English only; French's come only if the learner switches to French. Before, the link's reading fetched
 * French's too (the page starts in French until the link is read), a download wasted and one more to fail on a flaky network.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { BASE_URL, launchBrowser, newPage } from './browser.ts';

describe('an English class link', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('fetches the English class link texts only, the French ones once the learner switches', async () => {
    const { page, errors, context } = await newPage(browser, { serviceWorkers: 'block' });
    await context.addInitScript(() => localStorage.setItem('fidelis.tourSeen', '1'));
    const fetched: string[] = [];
    await page.route(/\/assets\/presets-[^/]*\.js$/, async (route) => {
      const response = await route.fetch();
      const text = await response.text();
      if (text.includes('Outil verrouillé par')) fetched.push('fr');
      else if (text.includes('Tool locked by')) fetched.push('en');
      await route.fulfill({ response });
    });
    // nor the French learner's or missions' texts (the link's shop has a mission path: its code comes with the reading)
    const french: string[] = [];
    page.on('request', (request) => {
      if (/\/assets\/fr(Learner|Missions)-/.test(request.url())) french.push(request.url());
    });
    await page.goto(`${BASE_URL}?shop=boulangerie-du-marche&lang=en&lock=enquete&mode=bogus`);
    const card = page.locator('article', { has: page.getByRole('button', { name: /Start « The Market Bakery »|Start/ }) }).first();
    await card.getByTestId('class-note').getByText(/chosen by your teacher/i).waitFor();
    await page.getByRole('region', { name: /Messages/ }).getByText(/Class link: parameter ignored/).waitFor();
        expect(fetched).toEqual(['en']);
    expect(french).toEqual([]);
    await page.getByRole('button', { name: 'Français' }).click();
    await page.getByTestId('class-note').first().getByText(/choisi par votre enseignant/i).waitFor();
    expect(fetched).toEqual(['en', 'fr']);
    expect(errors).toEqual([]);
    await context.close();
  });
});
