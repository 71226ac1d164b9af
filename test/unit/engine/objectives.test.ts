/** Objectives: metric values, checkpoints, progress and points, on hand-made and engine-like series. */
import { describe, expect, it } from 'vitest';
import { evaluateObjectives, objectiveProgress, objectivesScore, objectiveValue } from '../../../src/engine/objectives.ts';
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

  it('has no value without ticks', () => {
    expect(objectiveValue(objective({ metric: 'turnover' }), [])).toBeNull();
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
