/**
 * QA qa33teacherEn M1 and m1: a class of 30 files (16 games, 14 mission files) printed on 47 A4 pages. On paper the table was
 * set at the screen's size (15 px, the screen's rule outweighing the paper's 8 pt) and every cell wrapped « anywhere », so the
 * « Points » column of a mission row got ~50 px for its list of six long lines: each mission row ~3 pages, its words cut
 * (« targete|d financi|al »), « Personalisat|ion » in « Strategies used ». Now a mission row prints the projector's marks, the
 * cells break between words, and the class fits a handful of pages. And a teacher who had tried a game in the same browser
 * printed a class sheet headed by that game (« Student: John Roe · Week 1 / 52 »): the class view prints its own line.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator } from 'playwright-core';
import * as engine from '../../src/engine/index.ts';
import { actionSchema, type ActionInput, type DecisionsLog } from '../../src/engine/decisions.ts';
import { seedAdjustment } from '../../src/engine/seedAdjustmentRun.ts';
import { handedMissions } from '../../src/missions/handIn.ts';
import { missionScenario } from '../../src/missions/missionScenario.ts';
import { parseProgress, recordOutcome } from '../../src/missions/progress.ts';
import { parseMissionPath } from '../../src/missions/load.ts';
import { buildResultFile, exportResultFile } from '../../src/results/buildResultFile.ts';
import { shippedScenarioList } from '../unit/app/testServices.ts';
import { BASE_URL, launchBrowser, newPage } from './browser.ts';
import { pdfPagesText } from './pdfText.ts';

const BAKERY = 'boulangerie-du-marche';
const OPTICIAN = 'optique-lumiere';
const TB = { segments: ['tresBon', 'bon'] as never, limit: 300 };
const CARD: ActionInput = { type: 'collecteDonnees', instrument: 'carteFidelite', target: TB };
const REMINDER: ActionInput = { type: 'personnalisation', instrument: 'relancePersonnalisee', target: TB };
const COUPON = (discountRate: number): ActionInput => ({ type: 'financier', instrument: 'coupon', discountRate, target: TB });
const CLUB: ActionInput = { type: 'lienSocial', instrument: 'club', target: TB };
const FLYERS: ActionInput = { type: 'acquisition', channel: 'flyers', budget: 300 };
const SURVEY: ActionInput = { type: 'enquete', instrument: 'questionnaire', sampleSize: 100 };
const FAST: ActionInput = { type: 'politiqueReclamations', level: 'rapide' };
const STOP: ActionInput = { type: 'arreterProgramme', programmeId: '1:0' };
const log = (plan: ActionInput[][]): DecisionsLog =>
  plan.flatMap((actions, tick) => (actions.length > 0 ? [{ tick, actions: actions.map((a) => actionSchema.parse(a)) }] : []));
const empty = (n: number): ActionInput[][] => Array.from({ length: n }, () => []);
const scenarioOf = (id: string) => shippedScenarioList().find((s) => s.id === id)!;
const asUpload = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

/** a whole game of `shop` (seed 1907, committed), `ticks` periods played, as the learner's app hands it in */
function gameFile(learner: string, shop: string, ticks: number, plan: ActionInput[][]) {
  const scenario = scenarioOf(shop);
  const decisions = log(plan);
  const { state, reports } = engine.runSimulation(scenario, { seed: 1907, ticks, decisions });
  const file = buildResultFile({ learner, scenario, seed: 1907, mode: 'committed', decisions, kpis: reports.map((r) => r.kpis), stateHash: engine.hashState(state), modelFingerprint: engine.modelFingerprint(), seedTargets: seedAdjustment(scenario, 1907), appVersion: '0.1.0' });
  return asUpload(`${learner}.json`, exportResultFile(file).text);
}

/** `shop`'s mission `index + 1` played to its end with `plan` (seed 7), the missions before it passed: a row of several missions */
async function missionFile(learner: string, shop: string, index: number, plan: ActionInput[][], outcome: 'reussie' | 'echouee') {
  // the shipped path as the app loads it (missions/shipped.ts, whose glob needs the app's build): its file, parsed alike
  const parsed = parseMissionPath(JSON.parse(readFileSync(`scenarios/missions/${shop}.json`, 'utf8')), [BAKERY, OPTICIAN]);
  if (!parsed.ok) throw new Error(`mission path ${shop}`);
  const path = parsed.path;
  const scenario = missionScenario(scenarioOf(shop), path.missions[index], index);
  const decisions = log(plan);
  const { state, reports } = engine.runSimulation(scenario, { seed: 7, ticks: scenario.durationTicks, decisions });
  let progress = parseProgress(null);
  for (let i = 0; i < index; i++) progress = recordOutcome(progress, shop, path.missions[i].id, 'reussie', { at: '2026-12-07T09:00:00.000Z' });
  progress = recordOutcome(progress, shop, path.missions[index].id, outcome, { at: '2026-12-07T10:00:00.000Z' });
  const file = buildResultFile({
    learner,
    scenario,
    seed: 7,
    mode: 'committed',
    decisions,
    kpis: reports.map((r) => r.kpis),
    stateHash: engine.hashState(state),
    modelFingerprint: engine.modelFingerprint(),
    missions: handedMissions(path, progress, index, true, true, true, true),
    seedTargets: seedAdjustment(scenario, 7),
    appVersion: '0.1.0',
  });
  return asUpload(`${learner}-mission-${index + 1}.json`, exportResultFile(file).text);
}

/** the QA's class: 16 games over two shops (weeks, months), 14 mission files, mission 5's failures among them */
async function qaClass() {
  const bakery: [string, ActionInput[][]][] = [
    ['Alice Martin', [[CARD], [REMINDER], [], [COUPON(0.1)]]],
    ['Bob Smith', []],
    ['Chloé Dubois', [[CLUB, FAST], [], [SURVEY]]],
    ['David Lee', [[COUPON(0.3)], [FLYERS], [FLYERS]]],
    ['Emma Brown', [[CARD], [], [REMINDER]]],
    ['Farid Benali', [[CARD, CLUB], [REMINDER]]],
    ['Grace Kim', [[COUPON(0.5), CLUB, FLYERS], [FLYERS], [FLYERS], [FLYERS]]],
    ['Hugo Petit', [[CARD], [REMINDER], [STOP]]],
    ['Tina Tamper', [[CARD], [REMINDER], [COUPON(0.2)]]],
    ['Olivia Older', [[CARD]]],
    ['Alice Martin bis', [[CARD], [REMINDER], [], [COUPON(0.1)], [FLYERS]]],
  ];
  const optician: [string, ActionInput[][]][] = [
    ['Ines Garcia', [[CARD], [REMINDER]]],
    ['Jack Wilson', []],
    ['Karim Haddad', [[COUPON(0.15), FAST], [SURVEY]]],
    ['Laura Rossi', [[CLUB], [FLYERS]]],
    ['Marc Durand', [[CARD, CLUB]]],
  ];
  const missions = await Promise.all([
    missionFile('Nora Blanc', BAKERY, 4, [[CARD], [REMINDER]], 'reussie'),
    missionFile('Oscar Roy', BAKERY, 4, [[CARD], [REMINDER], [], [STOP]], 'echouee'),
    missionFile('Paul Girard', BAKERY, 4, [[CARD], ...empty(7), [REMINDER]], 'echouee'),
    missionFile('Quentin Faure', BAKERY, 4, [[CARD], ...empty(10), [REMINDER]], 'echouee'),
    missionFile('Rose Lambert', BAKERY, 1, [[COUPON(0.05)]], 'reussie'),
    missionFile('Sam Taylor', BAKERY, 2, [[FAST], [SURVEY]], 'reussie'),
    missionFile('Tom Moreau', BAKERY, 5, [[{ type: 'customisation', instrument: 'offreSurMesure', target: TB } as ActionInput, FLYERS]], 'reussie'),
    missionFile('Paul Old-rules', BAKERY, 4, [[CARD], ...empty(7), [REMINDER]], 'reussie'),
    missionFile('Uma Patel', OPTICIAN, 4, [[CARD], [REMINDER]], 'reussie'),
    missionFile('Victor Hugo', OPTICIAN, 4, [[CARD], [REMINDER], [STOP]], 'echouee'),
    missionFile('Wendy Clark', OPTICIAN, 4, [[CARD], ...empty(4), [REMINDER]], 'echouee'),
    missionFile('Xavier Noel', OPTICIAN, 4, [[CARD], ...empty(3), [REMINDER]], 'reussie'),
    missionFile('Yasmine Ait', OPTICIAN, 3, [[CLUB]], 'reussie'),
    missionFile('Zoe Adams', OPTICIAN, 1, [[COUPON(0.1)]], 'reussie'),
  ]);
  return [...bakery.map(([name, plan]) => gameFile(name, BAKERY, 8, plan)), ...optician.map(([name, plan]) => gameFile(name, OPTICIAN, 6, plan)), ...missions];
}

/** the words of `cells`' text split over two lines (a word on one line is one rectangle), with the text they are in */
const brokenWords = (cells: Locator) =>
  cells.evaluateAll((els) => {
    const broken: string[] = [];
    for (const el of els) {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        // not on paper: a folded « Details », a screen reader's words
        if (!node.parentElement?.checkVisibility() || node.parentElement.closest('.visually-hidden')) continue;
        const text = node.textContent ?? '';
        // a word, a hyphen's or a slash's two sides apart (« Market-| Square » breaks well)
        for (const match of text.matchAll(/[^\s\-\u2011/]+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (tops.size > 1) broken.push(`${match[0]} (${text.trim().slice(0, 60)})`);
        }
      }
    }
    return broken;
  });

describe('printing a class with mission files (QA qa33teacherEn M1, m1)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('prints 30 files on a handful of pages, a mission row in marks and whole words, headed by the class view, not the teacher’s own game', async () => {
    const files = await qaClass();
    expect(files).toHaveLength(30);
    const { page, errors, context } = await newPage(browser);
    await context.addInitScript(() => {
      localStorage.setItem('fidelis.tourSeen', '1');
      // the name the teacher wrote when trying a hand-in in this browser
      localStorage.setItem('fidelis.learnerName', 'John Roe');
    });
    // the teacher tries the bakery first, in English
    await page.goto(BASE_URL);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: /Start “Market Square Bakery”/ }).click();
    await page.getByTestId('tick-label').filter({ hasText: /^Week 1 \/ 52, to play$/ }).waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('print-identity').textContent()).toMatch(/Student: John Roe/);

    await page.goto(`${BASE_URL}#/class`);
    await page.getByRole('heading', { level: 2, name: 'Class view' }).waitFor();
    await page.getByLabel('Choose result files').setInputFiles(files);
    await page.getByText(/^Verification finished: 30 confirmed, 0 refuted, 0 invalid\.$/).waitFor({ timeout: 240_000 });
    const region = page.getByRole('region', { name: /Class results/ });
    const missionRows = region.locator('tbody.mission-files tr:not(.group)');
    expect(await missionRows.count()).toBe(14);
    // on screen the mission list says each mission whole
    expect(await missionRows.first().locator('.mission-list').isVisible()).toBe(true);

    // across an A4 page (its own @page): 297 mm less Chromium's default margins
    await page.setViewportSize({ width: 1047, height: 1000 });
    await page.emulateMedia({ media: 'print' });
    // the game tried in this browser is not the class's: its line is not on paper, the class view's is
    expect(await page.getByTestId('print-identity').isVisible()).toBe(false);
    const classLine = page.locator('.class-print-identity');
    expect(await classLine.isVisible()).toBe(true);
    expect(await classLine.textContent()).toMatch(/^Fidélis · printed on \d+ \S+ 20\d\d$/);
    // a mission row: the projector's marks, not the long list
    const oscar = missionRows.filter({ hasText: 'Oscar Roy' });
    expect(await oscar.locator('.mission-list').isVisible()).toBe(false);
    const marks = await oscar.locator('.mission-compact .mark').evaluateAll((els) =>
      els.filter((el) => el.checkVisibility()).map((el) => {
        const shown = el.cloneNode(true) as HTMLElement;
        for (const hidden of shown.querySelectorAll('.visually-hidden')) hidden.remove();
        return (shown.textContent ?? '').replace(/\s+/g, ' ');
      }),
    );
    expect(marks).toEqual(['no. 1 ✓ declared', 'no. 2 ✓ declared', 'no. 3 ✓ declared', 'no. 4 ✓ declared', 'no. 5 ✗']);
    // every cell breaks between words (the file's name aside, cut anywhere in a column of its own)
    expect(await brokenWords(region.locator('tbody td:not(.file-cell), tbody th, thead th'))).toEqual([]);
    // every column on the page
    expect(await region.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);

    const pages = pdfPagesText(await page.pdf({ preferCSSPageSize: true })).map((text) => text.replace(/\s+/g, ''));
    // 47 pages before: each mission row ~3 pages
    expect(pages.length).toBeLessThanOrEqual(12);
    expect(pages[0]).not.toContain('JohnRoe');
    expect(pages[0]).not.toMatch(/Week1\/52/);
    expect(pages[0]).toContain('Fidélis·printedon');
    // every learner printed
    const all = pages.join('');
    for (const name of ['AliceMartin', 'OscarRoy', 'PaulOld-rules', 'ZoeAdams', 'MarcDurand']) expect(all).toContain(name);
    expect(errors).toEqual([]);
    await context.close();
  }, 600_000);
});
