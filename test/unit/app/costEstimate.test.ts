import { describe, expect, it } from 'vitest';
import { dataCollectionCost, strategyCost, surveyCost, typicalFinancialLift, weeksPerTick } from '../../../src/app/costEstimate.ts';
import { EngineClient } from '../../../src/app/engineClient.ts';
import { defaultChoice, strategyAction } from '../../../src/app/strategyForm.ts';
import { targetSpend } from '../../../src/app/targetSpend.ts';
import { actionSchema, type Target } from '../../../src/engine/decisions.ts';
import { VISIBLE_FIELDS } from '../../../src/engine/record.ts';
import { STAGES } from '../../../src/engine/vocabulary.ts';
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
import { inProcessEngineTransport } from './engineTransport.ts';
import { shippedScenarioList } from './testServices.ts';

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

describe('a financial advantage priced from the target’s records, against the engine', () => {
  const TOLERANCE = 0.35;
  const scenarios = shippedScenarioList();

  /** The estimate the strategy form shows before period 1 and what the engine charges in period 1. */
  async function firstPeriod(scenarioId: string, target: Target, discountRate: number) {
    const scenario = scenarios.find((s) => s.id === scenarioId)!;
    const engine = new EngineClient(inProcessEngineTransport());
    await engine.create('run', scenario, scenario.defaultSeed);
    const { count, spend } = await engine.selectTarget('run', target, 0);
    const choice = { ...defaultChoice('financier'), discountRate };
    const estimate = strategyCost(choice, count, scenario.tickUnit, undefined, spend);
    const { report } = await engine.step('run', [actionSchema.parse(strategyAction(choice, target))]);
    expect(report.rejected).toEqual([]);
    const actual = report.kpis.programmes.find((p) => p.type === 'financier')!.costThisTick;
    return { estimate: estimate.perTick, actual, count };
  }

  it('is close to the first period’s cost in the bakery (mission 2: a coupon for the good customers)', async () => {
    const { estimate, actual, count } = await firstPeriod('boulangerie-du-marche', { segments: ['bon'] }, 0.1);
    // far above the administration fee alone, the only cost known before any KPI
    expect(actual).toBeGreaterThan(3 * count * FINANCIAL_COST_PER_MEMBER);
    expect(Math.abs(estimate / actual - 1)).toBeLessThanOrEqual(TOLERANCE);
  });

  it('is close to the first month’s cost at the optician for all customers (rare, expensive purchases)', async () => {
    const { estimate, actual } = await firstPeriod('optique-lumiere', {}, 0.1);
    expect(Math.abs(estimate / actual - 1)).toBeLessThanOrEqual(TOLERANCE);
  });

  it('counts the customers a programme reaches and what they buy again, not their first purchase', () => {
    const columns = VISIBLE_FIELDS.map((k) => {
      const values: Record<string, number[]> = {
        // customer 0: 5 purchases for 100 € since 4 periods; 1: one purchase only; 2: lost
        firstPurchaseTick: [-4, -1, -10],
        purchases: [5, 1, 8],
        spend: [100, 400, 80],
        stage: [STAGES.indexOf('actif'), STAGES.indexOf('nouveau'), STAGES.indexOf('perdu')],
        // customer 0 consented, 1 did not (2 is lost: not counted)
        consent: [1, 0, 0],
      };
      return Float64Array.from(values[k] ?? [0, 0, 0]);
    });
    expect(targetSpend({ columns }, [0, 1, 2], 0)).toEqual({ active: 2, spendPerTick: (4 / 4) * (100 / 5), withoutConsent: 1 });
    const spend = { active: 2, spendPerTick: 20, withoutConsent: 1 };
    const estimate = strategyCost({ ...defaultChoice('financier'), discountRate: 0.2 }, 3, 'week', undefined, spend);
    expect(estimate.perTick).toBeCloseTo(2 * FINANCIAL_COST_PER_MEMBER + 0.2 * 20 * (1 + typicalFinancialLift(0.2)));
  });

  it('charges an e-mail or SMS programme only for the customers who consented (RGPD), an in-store one for all', () => {
    const spend = { active: 100, spendPerTick: 0, withoutConsent: 60 };
    const reminder = strategyCost({ ...defaultChoice('personnalisation'), instrument: 'relancePersonnalisee' }, 110, 'week', undefined, spend);
    expect(reminder.setup).toBeCloseTo(40 * PERSONALISATION_SETUP_COST_PER_MEMBER.relancePersonnalisee);
    const shopper = strategyCost({ ...defaultChoice('personnalisation'), instrument: 'personalShopper' }, 110, 'week', undefined, spend);
    expect(shopper.setup).toBeCloseTo(100 * PERSONALISATION_SETUP_COST_PER_MEMBER.personalShopper);
    const invitation = strategyCost({ ...defaultChoice('lienSocial'), instrument: 'evenementPrive' }, 110, 'week', undefined, spend);
    expect(invitation.perTick).toBeCloseTo(40 * SOCIAL_COST_PER_MEMBER_WEEK.evenementPrive);
  });
});
