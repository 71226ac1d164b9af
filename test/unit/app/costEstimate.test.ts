import { describe, expect, it } from 'vitest';
import { dataCollectionCost, strategyCost, surveyCost, weeksPerTick } from '../../../src/app/costEstimate.ts';
import { defaultChoice } from '../../../src/app/strategyForm.ts';
import {
  DATA_COST_PER_CONTACT,
  FINANCIAL_COST_PER_MEMBER,
  MYSTERY_COST_PER_VISIT,
  PERSONALISATION_SETUP_COST_PER_MEMBER,
  SOCIAL_COST_PER_MEMBER_WEEK,
  SURVEY_COST_PER_RESPONDENT,
  WEEKS_PER_MONTH,
} from '../../../src/engine/params.ts';
import type { TickKpis } from '../../../src/engine/types.ts';

describe('cost estimates from the engine parameters', () => {
  it('scales weekly costs to the tick unit', () => {
    const weekly = strategyCost(defaultChoice('lienSocial'), 100, 'week', undefined);
    const monthly = strategyCost(defaultChoice('lienSocial'), 100, 'month', undefined);
    expect(weekly.perTick).toBeCloseTo(100 * SOCIAL_COST_PER_MEMBER_WEEK.club);
    expect(monthly.perTick).toBeCloseTo(weekly.perTick * WEEKS_PER_MONTH);
    expect(weeksPerTick('month')).toBe(WEEKS_PER_MONTH);
  });
  it('prices a discount on what members are expected to buy', () => {
    const last = { frequency: 0.5, averageBasket: 20 } as TickKpis;
    const cost = strategyCost({ ...defaultChoice('financier'), discountRate: 0.2 }, 10, 'week', last);
    expect(cost.perTick).toBeCloseTo(10 * (FINANCIAL_COST_PER_MEMBER + 0.2 * 0.5 * 20));
    expect(cost.delayTicks).toBe(0);
  });
  it('adds personalisation’s set-up cost and delay', () => {
    const cost = strategyCost(defaultChoice('personnalisation'), 50, 'week', undefined);
    expect(cost.setup).toBe(50 * PERSONALISATION_SETUP_COST_PER_MEMBER.relancePersonnalisee);
    expect(cost.delayTicks).toBeGreaterThan(0);
    expect(strategyCost(defaultChoice('personnalisation'), 50, 'month', undefined).delayTicks).toBeLessThan(cost.delayTicks);
  });
  it('prices surveys and data collection per person', () => {
    expect(surveyCost('questionnaire', 100)).toBe(100 * SURVEY_COST_PER_RESPONDENT);
    expect(surveyCost('clientMystere', 3)).toBe(3 * MYSTERY_COST_PER_VISIT);
    expect(dataCollectionCost('jeuConcours', 40)).toBe(40 * DATA_COST_PER_CONTACT.jeuConcours);
  });
});
