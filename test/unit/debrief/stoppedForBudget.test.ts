/** A programme the engine stopped for lack of budget is said so in the debrief, not « Vous avez arrêté » (report B11). */
import { describe, expect, it } from 'vitest';
import type { DecisionsLog } from '../../../src/engine/decisions.ts';
import { courseFindings } from '../../../src/ui/debrief/courseFindings.ts';
import { makeKpiSeries } from '../../fixtures/kpis.ts';

describe('a discount stopped for lack of budget', () => {
  const decisions: DecisionsLog = [{ tick: 0, actions: [{ type: 'financier', instrument: 'coupon', discountRate: 0.2, target: {} }] }];
  const keys = (suspendedMembers?: number) =>
    courseFindings(
      makeKpiSeries(8, (k) => ({ ...k, programmes: k.programmes.map((p) => ({ ...p, endTick: 4, ...(suspendedMembers === undefined ? {} : { suspendedMembers }) })) })),
      decisions,
    ).map((f) => f.key);

  it('is a discount the engine stopped, not one the learner stopped', () => {
    expect(keys(120)).toContain('discountStoppedForBudget');
    expect(keys(120)).not.toContain('discountStopped');
    expect(keys()).toContain('discountStopped');
  });
});
