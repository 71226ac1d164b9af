/**
 * QA qa29self M-2 on the engine: Belle Nature at seed 3535, a coupon for the future non-customers in week 1, the RFM
 * score (weakest first) frozen on its 50 riskiest at week 13, 4 more weeks played. Counting everyone scored, the lab said
 * « 94 % de réussite » against « 46,5 % de départ de toute la base »: most of those « leavers » were already dormant at
 * the freeze. They are now counted apart, and the rates are on the customers active at the freeze.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { selectByScore } from '../../../src/app/scoringLab/evaluateScore.ts';
import { complaintCounts, DEFAULT_GRID, labScores } from '../../../src/app/scoringLab/labScores.ts';
import { dormantAt, dormantAtFreeze, evaluatePrediction, leftSince, type FrozenPrediction } from '../../../src/app/scoringLab/prediction.ts';
import { loadScenarioFile } from '../../../src/cli/files.ts';
import { actionSchema } from '../../../src/engine/decisions.ts';
import { createSimulation, customerRecord, stepSimulation } from '../../../src/engine/index.ts';
import type { CustomerRecord, EventBatch } from '../../../src/engine/types.ts';

const records = (state: ReturnType<typeof createSimulation>): CustomerRecord[] => Array.from({ length: state.n }, (_, i) => customerRecord(state, i));

describe('scoring lab: customers already dormant at the freeze (QA qa29self M-2)', () => {
  let p: FrozenPrediction;
  let after: CustomerRecord[] = [];
  let tick = 0;

  beforeAll(() => {
    const loaded = loadScenarioFile('scenarios/cosmetiques-en-ligne.json');
    if (!loaded.ok) throw new Error('scenario');
    const scenario = loaded.scenario;
    const state = createSimulation(scenario, { seed: 3535 });
    const coupon = actionSchema.parse({ type: 'financier', instrument: 'coupon', target: { segments: ['futurNonClient'] }, discountRate: 0.1 });
    const events: EventBatch[] = [];
    for (let k = 0; k < 12; k++) events.push(stepSimulation(state, scenario, k === 0 ? [coupon] : []).events);
    const before = records(state);
    const s = labScores({ method: 'rfm', grid: DEFAULT_GRID, records: before, tick: state.tick, complaints: complaintCounts(events.slice(-8)) });
    const rule = { kind: 'top' as const, n: 50 };
    p = { runId: 'r', tick: state.tick, method: 'rfm', rule, ids: s.ids, scores: s.scores, target: selectByScore(s, rule), dormant: dormantAt(s.ids, before) };
    for (let k = 0; k < 4; k++) stepSimulation(state, scenario, []);
    after = records(state);
    tick = state.tick;
  }, 120_000);

  it('counts the dormant apart and rates the score on the customers active at the freeze', () => {
    const dormant = dormantAtFreeze(p, after, tick)!;
    const e = evaluatePrediction(p, after, tick)!;
    // as the lab used to count: everyone scored
    const all = evaluatePrediction({ ...p, dormant: undefined }, after, tick)!;
    // a large share of the base had already stopped buying, and most of the RFM target
    expect(dormant.count).toBeGreaterThan(0.3 * p.ids.length);
    expect(dormant.inTarget).toBeGreaterThan(p.target.length / 2);
    // the two parts make up the whole: every customer scored, every leaver
    expect(e.scored + dormant.count).toBe(p.ids.length);
    expect(e.targetSize + dormant.inTarget).toBe(p.target.length);
    const stillDormant = dormant.count - dormant.back;
    expect(e.leavers + stillDormant).toBe(all.leavers);
    expect(leftSince(p, after).size).toBe(all.leavers);
    // the headline, on the active, is far below the 94 % of before, and so is the base's departure rate
    expect(all.hitRate!).toBeGreaterThan(0.9);
    expect(e.hitRate!).toBeLessThan(all.hitRate! - 0.3);
    expect(e.baseRate!).toBeLessThan(all.baseRate! / 2);
    expect(e.baseRate).toBeCloseTo(e.leavers / e.scored, 12);
  });

  it('a prediction kept before it recorded who was dormant is rated as then, with no split', () => {
    expect(dormantAtFreeze({ ...p, dormant: undefined }, after, tick)).toBeNull();
    expect(dormantAtFreeze(p, after, p.tick)).toBeNull();
  });
});
