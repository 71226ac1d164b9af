/** A programme the engine stopped for lack of budget is said so in the debrief, not « Vous avez arrêté » (report B11). */
import { describe, expect, it } from 'vitest';
import type { DecisionsLog } from '../../../src/engine/decisions.ts';
import { courseFindings } from '../../../src/ui/debrief/courseFindings.ts';
import { makeKpiSeries } from '../../fixtures/kpis.ts';

describe('a discount stopped for lack of budget', () => {
  const decisions: DecisionsLog = [{ tick: 0, actions: [{ type: 'financier', instrument: 'coupon', discountRate: 0.2, target: {} }] }];
  // pricesAfter: price departures in each period after the stop (week 5 on), none before
  const keys = (suspendedMembers?: number, pricesAfter = 2) =>
    courseFindings(
      makeKpiSeries(8, (k) => ({
        ...k,
        departuresByCause: { ...k.departuresByCause, prix: k.tick >= 4 ? pricesAfter : 0 },
        programmes: k.programmes.map((p) => ({ ...p, endTick: 4, ...(suspendedMembers === undefined ? {} : { suspendedMembers }) })),
      })),
      decisions,
    ).map((f) => f.key);

  it('is a discount the engine stopped, not one the learner stopped', () => {
    expect(keys(120)).toContain('discountStoppedForBudget');
    expect(keys(120)).not.toContain('discountStopped');
    expect(keys()).toContain('discountStopped');
  });

  it('does not teach a backlash the learner’s own figures do not show (QA3a A7)', () => {
    expect(keys(120, 0)).toContain('discountStoppedForBudgetQuiet');
    expect(keys(undefined, 0)).toContain('discountStoppedQuiet');
    expect(keys(undefined, 0)).not.toContain('discountStopped');
  });
});
