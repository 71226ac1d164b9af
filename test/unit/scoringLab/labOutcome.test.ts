/**
 * The lab on a real engine run (the bakery, seed 4242, as a teacher tried it): after 12 weeks, the
 * scores frozen, 12 more weeks played without any action. A score that ranks the customers who stop
 * buying first must beat a random target (lift > 1): RFM weakest first, BG/NBD and the default points
 * grid. Before the lab counted only lost customers as leavers, RFM weakest first got × 0.87 here. The rates are on the
 * customers active at the freeze, as the lab gives them (prediction.ts dormantAt).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { selectByScore } from '../../../src/app/scoringLab/evaluateScore.ts';
import { complaintCounts, DEFAULT_GRID, labScores, type ScoreMethod } from '../../../src/app/scoringLab/labScores.ts';
import { dormantAt, evaluatePrediction, type FrozenPrediction } from '../../../src/app/scoringLab/prediction.ts';
import { loadScenarioFile } from '../../../src/cli/files.ts';
import { createSimulation, customerRecord, stepSimulation } from '../../../src/engine/index.ts';
import type { CustomerRecord, EventBatch } from '../../../src/engine/types.ts';

const records = (state: ReturnType<typeof createSimulation>): CustomerRecord[] => Array.from({ length: state.n }, (_, i) => customerRecord(state, i));

describe('scoring lab outcome on a real run', () => {
  const predictions = new Map<ScoreMethod, FrozenPrediction>();
  let after: CustomerRecord[] = [];
  let tick = 0;

  beforeAll(() => {
    const loaded = loadScenarioFile('scenarios/boulangerie-du-marche.json');
    if (!loaded.ok) throw new Error('scenario');
    const scenario = loaded.scenario;
    const state = createSimulation(scenario, { seed: 4242 });
    const events: EventBatch[] = [];
    for (let k = 0; k < 12; k++) events.push(stepSimulation(state, scenario, []).events);
    const before = records(state);
    // the lab counts complaints over the recent reports it keeps (8 periods)
    const complaints = complaintCounts(events.slice(-8));
    for (const method of ['rfm', 'palive', 'grid'] as const) {
      const s = labScores({ method, grid: DEFAULT_GRID, records: before, tick: state.tick, complaints });
      const rule = { kind: 'top' as const, n: 250 };
      predictions.set(method, { runId: 'r', tick: state.tick, method, rule, ids: s.ids, scores: s.scores, target: selectByScore(s, rule), dormant: dormantAt(s.ids, before) });
    }
    for (let k = 0; k < 12; k++) stepSimulation(state, scenario, []);
    after = records(state);
    tick = state.tick;
  }, 60_000);

  it.each(['rfm', 'palive', 'grid'] as const)('%s: the target of 250 holds more leavers than a random target of the same size', (method) => {
    const e = evaluatePrediction(predictions.get(method)!, after, tick)!;
    expect(e.leavers).toBeGreaterThan(100);
    expect(e.lift).toBeGreaterThan(1);
  });

  // rated on the customers active at the freeze (QA qa29self M-2), RFM weakest first does no better than chance at its
  // top 50 here: its lift there (× 1.57 counting everyone scored) came from customers who had already stopped buying
  it.each(['palive', 'grid'] as const)('%s: so does the top 50 and every tenth of the gains curve up to 40 %%', (method) => {
    const p = predictions.get(method)!;
    const e = evaluatePrediction({ ...p, target: p.target.slice(0, 50) }, after, tick)!;
    expect(e.lift).toBeGreaterThan(1.2);
    for (const g of e.gains.slice(0, 4)) expect(g.lift).toBeGreaterThan(1);
  });
});
