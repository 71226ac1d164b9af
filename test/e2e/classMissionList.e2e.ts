/**
 * A mission file in the class view at 1366 x 768, in English, not on the projector (QA qa28en m16): the list « Mission 1,
 * Read the customer database: passed — answer 679; declared (not verifiable); 7 Dec 2026, 03:49 … » sat in the narrow
 * « Points » column (about 90 px), making the row about 1,000 px tall beside empty cells. The list now keeps a readable
 * width and the row a few lines a mission.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import * as engine from '../../src/engine/index.ts';
import { exportResultFile } from '../../src/results/buildResultFile.ts';
import type { HandedMissions } from '../../src/results/resultFileSchema.ts';
import { missionScenario } from '../../src/missions/missionScenario.ts';
import type { Mission } from '../../src/missions/schema.ts';
import { fixtureScenario } from '../fixtures/scenario.ts';
import { playedResultFile } from '../fixtures/playedResultFile.ts';
import { BASE_URL, launchBrowser, newPage } from './browser.ts';

const base = fixtureScenario();
const six = { id: 'six', title: { fr: 'Mission six', en: 'Mission six' }, objective: { fr: '…' }, durationTicks: 4, unlocks: [], check: { kind: 'objective', metric: 'budgetLeft', comparator: '>=', target: 0, requires: [] } } as unknown as Mission;
const TITLES = ['Read the customer database', 'A discount for the best customers', 'Complaints and surveys', 'A club for regulars', 'Prove the effect', 'Win new customers'];
const attempt = (number: number) => ({
  number,
  id: `m${number}`,
  title: { fr: TITLES[number - 1], en: TITLES[number - 1] },
  outcome: 'reussie' as const,
  attempts: 2,
  ...(number === 1 ? { answer: 679 } : {}),
  at: '2026-12-07T03:49:00.000Z',
});

function missionFile(learner: string) {
  const missions: HandedMissions = { shop: base.id, total: 6, current: 6, attempted: [1, 2, 3, 4, 5, 6].map(attempt) };
  const decisions = [{ tick: 0, actions: [{ type: 'lienSocial' as const, instrument: 'club' as const, target: {} }] }];
  const file = playedResultFile(learner, decisions, { scenario: missionScenario(base, six, 5), seed: 42, ticks: 4, modelFingerprint: engine.modelFingerprint(), missions });
  return { name: `${learner}-mission-6.json`, mimeType: 'application/json', buffer: Buffer.from(exportResultFile(file).text) };
}

describe('a mission file in the class view, in English at 1366 px', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lists the missions passed in a readable width, not one word a line', async () => {
    const { page, errors, context } = await newPage(browser, { viewport: { width: 1366, height: 768 } });
    await context.addInitScript(() => {
      localStorage.setItem('fidelis.tourSeen', '1');
      localStorage.setItem('fidelis.locale', 'en');
    });
    await page.goto(`${BASE_URL}#/class`);
    await page.getByRole('heading', { level: 2, name: 'Class view' }).waitFor();
    await page.getByLabel(/Choose result files/).setInputFiles([missionFile('Liam')]);
    const region = page.getByRole('region', { name: /Class results/ });
    await region.locator('tbody.mission-files ul.mission-list').first().waitFor({ timeout: 90_000 });
    const layout = await region.evaluate((box) => {
      const row = box.querySelector<HTMLElement>('tbody.mission-files tr:not(.group)')!;
      const list = row.querySelector<HTMLElement>('ul.mission-list')!;
      return { row: row.getBoundingClientRect().height, list: list.getBoundingClientRect().width, items: list.children.length };
    });
    expect(layout.items).toBe(6);
    expect(layout.list).toBeGreaterThan(300);
    // a few lines a mission, not ~1,000 px
    expect(layout.row).toBeLessThan(450);
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);
});
