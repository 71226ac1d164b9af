/** Launches Debian's Chromium through playwright-core (no browser download possible here). */
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

export const BASE_URL = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}/`;
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The browsers launched and still running: a failed test reports what their pages show (pageReport.ts). */
export const openBrowsers = new Set<Browser>();
/** Each newPage page's uncaught errors and console errors: the failure report adds them. */
export const pageErrors = new WeakMap<Page, string[]>();
/** The pages whose renderer crashed, said by the failure report (not in `errors`: twoTabs.e2e crashes one on purpose). */
export const crashedPages = new WeakSet<Page>();

export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  openBrowsers.add(browser);
  browser.on('disconnected', () => openBrowsers.delete(browser));
  return browser;
}

/** A fresh context (empty IndexedDB) and a page that records console errors; `options` add to or replace the laptop's defaults. */
export async function newPage(browser: Browser, options: BrowserContextOptions = {}): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 860 }, ...options });
  const throttle = Number(process.env.E2E_CPU_THROTTLE ?? 1);
  // E2E_CPU_THROTTLE=4 slows every page's CPU fourfold (Chromium's DevTools throttling), as a loaded CI machine does: races that only CI showed fail here too
  if (throttle > 1) context.on('page', (p) => void context.newCDPSession(p).then((cdp) => cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle })));
  const page = await context.newPage();
  const errors: string[] = [];
  pageErrors.set(page, errors);
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('crash', () => crashedPages.add(page));
  return { context, page, errors };
}

/** The same on the QA's phone, 390 x 844; `options` add what a test needs (touch, isMobile, deviceScaleFactor). */
export async function phonePage(browser: Browser, options: BrowserContextOptions = {}): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  return newPage(browser, { viewport: { width: 390, height: 844 }, ...options });
}
