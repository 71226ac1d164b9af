/** The lab's scores on real engine records: the points grid, RFM as a risk, BG/NBD 1 - P(alive); the campaign is a valid decision. */
import { describe, expect, it } from 'vitest';
import { campaignAction } from '../../../src/app/scoringLab/campaign.ts';
import { evaluatePrediction, leftSince, type FrozenPrediction } from '../../../src/app/scoringLab/prediction.ts';
import { complaintCounts, DEFAULT_GRID, gridScore, labScores, rfmRisk, scorableCustomers } from '../../../src/app/scoringLab/labScores.ts';
import { actionSchema } from '../../../src/engine/decisions.ts';
import type { CustomerRecord } from '../../../src/engine/types.ts';
import { engineRun } from '../../fixtures/engineRun.ts';

const base = engineRun(8).records[0];
const customer = (over: Partial<CustomerRecord>): CustomerRecord => ({ ...base, stage: 'actif', firstPurchaseTick: -10, ...over });

describe('lab scores', () => {
  it('adds the grid’s points for each criterion that holds', () => {
    const grid = {
      ...DEFAULT_GRID,
      recency: { points: 3, ticksAtLeast: 4 },
      frequency: { points: 2, purchasesAtMost: 2 },
      amount: { points: 1, spendAtMost: 50 },
      complaints: { points: 2 },
      motive: { points: 1, motives: ['argent' as const] },
      satisfaction: { points: 3, below: 0.5 },
    };
    const risky = customer({ id: 1, lastPurchaseTick: 2, purchasesTotal: 1, spendTotal: 20, motive: 'argent', measuredSatisfaction: 0.3 });
    // tick 10: 7 ticks since the last purchase (>= 4): 3 + frequency 2 + amount 1 + 2 complaints x 2 + motive 1 + satisfaction 3
    expect(gridScore(risky, grid, 10, new Map([[1, 2]]))).toBe(3 + 2 + 1 + 4 + 1 + 3);
    const safe = customer({ id: 2, lastPurchaseTick: 9, purchasesTotal: 12, spendTotal: 900, motive: 'sympathie', measuredSatisfaction: null });
    expect(gridScore(safe, grid, 10, new Map())).toBe(0);
  });

  it('RFM risk puts 1-1-1 first and 5-5-5 last', () => {
    expect(rfmRisk(customer({ r: 1, f: 1, m: 1 }))).toBe(12);
    expect(rfmRisk(customer({ r: 5, f: 5, m: 5 }))).toBe(0);
  });

  it('scores only customers still there who have bought; BG/NBD risks are probabilities', () => {
    const { records, reports } = engineRun(8);
    const scorable = scorableCustomers(records);
    expect(scorable.every((c) => c.stage !== 'perdu' && c.firstPurchaseTick !== null)).toBe(true);
    const complaints = complaintCounts(reports.map((r) => r.events));
    const palive = labScores({ method: 'palive', grid: DEFAULT_GRID, records, tick: 8, complaints });
    expect(palive.ids).toEqual(scorable.map((c) => c.id));
    expect(palive.scores.every((s) => s >= 0 && s <= 1)).toBe(true);
    expect(new Set(palive.scores.map((s) => s.toFixed(3))).size).toBeGreaterThan(5);
    // same records, same scores
    expect(labScores({ method: 'palive', grid: DEFAULT_GRID, records, tick: 8, complaints }).scores).toEqual(palive.scores);
  });

  it('evaluates a frozen prediction from the records ticks later: left = lost or dormant at the end of the check', () => {
    // frozen: 0, 1 and 4 active, 2 and 3 already dormant (5 was already lost: not scored, not in the prediction)
    const after = [
      customer({ id: 0, stage: 'perdu' }),
      customer({ id: 1 }),
      customer({ id: 2, stage: 'dormant' }), // still dormant: has not come back, left
      customer({ id: 3, stage: 'actif' }), // dormant at the freeze, came back to buy: stayed
      customer({ id: 4, stage: 'dormant' }), // active at the freeze, stopped buying: left
      customer({ id: 5, stage: 'perdu' }),
    ];
    const p: FrozenPrediction = {
      runId: 'r',
      tick: 5,
      method: 'rfm',
      rule: { kind: 'top', n: 2 },
      ids: [0, 1, 2, 3, 4],
      scores: [4, 3, 2, 1, 0],
      target: [0, 2],
    };
    expect([...leftSince(p, after)]).toEqual([0, 2, 4]);
    expect(evaluatePrediction(p, after, 5)).toBeNull();
    const e = evaluatePrediction(p, after, 7)!;
    expect(e.leavers).toBe(3);
    expect(e.truePositives).toBe(2);
    expect(e.hitRate).toBe(1);
    expect(e.baseRate).toBe(3 / 5);
    expect(e.lift).toBeCloseTo(5 / 3, 12);
  });

  it('builds a valid decision targeting exactly the chosen customers', () => {
    for (const s of ['financier', 'lienSocial', 'personnalisation', 'customisation'] as const) {
      const action = actionSchema.parse(campaignAction(s, [4, 8, 15]));
      expect(action.type).toBe(s);
      expect('target' in action && action.target.customerIds).toEqual([4, 8, 15]);
    }
  });
});
