/** Objectives: metric values, checkpoints, progress and points, on hand-made and engine-like series. */
import { describe, expect, it } from 'vitest';
import { evaluateObjective, evaluateObjectives, measurementWindow, objectiveProgress, objectivesScore, objectiveValue } from '../../../src/engine/objectives.ts';
import type { MeasuredSatisfaction, TickKpis } from '../../../src/engine/types.ts';
import type { Objective } from '../../../src/scenario/schema.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';
import { makeKpiSeries } from '../../fixtures/kpis.ts';

const objective = (o: Partial<Objective>): Objective => ({ id: 'x', label: { fr: 'x' }, metric: 'turnover', comparator: '>=', target: 1, points: 1, ...o });

describe('objectiveValue', () => {
  const kpis = makeKpiSeries(5);
  it('takes the last tick for level metrics and sums cumulative ones', () => {
    expect(objectiveValue(objective({ metric: 'activeCustomers' }), kpis)).toBe(1000 - 4 * 12);
    expect(objectiveValue(objective({ metric: 'cumulativeTurnover' }), kpis)).toBe(30000 + 29700 + 29400 + 29100 + 28800);
    expect(objectiveValue(objective({ metric: 'cumulativeMargin' }), kpis)).toBeCloseTo(0.4 * 147000, 6);
    expect(objectiveValue(objective({ metric: 'acquisitions' }), kpis)).toBe(8 + 9 + 10 + 8 + 9);
    expect(objectiveValue(objective({ metric: 'budgetLeft' }), kpis)).toBe(5000 + 100 * 5);
  });

  it('sums the net margin for cumulativeNetMargin: an action that costs more than it brings meets a gross-margin objective, not a net one (QA verify3 V8)', () => {
    const net = kpis.reduce((sum, k) => sum + k.netMargin, 0);
    expect(objectiveValue(objective({ metric: 'cumulativeNetMargin' }), kpis)).toBeCloseTo(net, 6);
    // the same shop with a programme: 1 000 € more gross margin, for 3 000 € more cost
    const spending = kpis.map((k) => ({ ...k, grossMargin: k.grossMargin + 200, costs: k.costs + 600, netMargin: k.netMargin - 400 }));
    const gross = objective({ metric: 'cumulativeMargin', target: objectiveValue(objective({ metric: 'cumulativeMargin' }), kpis)! + 500 });
    const netGoal = objective({ metric: 'cumulativeNetMargin', target: net });
    expect(evaluateObjective(fixtureScenario(), { ...gross, byTick: 5 }, kpis).state).toBe('manque');
    expect(evaluateObjective(fixtureScenario(), { ...gross, byTick: 5 }, spending).state).toBe('atteint');
    expect(evaluateObjective(fixtureScenario(), { ...netGoal, byTick: 5 }, kpis).state).toBe('atteint');
    expect(evaluateObjective(fixtureScenario(), { ...netGoal, byTick: 5 }, spending).state).toBe('manque');
  });

  it('reads measured satisfaction only once a survey exists', () => {
    expect(objectiveValue(objective({ metric: 'measuredSatisfaction' }), kpis.slice(0, 3))).toBeNull();
    expect(objectiveValue(objective({ metric: 'measuredSatisfaction' }), kpis)).toBe(0.68);
  });

  it('computes segment share of scored customers and kept size since the start', () => {
    const last = kpis[4].segments;
    const total = last.nouveau + last.tresBon + last.bon + last.futurNonClient + last.inactif;
    expect(objectiveValue(objective({ metric: 'segmentShare', segment: 'tresBon' }), kpis)).toBeCloseTo(146 / total, 12);
    expect(objectiveValue(objective({ metric: 'segmentRetention', segment: 'tresBon' }), kpis)).toBeCloseTo(146 / 150, 12);
  });

  it('everyTick: the worst value after each period counts, a budget that dipped under the target and came back is not met (QA qa19 F1)', () => {
    const dipped = kpis.map((k, i) => ({ ...k, budgetLeft: [3000, 900, 1300, 1600, 1700][i] }));
    const reserve = objective({ metric: 'budgetLeft', target: 1000, byTick: 5 });
    expect(objectiveValue(reserve, dipped)).toBe(1700);
    expect(evaluateObjective(fixtureScenario(), reserve, dipped).state).toBe('atteint');
    expect(objectiveValue({ ...reserve, everyTick: true }, dipped)).toBe(900);
    expect(evaluateObjective(fixtureScenario(), { ...reserve, everyTick: true }, dipped)).toMatchObject({ state: 'manque', value: 900 });
    expect(evaluateObjective(fixtureScenario(), { ...reserve, everyTick: true }, dipped.slice(0, 1))).toMatchObject({ state: 'enCours', value: 3000, metNow: true });
    // at most: the highest value counts
    expect(objectiveValue(objective({ metric: 'budgetLeft', comparator: '<=', target: 2000, everyTick: true }), dipped)).toBe(3000);
  });

  it('has no value without ticks', () => {
    expect(objectiveValue(objective({ metric: 'turnover' }), [])).toBeNull();
  });
});

describe('measured satisfaction at the end of the game', () => {
  const scenario = { ...fixtureScenario(), durationTicks: 52 };
  const goal = objective({ metric: 'measuredSatisfaction', target: 0.68 });
  /** 52 weekly ticks with the given surveys (tick, method, mean); each is the KPIs' last measurement until the next one */
  function year(surveys: [number, MeasuredSatisfaction['method'], number][]): TickKpis[] {
    return makeKpiSeries(52, (k) => {
      const last = surveys.filter(([tick]) => tick <= k.tick).at(-1);
      const measured: MeasuredSatisfaction | null = last ? { method: last[1], sampleSize: 200, mean: last[2], marginOfError: 0.05, tick: last[0] } : null;
      return { ...k, satisfactionMeasured: measured };
    });
  }

  it('counts only a questionnaire run in the last quarter of the game (at least the last 4 periods)', () => {
    expect([measurementWindow(52), measurementWindow(36), measurementWindow(4), measurementWindow(8)]).toEqual([13, 9, 4, 4]);
    // a week-1 survey says nothing about the end of the year
    const early = evaluateObjective(scenario, goal, year([[0, 'questionnaire', 0.703]]));
    expect(early.value).toBeNull();
    expect(early.state).toBe('manque');
    // week 40 of 52 (tick 39) is in the last 13 weeks, week 39 is not
    expect(evaluateObjective(scenario, goal, year([[39, 'questionnaire', 0.7]])).state).toBe('atteint');
    expect(evaluateObjective(scenario, goal, year([[38, 'questionnaire', 0.7]])).state).toBe('manque');
  });

  it('does not count mystery shopping, which scores the service, not customers’ satisfaction', () => {
    expect(evaluateObjective(scenario, goal, year([[50, 'clientMystere', 0.9]])).state).toBe('manque');
    // a questionnaire followed by a mystery shopping still counts
    const both = evaluateObjective(scenario, goal, year([[45, 'questionnaire', 0.71], [48, 'clientMystere', 0.5]]));
    expect(both.value).toBe(0.71);
    expect(both.state).toBe('atteint');
  });

  it('is not measured yet before the last quarter, whatever was measured earlier', () => {
    const kpis = year([[2, 'questionnaire', 0.75], [41, 'questionnaire', 0.6]]);
    expect(evaluateObjective(scenario, goal, kpis.slice(0, 30)).value).toBeNull();
    expect(evaluateObjective(scenario, goal, kpis.slice(0, 45)).value).toBe(0.6);
    expect(evaluateObjective(scenario, goal, kpis).state).toBe('manque');
  });
});

describe('objectiveProgress', () => {
  it('is 1 when met, a ratio otherwise, in both directions', () => {
    expect(objectiveProgress(120, objective({ target: 100 }))).toBe(1);
    expect(objectiveProgress(50, objective({ target: 100 }))).toBe(0.5);
    expect(objectiveProgress(0.5, objective({ comparator: '<=', target: 0.25 }))).toBe(0.5);
    expect(objectiveProgress(0.2, objective({ comparator: '<=', target: 0.25 }))).toBe(1);
    expect(objectiveProgress(null, objective({}))).toBe(0);
  });
});

describe('evaluateObjectives', () => {
  const scenario = fixtureScenario(); // 12 ticks; 'actifs' checked at tick 8 (>= 150 active)

  it('keeps objectives open before their checkpoint and earns no points yet', () => {
    const statuses = evaluateObjectives(scenario, makeKpiSeries(3));
    expect(statuses.map((s) => s.id)).toEqual(['retention', 'actifs', 'tresbons']);
    expect(statuses.every((s) => s.state === 'enCours')).toBe(true);
    expect(statuses.find((s) => s.id === 'actifs')!.metNow).toBe(true);
    expect(objectivesScore(statuses)).toEqual({ earned: 0, possible: 4 });
  });

  it('freezes the value at the checkpoint and grades it', () => {
    const kpis = makeKpiSeries(12, (k) => (k.tick >= 9 ? { ...k, activeCustomers: 10 } : k));
    const actifs = evaluateObjectives(scenario, kpis).find((s) => s.id === 'actifs')!;
    expect(actifs.checkTick).toBe(8);
    expect(actifs.value).toBe(kpis[7].activeCustomers);
    expect(actifs.state).toBe('atteint');
    expect(actifs.pointsEarned).toBe(1);
  });

  it('marks a missed objective at the end of the run', () => {
    const kpis = makeKpiSeries(12, (k) => ({ ...k, retentionRate: 0.8 }));
    const retention = evaluateObjectives(scenario, kpis).find((s) => s.id === 'retention')!;
    expect(retention.state).toBe('manque');
    expect(retention.pointsEarned).toBe(0);
    expect(retention.progress).toBeCloseTo(0.8 / 0.9, 12);
  });
});
