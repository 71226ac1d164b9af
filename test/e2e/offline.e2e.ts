/**
 * Offline use in real Chromium: (1) after a first visit the service worker serves the app with
 * the network cut and even with the server gone; (2) the single-file build opens from file:// with
 * no server, starts a game (engine on the page's thread), keeps it in IndexedDB across a reload and
 * verifies a result file in the class view.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage } from './browser.ts';
import { resultFile } from './resultFiles.ts';
import { nav } from './student.ts';

const OWN_PORT = Number(process.env.E2E_PORT ?? 4173) + 7;
const OWN_URL = `http://127.0.0.1:${OWN_PORT}/`;
const SINGLE_FILE = resolve('dist-single/fidelis.html');

/** Builds without vitest's environment, like global-setup.ts, so the bundle is the real one. */
function viteBuild(args: string[]): void {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST')));
  const build = spawnSync('node_modules/.bin/vite', ['build', ...args], { stdio: 'inherit', env });
  if (build.status !== 0) throw new Error(`vite build ${args.join(' ')} failed`);
}

/** A preview server of our own, so this test can stop it without touching the shared one. */
async function startServer(): Promise<ChildProcess> {
  const server = spawn('node_modules/.bin/vite', ['preview', '--host', '127.0.0.1', '--port', String(OWN_PORT), '--strictPort'], {
    stdio: 'ignore',
    detached: true,
  });
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(OWN_URL)).ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('own preview server did not start');
}

function stopServer(server: ChildProcess | undefined): void {
  if (!server?.pid || server.exitCode !== null) return;
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    server.kill('SIGTERM');
  }
}

async function skipTour(page: Page): Promise<void> {
  const skip = page.getByRole('button', { name: 'Passer la visite' });
  if (await skip.isVisible().catch(() => false)) await skip.click();
}

describe('offline use', () => {
  let browser: Browser;
  let server: ChildProcess | undefined;
  beforeAll(async () => {
    // global-setup built dist/ unless told to skip; the offline test needs sw.js in it.
    if (!existsSync('dist/sw.js')) viteBuild([]);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    stopServer(server);
    await browser?.close();
  });

  it('works offline after the first visit thanks to the service worker', async () => {
    // a retry (e2e retry: 1) stops the server its first try left running: its own would not start on the busy port
    stopServer(server);
    server = await startServer();
    const { page, errors, context } = await newPage(browser);
    await page.goto(OWN_URL);
    await page.getByRole('heading', { level: 1 }).waitFor();
    // the worker precaches the whole build, then takes control of the page
    await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', undefined, { timeout: 30_000 });
    const cached = await page.evaluate(async () => {
      const names = await caches.keys();
      const cache = await caches.open(names.find((n) => n.startsWith('fidelis-'))!);
      return (await cache.keys()).map((r) => new URL(r.url).pathname);
    });
    expect(cached).toContain('/index.html');
    expect(cached.some((p) => /\/assets\/engine\.worker-.*\.js$/.test(p))).toBe(true);

    // network cut, then the server gone altogether: the app still loads and a game starts
    // (engine worker, lazy screens and IndexedDB, all from the cache)
    await context.setOffline(true);
    stopServer(server);
    await page.reload();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Fidélis');
    await skipTour(page);
    await page.getByRole('button', { name: /Commencer « Boulangerie du Marché »/ }).click();
    await page.getByRole('heading', { level: 2, name: 'Décisions' }).waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Avancer d’une semaine' }).click();
    await expect.poll(() => page.getByTestId('tick-label').textContent(), { timeout: 30_000 }).toBe('Semaine 2 / 52, à jouer');
    await dashboardShown(page);
    // the glossary cards' texts, fetched when a « ? » opens (never before here): from the cache too
    await page.locator('button[data-concept]').first().click();
    await page.getByRole('dialog').locator('p.short').waitFor({ timeout: 30_000 });
    expect(await page.getByRole('dialog').textContent()).not.toMatch(/glossaryCards\.|Fiche indisponible/);
    expect(errors.filter((e) => !/net::ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e))).toEqual([]);
    await context.close();
  });

  it('opens the single HTML file from file:// with no server, plays and keeps the game', async () => {
    viteBuild(['--mode', 'singlefile']);
    expect(existsSync(SINGLE_FILE)).toBe(true);
    const { page, errors, context } = await newPage(browser);
    await page.goto(pathToFileURL(SINGLE_FILE).href);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Fidélis');
    await skipTour(page);
    await page.getByRole('button', { name: /Commencer « Boulangerie du Marché »/ }).click();
    await page.getByRole('heading', { level: 2, name: 'Décisions' }).waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Avancer d’une semaine' }).click();
    await expect.poll(() => page.getByTestId('tick-label').textContent(), { timeout: 30_000 }).toBe('Semaine 2 / 52, à jouer');
    await dashboardShown(page);
    // the glossary cards' texts are in the file too
    await page.locator('button[data-concept]').first().click();
    await page.getByRole('dialog').locator('p.short').waitFor({ timeout: 30_000 });
    expect(await page.getByRole('dialog').textContent()).not.toMatch(/glossaryCards\.|Fiche indisponible/);
    await page.keyboard.press('Escape');
    // IndexedDB works from file://: the game is still there after a reload
    await page.reload();
    await expect.poll(() => page.getByTestId('tick-label').textContent(), { timeout: 30_000 }).toBe('Semaine 2 / 52, à jouer');
    // the class view verifies on the page's thread there (no worker from file://)
    await page.goto(`${pathToFileURL(SINGLE_FILE).href}#/class`);
    await page.getByLabel('Choisir des fichiers de résultat').setInputFiles([resultFile('Camille', [], { seed: 2, ticks: 5, fileName: 'camille.json' })]);
    await page.getByText('Vérification terminée : 1 confirmé, 0 réfuté, 0 invalide.').waitFor({ timeout: 60_000 });
    expect(errors).toEqual([]);
    await context.close();
  });
});

/** The dashboard's view of the periods played (a chunk of its own, dashboardResultsCode.ts) is there too: a KPI card, no alert. */
async function dashboardShown(page: Page) {
  await nav(page).getByRole('link', { name: 'Tableau de bord' }).click();
  await page.locator('[data-kpi="turnover"]').waitFor({ timeout: 30_000 });
  expect(await page.getByRole('alert').count()).toBe(0);
}
