/** A programme the engine stopped for lack of budget is said so in the debrief, not « Le magasin a arrêté » (report B11). */
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

  it('compares the departures as the Bilan writes them: « pendant : 0, après : 0 » is no backlash (QA class F3)', () => {
    // 30 periods, stopped at week 5: `count` price departures at week 21, none elsewhere; after = count / 26 per period
    const findings = (count: number) =>
      courseFindings(
        makeKpiSeries(30, (k) => ({
          ...k,
          departuresByCause: { ...k.departuresByCause, prix: k.tick === 20 ? count : 0 },
          programmes: k.programmes.map((p) => ({ ...p, endTick: 4, suspendedMembers: 120 })),
        })),
        decisions,
      );
    // 1 / 26 = 0,04 per period: written 0, as during
    const one = findings(1).find((f) => f.key.startsWith('discountStopped'))!;
    expect(one.key).toBe('discountStoppedForBudgetQuiet');
    expect(one.params.after).toBeGreaterThan(one.params.during as number);
    // 3 / 26 = 0,12 per period: written 0,1, above 0: the lesson stands
    expect(findings(3).map((f) => f.key)).toContain('discountStoppedForBudget');
  });
});
