import { describe, expect, it } from 'vitest';
import { removeFromPlan } from '../../../src/app/whatif/planRemoval.ts';
import type { Action, DecisionsLog } from '../../../src/engine/decisions.ts';

const coupon: Action = { type: 'financier', instrument: 'coupon', target: {}, discountRate: 0.1 };
const club: Action = { type: 'lienSocial', instrument: 'club', target: {} };
const survey: Action = { type: 'enquete', instrument: 'questionnaire', sampleSize: 30 };
const stop = (programmeId: string): Action => ({ type: 'arreterProgramme', programmeId });

describe('removeFromPlan (issue #4)', () => {
  it('removes a planned launch with the plan’s later stop of that programme, and says which', () => {
    const planned: DecisionsLog = [
      { tick: 3, actions: [coupon, survey] },
      { tick: 11, actions: [stop('3:0')] },
    ];
    const r = removeFromPlan(1, [], planned, 3, 0);
    expect(r.removed).toEqual({ tick: 3, action: coupon });
    expect(r.alsoRemoved).toEqual([{ tick: 11, action: stop('3:0') }]);
    expect(r.planned).toEqual([{ tick: 3, actions: [survey] }]);
  });

  it('removes the period to play’s launch with its planned stop, and leaves a stop of a programme launched before the branch', () => {
    const planned: DecisionsLog = [{ tick: 5, actions: [stop('0:0'), stop('2:1')] }];
    const r = removeFromPlan(2, [survey, club], planned, 2, 1);
    expect(r.pending).toEqual([survey]);
    expect(r.alsoRemoved).toEqual([{ tick: 5, action: stop('2:1') }]);
    expect(r.planned).toEqual([{ tick: 5, actions: [stop('0:0')] }]);
  });

  it('keeps a stop on its programme when a decision before the launch in its period is removed (its id moves up)', () => {
    const planned: DecisionsLog = [
      { tick: 3, actions: [survey, coupon, club] },
      { tick: 8, actions: [stop('3:2'), stop('3:1')] },
    ];
    // the survey goes: the coupon is now 3:0 and the club 3:1
    const r = removeFromPlan(1, [], planned, 3, 0);
    expect(r.alsoRemoved).toEqual([]);
    expect(r.planned).toEqual([
      { tick: 3, actions: [coupon, club] },
      { tick: 8, actions: [stop('3:1'), stop('3:0')] },
    ]);
  });

  it('follows a launch moved up by a removed stop in its own period', () => {
    const planned: DecisionsLog = [
      { tick: 3, actions: [coupon] },
      { tick: 6, actions: [stop('3:0'), club] },
      { tick: 9, actions: [stop('6:1')] },
    ];
    const r = removeFromPlan(1, [], planned, 3, 0);
    expect(r.alsoRemoved).toEqual([{ tick: 6, action: stop('3:0') }]);
    expect(r.planned).toEqual([
      { tick: 6, actions: [club] },
      { tick: 9, actions: [stop('6:0')] },
    ]);
  });

  it('removes nothing else for a decision that launches no programme, and hands back the arrays it did not change', () => {
    const pending = [survey];
    const planned: DecisionsLog = [{ tick: 4, actions: [stop('2:0')] }];
    const r = removeFromPlan(2, pending, planned, 2, 0);
    expect(r.alsoRemoved).toEqual([]);
    expect(r.pending).toEqual([]);
    // a stop of 2:0 that was not the survey's programme (it launched none) is left as it was
    expect(r.planned).toBe(planned);
    const stopOnly = removeFromPlan(2, pending, planned, 4, 0);
    expect(stopOnly.pending).toBe(pending);
    expect(stopOnly.planned).toEqual([]);
  });

  it('removes nothing for a decision that is not in the plan', () => {
    const pending = [survey];
    const planned: DecisionsLog = [{ tick: 4, actions: [coupon] }];
    const r = removeFromPlan(2, pending, planned, 4, 3);
    expect(r).toEqual({ pending, planned, removed: null, alsoRemoved: [] });
    expect(r.pending).toBe(pending);
  });
});
