import { describe, expect, it } from 'vitest';
import { actionCost, nextPeriodCost, periodCost } from '../../../src/app/periodCost.ts';
import { dataCollectionCost, strategyCost, surveyCost } from '../../../src/app/costEstimate.ts';
import { defaultChoice } from '../../../src/app/strategyForm.ts';
import type { Action } from '../../../src/engine/decisions.ts';
import type { ProgrammeKpi, TickKpis } from '../../../src/engine/types.ts';

const last = { frequency: 0.5, averageBasket: 20 } as TickKpis;
const none = { count: 0, spend: null };
const programme = (id: string, costThisTick: number) => ({ id, costThisTick }) as ProgrammeKpi;

describe('the estimated cost of a period', () => {
  it('prices each decision as its form does', () => {
    const survey: Action = { type: 'enquete', instrument: 'questionnaire', sampleSize: 200 };
    expect(actionCost(survey, none, 'week', last)).toBe(surveyCost('questionnaire', 200));
    const data: Action = { type: 'collecteDonnees', instrument: 'jeuConcours', target: {} };
    expect(actionCost(data, { count: 40, spend: null }, 'week', last)).toBe(dataCollectionCost('jeuConcours', 40));
    const perso: Action = { type: 'personnalisation', instrument: 'personalShopper', target: {} };
    const estimate = strategyCost({ ...defaultChoice('personnalisation'), instrument: 'personalShopper' }, 30, 'month', last);
    expect(actionCost(perso, { count: 30, spend: null }, 'month', last)).toBeCloseTo(estimate.perTick + estimate.setup);
    const discount: Action = { type: 'financier', instrument: 'points', discountRate: 0.2, target: {} };
    const spend = { active: 8, withoutConsent: 0 };
    expect(actionCost(discount, { count: 10, spend }, 'week', last)).toBeCloseTo(
      strategyCost({ ...defaultChoice('financier'), instrument: 'points', discountRate: 0.2 }, 10, 'week', last, spend).perTick,
    );
    expect(actionCost({ type: 'acquisition', channel: 'flyers', budget: 750 }, none, 'week', last)).toBe(750);
    expect(actionCost({ type: 'politiqueReclamations', level: 'excellente' }, none, 'week', last)).toBe(0);
  });

  it('adds the running programmes, except those a pending decision stops, and compares with the budget plus the allowance', () => {
    const pending: Action[] = [
      { type: 'enquete', instrument: 'questionnaire', sampleSize: 5000 },
      { type: 'arreterProgramme', programmeId: 'b' },
    ];
    const cost = periodCost({ pending, targets: [], running: [programme('a', 100), programme('b', 900)], tickUnit: 'week', last, budgetLeft: 6506, perTickIncome: 400 });
    expect(cost.programmes).toBe(100);
    expect(cost.decisions).toEqual([20_000, 0]);
    expect(cost.total).toBe(20_100);
    expect(cost.available).toBe(6906);
    expect(cost.over).toBe(true);
  });

  it('does not warn when the period fits the budget', () => {
    const cost = periodCost({ pending: [{ type: 'acquisition', channel: 'flyers', budget: 500 }], targets: [], running: [], tickUnit: 'week', last, budgetLeft: 400, perTickIncome: 100 });
    expect(cost).toMatchObject({ total: 500, available: 500, over: false });
  });
});

describe('the running programmes in the period estimate (QA shops 1)', () => {
  const relance = { id: 'r', type: 'personnalisation', startTick: 0, costThisTick: 144 + 960, setupCost: 960 } as ProgrammeKpi;
  const club = { id: 'c', type: 'lienSocial', startTick: 0, costThisTick: 162 } as ProgrammeKpi;
  const estimate = (running: ProgrammeKpi[], tick: number, reserves?: { id: string; reserve: number }[]) =>
    periodCost({ pending: [], targets: [], running, tickUnit: 'week', last: { ...last, tick } as TickKpis, budgetLeft: 876, perTickIncome: 350, reserves, tick: tick + 1, periodsLeft: 10 });

  it('counts a personalisation at its per-period cost the period after its launch: its set-up was paid once', () => {
    const cost = estimate([club, relance], 0);
    expect(cost.programmes).toBe(162 + 144);
    expect(cost.over).toBe(false);
    expect(nextPeriodCost(relance, { tick: 0 })).toBe(144);
  });

  it('keeps the cost of a programme launched earlier as it is', () => {
    expect(estimate([club, { ...relance, costThisTick: 150 }], 3).programmes).toBe(162 + 150);
    expect(nextPeriodCost({ ...relance, costThisTick: 150 }, { tick: 3 })).toBe(150);
  });

  it('leaves out a programme the engine does not keep next period (its planned end)', () => {
    expect(estimate([club, relance], 0, [{ id: 'c', reserve: 162 * 1.3 }]).programmes).toBe(162);
  });
});
