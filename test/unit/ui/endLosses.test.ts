/**
 * « Aller jusqu’à la fin » says which objectives it loses (QA qa19 F5: the bakery's « Mesurer par un
 * questionnaire, fait dans les 13 dernières semaines » was lost with no word): from the objectives' data,
 * a measured satisfaction with no questionnaire in its window, played, pending or planned.
 */
import { describe, expect, it } from 'vitest';
import { endLosses } from '../../../src/ui/decisions/endLosses.ts';
import { actionSchema } from '../../../src/engine/decisions.ts';
import type { Objective } from '../../../src/scenario/schema.ts';
import { makeKpiSeries } from '../../fixtures/kpis.ts';

const satisfaction: Objective = { id: 'satisfaction', label: { fr: 'Satisfaction' }, metric: 'measuredSatisfaction', comparator: '>=', target: 0.68, points: 1 };
const active: Objective = { id: 'actifs', label: { fr: 'Actifs' }, metric: 'activeCustomers', comparator: '>=', target: 100, points: 1 };
// 52 weeks: a questionnaire counts from week 40 (index 39, the last 13)
const year = { durationTicks: 52, objectives: [active, satisfaction] };
const survey = actionSchema.parse({ type: 'enquete', instrument: 'questionnaire', sampleSize: 100 });
const mystery = actionSchema.parse({ type: 'enquete', instrument: 'clientMystere', sampleSize: 10 });
const none = makeKpiSeries(45, (k) => ({ ...k, satisfactionMeasured: null }));

describe('endLosses', () => {
  it('week 10 with no questionnaire: the satisfaction objective is lost, from week 40; the other objective is not named', () => {
    expect(endLosses(year, none.slice(0, 10), [])).toEqual([{ objective: satisfaction, from: 39 }]);
    // a questionnaire decided now runs before the window: still lost; a mystery shopper does not count
    expect(endLosses(year, none.slice(0, 10), [survey])).toHaveLength(1);
    expect(endLosses(year, none.slice(0, 42), [mystery])).toHaveLength(1);
  });

  it('in the window, a questionnaire played there or pending for the next period keeps it', () => {
    expect(endLosses(year, none.slice(0, 42), [survey])).toEqual([]);
    const measured = none.map((k) => (k.tick >= 40 ? { ...k, satisfactionMeasured: { method: 'questionnaire' as const, sampleSize: 100, mean: 0.7, marginOfError: 0.09, tick: 40 } } : k));
    expect(endLosses(year, measured, [])).toEqual([]);
    // one run before the window does not count
    const early = none.map((k) => (k.tick >= 5 ? { ...k, satisfactionMeasured: { method: 'questionnaire' as const, sampleSize: 100, mean: 0.7, marginOfError: 0.09, tick: 5 } } : k));
    expect(endLosses(year, early, [])).toHaveLength(1);
  });

  it('a what-if branch’s plan: a questionnaire planned in the window keeps it, one planned before the window or after the checkpoint does not (review1 #4)', () => {
    const plan = (tick: number, actions = [survey]) => [{ tick, actions }];
    expect(endLosses(year, none.slice(0, 10), [], plan(44))).toEqual([]);
    expect(endLosses(year, none.slice(0, 10), [], plan(39))).toEqual([]);
    expect(endLosses(year, none.slice(0, 10), [], plan(38))).toEqual([{ objective: satisfaction, from: 39 }]);
    expect(endLosses({ durationTicks: 52, objectives: [{ ...satisfaction, byTick: 48 }] }, none.slice(0, 10), [], plan(48))).toHaveLength(1);
    expect(endLosses(year, none.slice(0, 10), [], plan(44, [mystery]))).toHaveLength(1);
  });

  it('an objective whose checkpoint is past, or a scenario with no such objective: nothing', () => {
    expect(endLosses({ durationTicks: 52, objectives: [{ ...satisfaction, byTick: 20 }] }, none.slice(0, 30), [])).toEqual([]);
    expect(endLosses({ durationTicks: 52, objectives: [active] }, none.slice(0, 10), [])).toEqual([]);
  });
});
