import { describe, expect, it } from 'vitest';
import { dataCollectionCost, strategyCost, surveyCost, weeksPerTick } from '../../../src/app/costEstimate.ts';
import { EngineClient } from '../../../src/app/engineClient.ts';
import { defaultChoice, strategyAction } from '../../../src/app/strategyForm.ts';
import { targetSpend } from '../../../src/app/targetSpend.ts';
import { enrolment } from '../../../src/app/enrolment.ts';
import { periodCost } from '../../../src/engine/costForecast.ts';
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
  it('without the engine’s curves, prices a period by the engine’s own one-period rule (periodCost), to the last bit', () => {
    const last = { frequency: 0.7, averageBasket: 31 } as TickKpis;
    for (const strategy of ['lienSocial', 'financier', 'customisation'] as const)
      for (let members = 1; members <= 400; members++) {
        const choice = { ...defaultChoice(strategy), discountRate: 0.15 };
        const enrolled = enrolment(members, members, choice.instrument, 0).enrolled;
        const discounted = strategy === 'financier' ? enrolled * last.frequency * last.averageBasket : 0;
        expect(strategyCost(choice, members, 'month', last).perTick).toBe(periodCost(strategy, choice.instrument, 0.15, enrolled, discounted, weeksPerTick('month')));
      }
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

describe('a strategy priced as the engine charges it, against real engine runs', () => {
  /** Tolerances: the first period (a fee per member: exact; a discount: what the members happen to buy) and the whole game (the forecast leaves out departures other than the BG/NBD dropout, so it says a little more). */
  const FIRST_PERIOD = 0.1;
  const WHOLE_GAME = 0.2;
  const scenarios = shippedScenarioList();
  const STRATEGIES = [
    { strategy: 'financier', instrument: 'coupon' },
    { strategy: 'lienSocial', instrument: 'club' },
    { strategy: 'personnalisation', instrument: 'relancePersonnalisee' },
    { strategy: 'customisation', instrument: 'contrat' },
  ] as const;

  /** What the strategy form shows before period 1 (count and curves from the worker), and what the engine charges the programme in period 1 and over the game. */
  async function played(scenarioId: string, target: Target, strategy: (typeof STRATEGIES)[number]) {
    const scenario = scenarios.find((s) => s.id === scenarioId)!;
    const engine = new EngineClient(inProcessEngineTransport());
    await engine.create('run', scenario, scenario.defaultSeed);
    const { count, spend } = await engine.selectTarget('run', target, 0, true);
    const choice = { ...defaultChoice(strategy.strategy), instrument: strategy.instrument, discountRate: 0.1 };
    const estimate = strategyCost(choice, count, scenario.tickUnit, undefined, spend, scenario.durationTicks);
    let first = 0;
    let total = 0;
    for (let tick = 0; tick < scenario.durationTicks; tick++) {
      const { report } = await engine.step('run', tick === 0 ? [actionSchema.parse(strategyAction(choice, target))] : []);
      expect(report.rejected).toEqual([]);
      const programme = report.kpis.programmes[0];
      expect(programme.endTick).toBeUndefined();
      if (tick === 0) first = programme.costThisTick;
      total += programme.costThisTick;
    }
    engine.close();
    return { count, first: estimate.perTick + estimate.setup, total: estimate.total, actual: { first, total } };
  }

  it.each(STRATEGIES)('sports store, its new customers (QA, on those of the town centre: a coupon announced 13 € a week, charged 96 €): $strategy', async (strategy) => {
    // the town centre's were 268 when a quarter of the base started « nouveau »; 39 since the base starts
    // at equilibrium (initialBase.test.ts), too few for a discount's first period: all of them
    const { count, first, total, actual } = await played('sport-et-cimes', { stages: ['nouveau'] }, strategy);
    expect(count).toBe(117);
    // a discount's first period on about 110 new customers is a lottery (what a handful of them happen to
    // buy that week: 12 to 67 € charged for 40 to 53 € estimated over seeds 1-9, −13 % on the default
    // seed): like the optician's, only the fees are checked on it, the discount on the whole game
    if (strategy.strategy !== 'financier') expect(Math.abs(first / actual.first - 1)).toBeLessThanOrEqual(FIRST_PERIOD);
    expect(Math.abs(total / actual.total - 1)).toBeLessThanOrEqual(WHOLE_GAME);
    // before, a new customer's single purchase counted for nothing: 13 € a week, 1 045 € over the game, for 96 € and 5 788 € charged
    if (strategy.strategy === 'financier') expect(actual.first).toBeGreaterThan(5 * count * FINANCIAL_COST_PER_MEMBER);
  });

  it.each(STRATEGIES)('optician, new customers (rare, expensive purchases: a month’s discount is a lottery, the game’s total is not): $strategy', async (strategy) => {
    const { first, total, actual } = await played('optique-lumiere', { segments: ['nouveau'] }, strategy);
    if (strategy.strategy !== 'financier') expect(Math.abs(first / actual.first - 1)).toBeLessThanOrEqual(FIRST_PERIOD);
    expect(Math.abs(total / actual.total - 1)).toBeLessThanOrEqual(WHOLE_GAME);
  });

  it('bakery, the good customers (mission 2: a coupon): the first period too', async () => {
    const { first, total, actual } = await played('boulangerie-du-marche', { segments: ['bon'] }, STRATEGIES[0]);
    expect(Math.abs(first / actual.first - 1)).toBeLessThanOrEqual(FIRST_PERIOD);
    expect(Math.abs(total / actual.total - 1)).toBeLessThanOrEqual(WHOLE_GAME);
  });

  it('counts the customers a programme reaches: not the lost ones, and who has not consented', () => {
    const columns = VISIBLE_FIELDS.map((k) => {
      const values: Record<string, number[]> = {
        stage: [STAGES.indexOf('actif'), STAGES.indexOf('nouveau'), STAGES.indexOf('perdu')],
        // customer 0 consented, 1 did not (2 is lost: not counted)
        consent: [1, 0, 0],
      };
      return Float64Array.from(values[k] ?? [0, 0, 0]);
    });
    expect(targetSpend({ columns }, [0, 1, 2])).toEqual({ active: 2, withoutConsent: 1 });
  });

  it('charges an e-mail or SMS programme only for the customers who consented (RGPD), an in-store one for all', () => {
    const spend = { active: 100, withoutConsent: 60 };
    const reminder = strategyCost({ ...defaultChoice('personnalisation'), instrument: 'relancePersonnalisee' }, 110, 'week', undefined, spend);
    expect(reminder.setup).toBeCloseTo(40 * PERSONALISATION_SETUP_COST_PER_MEMBER.relancePersonnalisee);
    const shopper = strategyCost({ ...defaultChoice('personnalisation'), instrument: 'personalShopper' }, 110, 'week', undefined, spend);
    expect(shopper.setup).toBeCloseTo(100 * PERSONALISATION_SETUP_COST_PER_MEMBER.personalShopper);
    const invitation = strategyCost({ ...defaultChoice('lienSocial'), instrument: 'evenementPrive' }, 110, 'week', undefined, spend);
    expect(invitation.perTick).toBeCloseTo(40 * SOCIAL_COST_PER_MEMBER_WEEK.evenementPrive);
  });
});
