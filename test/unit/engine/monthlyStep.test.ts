/**
 * A monthly shop (tickUnit 'month', the optician) must give per calendar week, or per purchase, what a
 * weekly shop gives (model audit F1 and F8, src/engine/README.md « Limites connues »): the price shock is a
 * reaction when paying, not a weekly exposure converted to the month; a financial advantage's fees are per
 * member and per week like every other per-member cost.
 */
import { describe, expect, it } from 'vitest';
import { buildContext } from '../../../src/engine/context.ts';
import { createSimulation, stepSimulation } from '../../../src/engine/index.ts';
import * as P from '../../../src/engine/params.ts';
import { MOTIVES } from '../../../src/engine/vocabulary.ts';
import { testScenario } from './fixtures.ts';

const weekly = testScenario();
const monthly = testScenario((s) => {
  s.tickUnit = 'month';
});

describe('monthly step (tickUnit month)', () => {
  it('reacts to a price above the reference as strongly per purchase as a weekly shop', () => {
    const hazard = (scenario: typeof weekly) => buildContext(createSimulation(scenario, { seed: 3, customers: 300 }), scenario, false, new Float64Array(MOTIVES.length)).hazardPriceShock;
    expect(hazard(weekly)).toBe(P.PRICE_SHOCK_HAZARD_PER_PURCHASE);
    expect(hazard(monthly)).toBe(hazard(weekly));
  });

  it('charges a financial advantage the same fees per member and per calendar week', () => {
    const feesPerMemberWeek = (scenario: typeof weekly) => {
      const state = createSimulation(scenario, { seed: 3, customers: 2000 });
      const report = stepSimulation(state, scenario, [{ type: 'financier', instrument: 'coupon', discountRate: 0.1, target: { limit: 400 } }]);
      const programme = report.kpis.programmes[0];
      expect(programme.targeted).toBeGreaterThan(200);
      return (programme.costThisTick - report.kpis.discounts!) / programme.targeted / state.weeksPerTick;
    };
    expect(feesPerMemberWeek(weekly)).toBeCloseTo(P.FINANCIAL_COST_PER_MEMBER_WEEK, 9);
    expect(feesPerMemberWeek(monthly)).toBeCloseTo(P.FINANCIAL_COST_PER_MEMBER_WEEK, 9);
  });
});
