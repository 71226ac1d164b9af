import { describe, expect, it } from 'vitest';
import { actionCost, nextPeriodCost, periodCost } from '../../../src/app/periodCost.ts';
import { dataCollectionCost, strategyCost, surveyCost } from '../../../src/app/costEstimate.ts';
import { defaultChoice } from '../../../src/app/strategyForm.ts';
import type { Action } from '../../../src/engine/decisions.ts';
import type { ProgrammeKpi, TickKpis } from '../../../src/engine/types.ts';
import { gateDecisions } from '../../../src/engine/budgetGate.ts';
import { BUDGET_PRUDENCE_MARGIN } from '../../../src/engine/params.ts';
import { createSimulation, selectTarget, stepSimulation, targetCostCurves, visibleColumns } from '../../../src/engine/index.ts';
import { targetSpend } from '../../../src/app/targetSpend.ts';
import { shippedScenarioList } from './testServices.ts';

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

  it('totals the lines as they are shown, each decision in whole euros as its form writes it (QA qa19 F12)', () => {
    const pending: Action[] = [30.6, 65.6, 49.6].map((budget) => ({ type: 'acquisition', channel: 'flyers', budget }));
    const cost = periodCost({ pending, targets: [], running: [programme('a', 100.4)], tickUnit: 'week', last, budgetLeft: 1000, perTickIncome: 0 });
    // 100,4 + 30,6 + 65,6 + 49,6 = 246,2: rounded once 246 €, while the lines read 100 € + (31 + 66 + 50 =) 147 €
    expect(cost.total).toBe(100 + 31 + 66 + 50);
    expect(cost.shown).toEqual({ programmes: 100, decisions: 31 + 66 + 50 });
  });

  it('warns from the exact estimate, not from the rounded lines (review2 #5)', () => {
    const card = (budgets: number[]) =>
      periodCost({ pending: budgets.map((budget) => ({ type: 'acquisition', channel: 'flyers', budget })), targets: [], running: [], tickUnit: 'week', last, budgetLeft: 4000, perTickIncome: 350.2 });
    // exact 4 349,6 € against 4 350,2 €: the engine pays, though the lines, rounded up, read 1 450 + 1 450 + 1 451 = 4 351 €
    const fits = card([1449.5, 1449.5, 1450.6]);
    expect(fits).toMatchObject({ total: 4351, available: 4350.2, over: false });
    expect(fits.shown).toEqual({ programmes: 0, decisions: 4351 });
    // exact 4 350,4 €: over, though the lines, rounded down, read 4 350 €
    expect(card([1450.4, 1450, 1450])).toMatchObject({ total: 4350, over: true });
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

describe('the engine’s budget rule in the period estimate (QA shops 2)', () => {
  it('reserves a new programme’s first period with the prudence margin before the decisions queued after it, as the engine does', () => {
    const gate = gateDecisions(1000, 100, [
      { type: 'acquisition', cost: 200 },
      { type: 'personnalisation', cost: 400 },
      { type: 'acquisition', cost: 250 },
      { type: 'arreterProgramme', cost: 100 },
      { type: 'acquisition', cost: 250 },
    ]);
    expect(gate.map((g) => g.refused)).toEqual([false, false, true, false, false]);
    // the campaign refused: 700 left of which 520 reserved for the programme launched before it
    expect(gate[2]).toMatchObject({ running: 100, launched: 400 * BUDGET_PRUDENCE_MARGIN, available: 800 - 100 - 520 });
  });

  it('warns of the refusal the engine makes although the estimated total fits the budget', () => {
    const scenario = shippedScenarioList().find((s) => s.id === 'cosmetiques-en-ligne')!;
    const state = createSimulation(scenario, { seed: scenario.defaultSeed });
    const shopper: Action = { type: 'personnalisation', instrument: 'personalShopper', target: { segments: ['tresBon'], limit: 150 } };
    const ids = selectTarget(state, shopper.target);
    const target = { count: ids.length, spend: { ...targetSpend(visibleColumns(state), ids), curves: targetCostCurves(state, scenario, ids, scenario.durationTicks) } };
    const input = { targets: [target], running: [], tickUnit: scenario.tickUnit, last: undefined, budgetLeft: state.budget, perTickIncome: scenario.budget.perTick, reserves: [], tick: 0, periodsLeft: scenario.durationTicks };
    const alone = periodCost({ ...input, pending: [shopper] });
    // a campaign that fits what the programme's estimate leaves, not what its reserve (x 1.3) leaves
    const budget = Math.round(alone.available - alone.decisions[0] * 1.15);
    const pending: Action[] = [shopper, { type: 'acquisition', channel: scenario.acquisitionChannels[0], budget }];
    const cost = periodCost({ ...input, pending });
    expect(cost.over).toBe(false);
    expect(cost.refused).toEqual([{ index: 1, type: 'acquisition' }]);
    expect(cost.gate[1].launched).toBeCloseTo(alone.decisions[0] * BUDGET_PRUDENCE_MARGIN);
    expect(stepSimulation(state, scenario, pending).rejected).toEqual([{ actionIndex: 1, reason: 'budgetInsuffisant' }]);
  });
});

describe('the runway leaves out the decisions the engine will refuse (QA hqa F1)', () => {
  // the bakery in week 20: 290 € left + 350 €, a club of 300 € a period (390 € reserved), a 400 € survey queued
  const club = { id: 'c', type: 'lienSocial', startTick: 1, costThisTick: 300 } as ProgrammeKpi;
  const survey: Action = { type: 'enquete', instrument: 'questionnaire', sampleSize: 100 };
  const input = {
    targets: [],
    running: [club],
    tickUnit: 'week' as const,
    last: { ...last, tick: 18 } as TickKpis,
    budgetLeft: 290,
    perTickIncome: 350,
    reserves: [{ id: 'c', reserve: 300 * BUDGET_PRUDENCE_MARGIN }],
    tick: 19,
    periodsLeft: 33,
  };

  it('does not stop a programme for a survey the budget cannot pay: the survey is refused, the club goes on', () => {
    const cost = periodCost({ ...input, pending: [survey] });
    expect(surveyCost('questionnaire', 100)).toBeGreaterThan(640 - 390);
    expect(cost.refused).toEqual([{ index: 0, type: 'enquete' }]);
    expect(cost.runway!.runway.cuts).toEqual([]);
    expect(cost.runway!.runway.kind).toBe(periodCost({ ...input, pending: [] }).runway!.runway.kind);
    expect(cost.plan!.firstPeriodCost).toBe(0);
  });

  it('still counts a survey the budget pays', () => {
    const cost = periodCost({ ...input, budgetLeft: 690, pending: [survey] });
    expect(cost.refused).toEqual([]);
    expect(cost.plan!.firstPeriodCost).toBe(surveyCost('questionnaire', 100));
  });
});
