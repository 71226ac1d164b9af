/**
 * The class view counts what the engine ran, not what a file's decisions asked for: an action the
 * engine refused (here for lack of budget) never ran, the Bilan's replay shows it, so it is neither
 * a strategy used nor an action in the list or the CSV; it is listed apart, as refused.
 */
import { describe, expect, it } from 'vitest';
import * as engine from '../../../src/engine/index.ts';
import type { DecisionsLog } from '../../../src/engine/decisions.ts';
import { buildResultFile, exportResultFile } from '../../../src/results/buildResultFile.ts';
import { classCsv } from '../../../src/results/classCsv.ts';
import { compareClass } from '../../../src/results/classComparison.ts';
import { engineReplayer } from '../../../src/results/replay.ts';
import { verifyResult } from '../../../src/results/verifyResult.ts';
import { translate } from '../../../src/i18n/translate.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

const scenario = fixtureScenario({ budget: { initial: 100, perTick: 0 } });
// with 100 € the survey and the club run; the 40 % coupon is refused (budgetInsuffisant)
const decisions: DecisionsLog = [
  { tick: 0, actions: [{ type: 'enquete', instrument: 'questionnaire', sampleSize: 5 }] },
  { tick: 1, actions: [{ type: 'financier', instrument: 'coupon', target: {}, discountRate: 0.4 }, { type: 'lienSocial', instrument: 'club', target: { limit: 1800 } }] },
];

async function row() {
  const seed = 3;
  const { state, reports } = engine.runSimulation(scenario, { seed, ticks: 4, decisions });
  const file = buildResultFile({
    learner: 'Fanny',
    scenario,
    seed,
    mode: 'committed',
    decisions,
    kpis: reports.map((r) => r.kpis),
    stateHash: engine.hashState(state),
    appVersion: '0.1.0',
  });
  const verification = await verifyResult(exportResultFile(file).text, engineReplayer(engine));
  expect(verification.status).toBe('confirmed');
  return { reports, rows: compareClass([{ fileName: 'fanny.json', verification }]) };
}

describe('class view: actions the engine refused', () => {
  it('are not counted as used, and are listed as refused', async () => {
    const { reports, rows } = await row();
    // the premise: the engine refused the coupon (the first action of tick 1), nothing else
    expect(reports.flatMap((r) => r.rejected.map((x) => ({ tick: r.kpis.tick, ...x })))).toEqual([{ tick: 1, actionIndex: 0, reason: 'budgetInsuffisant' }]);
    const [r] = rows;
    expect(r.actions).toMatchObject({ enquete: 1, lienSocial: 1, financier: 0 });
    expect(r.refusedActions).toMatchObject({ enquete: 0, lienSocial: 0, financier: 1 });
    // the club alone: one loyalty strategy of four
    expect(r.strategiesUsed).toBe(1);
  });

  it('the CSV counts the actions that ran and lists the refused ones apart', async () => {
    const { rows } = await row();
    const t = (key: string, params?: Record<string, string | number>) => translate('fr', key, params);
    const [header, line] = classCsv(rows, { t, locale: 'fr' }, true)
      .split(/\r?\n/)
      .map((l) => l.split(';'));
    expect(line[header.indexOf('Actions refusées par la simulation')]).toBe('Avantage financier × 1');
    expect(line[header.indexOf('Avantage financier')]).toBe('0');
    expect(line[header.indexOf('Lien social')]).toBe('1');
  });
});
