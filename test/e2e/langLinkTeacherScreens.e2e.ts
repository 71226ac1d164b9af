/**
 * A teacher screen opened straight from an address whose `lang` differs from the browser's language (a
 * bookmark or ENT link `?lang=en#/class`, QA qa12 F2): the screen's lazily loaded texts follow the link's
 * language, not the one the app started in, and the editor loads. Fresh profiles, both directions.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { BASE_URL, launchBrowser, newPage } from './browser.ts';

const SCREENS = [
  { route: 'class', en: { heading: 'Class view', text: 'Choose result files' }, fr: { heading: 'Vue classe', text: 'Choisir des fichiers de résultat' } },
  { route: 'analytics', en: { heading: 'Real data analysis', text: '1. The purchase file' }, fr: { heading: 'Analyse de données réelles', text: '1. Le fichier des achats' } },
  { route: 'editor', en: { heading: 'Scenario editor', text: 'The scenario is valid.' }, fr: { heading: 'Éditeur de scénario', text: 'Le scénario est valide.' } },
] as const;

describe('a teacher screen opened with ?lang= in real Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const { route, en, fr } of SCREENS) {
    it(`#/${route}: ?lang=en on a French browser is in English, ?lang=fr on an English one in French`, async () => {
      for (const [browserLocale, lang, texts] of [['fr-FR', 'en', en], ['en-US', 'fr', fr]] as const) {
        const { page, errors, context } = await newPage(browser, { locale: browserLocale });
        await page.goto(`${BASE_URL}?lang=${lang}#/${route}`);
        await page.getByRole('heading', { level: 2, name: texts.heading }).waitFor({ timeout: 20_000 });
        await page.getByText(texts.text, { exact: true }).first().waitFor({ timeout: 10_000 });
        expect(await page.locator('html').getAttribute('lang')).toBe(lang);
        expect(errors).toEqual([]);
        await context.close();
      }
    }, 120_000);
  }
});
