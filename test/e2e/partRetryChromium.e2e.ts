/**
 * A text part whose first download fails, in real Chromium, fetched again a while later without a reload: Chromium keeps a
 * failed dynamic import() until the page is reloaded, so the retry imports the part's chunk at another address
 * (`?retry=N`, i18n/locale.svelte.ts); the chunk's own imports resolve to the modules already there, never a second copy.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { BASE_URL, launchBrowser, newPage } from './browser.ts';

describe('a text part whose first download fails, in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('comes with its retry, without a reload, its chunk alone imported at another address', async () => {
    const { page, errors, context } = await newPage(browser, { serviceWorkers: 'block' });
    await context.addInitScript(() => localStorage.setItem('fidelis.tourSeen', '1'));
    const requests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/assets/')) requests.push(new URL(request.url()).pathname + new URL(request.url()).search);
    });
    // the class link's French texts fail once
    let aborted = 0;
    await page.route(/\/assets\/presets-[^/]*\.js(\?.*)?$/, async (route) => {
      const response = await route.fetch();
      if (aborted === 0 && (await response.text()).includes('Outil verrouillé par')) {
        aborted += 1;
        await route.abort('internetdisconnected');
      } else await route.fulfill({ response });
    });
    await page.goto(`${BASE_URL}?shop=boulangerie-du-marche&lock=enquete`);
    const note = page.getByTestId('class-note').first();
    await note.getByText(/^Commerce choisi par votre enseignant/).waitFor({ timeout: 30_000 });
    expect(aborted).toBe(1);
    // one load of the page; the part's chunk imported again at another address, and only it: the modules it imports keep
    // their addresses, so the browser's module map gives the ones already there (a second copy would need a second address)
    expect(requests.filter((r) => /^\/assets\/index-.*\.js$/.test(r))).toHaveLength(1);
    const retried = requests.filter((r) => r.includes('?'));
    expect(retried).toHaveLength(1);
    expect(retried[0]).toMatch(/^\/assets\/presets-[^/]*\.js\?retry=1$/);
    expect(errors.filter((e) => !/Failed to load resource|ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
    await context.close();
  });
});
