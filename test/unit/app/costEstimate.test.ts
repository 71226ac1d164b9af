import { describe, expect, it } from 'vitest';
import { dataCollectionCost, questionnaireExpectation, strategyCost, surveyCost, weeksPerTick, weeksToPeriods } from '../../../src/app/costEstimate.ts';
import { storyTicks, STORY_WEEKS } from '../../../src/ui/customers/customerFile.ts';
import { setupTicks } from '../../../src/ui/debrief/courseFindings.ts';
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
  FINANCIAL_COST_PER_MEMBER_WEEK,
  MYSTERY_COST_PER_VISIT,
  PERSONALISATION_SETUP_COST_PER_MEMBER,
  PERSONALISATION_SETUP_WEEKS,
  SOCIAL_COST_PER_MEMBER_WEEK,
  SURVEY_COST_PER_RESPONDENT,
  SURVEY_RESPONSE_RATE,
  WEEKS_PER_MONTH,
} from '../../../src/engine/params.ts';
import type { TickKpis } from '../../../src/engine/types.ts';
import { inProcessEngineTransport } from './engineTransport.ts';
import { applyDecisions } from '../../../src/engine/actions.ts';
import { competitorStep } from '../../../src/engine/competitors.ts';
import { buildContext, markEffectsWritten, weeksToTicks } from '../../../src/engine/context.ts';
import { cloneState, createSimulation } from '../../../src/engine/index.ts';
import { applyProgrammes, endFinishedProgrammes } from '../../../src/engine/programmes.ts';
import { purchaseMean } from '../../../src/engine/purchases.ts';
import { NO_TICK } from '../../../src/engine/state.ts';
import { priceLevelAt } from '../../../src/engine/step.ts';
import type { Scenario } from '../../../src/scenario/schema.ts';
import { shippedScenarioList } from './testServices.ts';

describe('cost estimates from the engine parameters', () => {
  it('scales weekly costs to the tick unit', () => {
    const weekly = strategyCost(defaultChoice('lienSocial'), 100, 'week', undefined);
    const monthly = strategyCost(defaultChoice('lienSocial'), 100, 'month', undefined);
    expect(weekly.perTick).toBeCloseTo(100 * SOCIAL_COST_PER_MEMBER_WEEK.club);
    expect(monthly.perTick).toBeCloseTo(weekly.perTick * WEEKS_PER_MONTH);
    expect(weeksPerTick('month')).toBe(WEEKS_PER_MONTH);
  });
  it('counts weeks in periods as the engine does, for the customer file, the debrief and the form alike (review16 m8)', () => {
    for (const unit of ['week', 'month'] as const)
      for (const weeks of [0, 1, 2, 3, 6, 13, 26, 52]) expect(weeksToPeriods(weeks, unit)).toBe(weeksToTicks(weeks, weeksPerTick(unit)));
    expect(weeksToPeriods(13, 'month')).toBe(3);
    for (const unit of ['week', 'month'] as const) {
      expect(storyTicks(unit)).toBe(weeksToTicks(STORY_WEEKS, weeksPerTick(unit)));
      expect(setupTicks(unit)).toBe(weeksToTicks(PERSONALISATION_SETUP_WEEKS, weeksPerTick(unit)));
      expect(strategyCost(defaultChoice('personnalisation'), 10, unit, undefined).delayTicks).toBe(setupTicks(unit));
    }
  });
  it('prices a discount on what members are expected to buy', () => {
    const last = { frequency: 0.5, averageBasket: 20 } as TickKpis;
    const cost = strategyCost({ ...defaultChoice('financier'), discountRate: 0.2 }, 10, 'week', last);
    expect(cost.perTick).toBeCloseTo(10 * (FINANCIAL_COST_PER_MEMBER_WEEK + 0.2 * 0.5 * 20));
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
  it('expects a questionnaire to bring about a quarter of the customers still there, and prices those answers (QA qa10 F4)', () => {
    const willing = Math.round(2000 * SURVEY_RESPONSE_RATE);
    // 2 000 answers ordered among 2 000 customers still there: about 500 come and are paid, not 2 000
    expect(questionnaireExpectation(2000, 2000)).toEqual({ willing, answers: willing, cost: willing * SURVEY_COST_PER_RESPONDENT });
    // fewer ordered than willing: the order comes, at its whole price
    expect(questionnaireExpectation(100, 2000)).toEqual({ willing, answers: 100, cost: surveyCost('questionnaire', 100) });
    expect(questionnaireExpectation(100, 0)).toEqual({ willing: 0, answers: 0, cost: 0 });
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
    // at equilibrium (initialBase.test.ts), too few for a discount's first period: all of them. The RFM
    // segment nouveau (first purchase in the last 13 weeks): the stage nouveau holds every one-time buyer
    // not yet dormant since 01/12/2026 (lifecycle.ts), ten times as many
    const { count, first, total, actual } = await played('sport-et-cimes', { segments: ['nouveau'] }, strategy);
    expect(count).toBe(138);
    // a discount's first period on about 110 new customers is a lottery (what a handful of them happen to
    // buy that week: 12 to 67 € charged for 40 to 53 € estimated over seeds 1-9, −13 % on the default
    // seed): here only the fees are checked on it, the discount on the whole game; its first week is
    // checked against the engine's expectation and over seeds 1-9 below (« a coupon's first week »)
    if (strategy.strategy !== 'financier') expect(Math.abs(first / actual.first - 1)).toBeLessThanOrEqual(FIRST_PERIOD);
    expect(Math.abs(total / actual.total - 1)).toBeLessThanOrEqual(WHOLE_GAME);
    // before, a new customer's single purchase counted for nothing: 13 € a week, 1 045 € over the game, for 96 € and 5 788 € charged
    if (strategy.strategy === 'financier') expect(actual.first).toBeGreaterThan(5 * count * FINANCIAL_COST_PER_MEMBER_WEEK);
  });

  /**
   * What the engine expects to charge for `action` in the next period, and the standard deviation of
   * that charge, from its own rules on a copy of the state (read-only): the period's context, the
   * decision and the programmes' effects applied as stepSimulation does, then each member's purchase
   * count (Poisson, mean purchaseMean with the effects) times a Gamma basket (spendShape / nu x the
   * product type's factor x the price level) times its discount, plus the fee per member reached.
   */
  function expectedCharge(scenario: Scenario, seed: number, action: ReturnType<typeof actionSchema.parse>) {
    const state = cloneState(createSimulation(scenario, { seed }));
    state.budget += scenario.budget.perTick;
    state.priceLevel = priceLevelAt(state, scenario);
    endFinishedProgrammes(state);
    const ctx = buildContext(state, scenario, false, competitorStep(state, scenario, false));
    applyDecisions(ctx, [action]);
    applyProgrammes(ctx);
    markEffectsWritten();
    const c = state.customers;
    // E[factor] and E[factor^2] over the product types
    let f1 = 0;
    let f2 = 0;
    for (let k = 0, prev = 0; k < ctx.productFactor.length; prev = ctx.productCumulative[k++]) {
      f1 += (ctx.productCumulative[k] - prev) * ctx.productFactor[k];
      f2 += (ctx.productCumulative[k] - prev) * ctx.productFactor[k] ** 2;
    }
    let mean = 0;
    let variance = 0;
    let reached = 0;
    for (const i of state.programmes[0].members) {
      if (c.lostTick[i] !== NO_TICK) continue;
      reached++;
      const m = purchaseMean(ctx, i);
      const d = ctx.effects.discount[i] * state.priceLevel;
      const nu = c.basketScale[i];
      mean += (m * ctx.spendShape * f1 * d) / nu;
      // a compound Poisson sum: its variance is the mean count x E[amount^2]
      variance += (m * ctx.spendShape * (ctx.spendShape + 1) * f2 * d * d) / (nu * nu);
    }
    return { mean: mean + reached * FINANCIAL_COST_PER_MEMBER_WEEK, sd: Math.sqrt(variance) };
  }

  it('sports store, new customers, a coupon’s first week: what the engine expects to charge, and seeds 1 to 9 average out to it', async () => {
    // QA: 12 to 67 € charged for 40 to 53 € estimated over seeds 1-9, the mean estimate a third above the
    // mean charge. Not a bias: seed after seed the estimate is the charge the engine expects (its own
    // purchase rate of each member with the coupon's lift, basket and discount) within 4 %, and over
    // 240 more seeds (61-300) the mean estimate is 2.8 % above the mean charge. The ~110 new customers
    // buy about 5 times that week: each seed's charge is a draw of sd 21 to 34 € around ~40 €, the mean
    // of nine a draw of sd ~9 €, and seeds 1-9 drew 1.4 sd low (31 € for 44 €).
    const scenario = scenarios.find((s) => s.id === 'sport-et-cimes')!;
    const target: Target = { stages: ['nouveau'] };
    const choice = { ...defaultChoice('financier'), instrument: 'coupon' as const, discountRate: 0.1 };
    const action = actionSchema.parse(strategyAction(choice, target));
    const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8, 9];
    let estimated = 0;
    let charged = 0;
    let variance = 0;
    for (const seed of SEEDS) {
      const engine = new EngineClient(inProcessEngineTransport());
      await engine.create('run', scenario, seed);
      const { count, spend } = await engine.selectTarget('run', target, 0, true);
      const estimate = strategyCost(choice, count, scenario.tickUnit, undefined, spend, 1).perTick;
      const { report } = await engine.step('run', [action]);
      engine.close();
      const expected = expectedCharge(scenario, seed, action);
      // the forecast is the engine's expectation, on each seed (not a draw)
      expect(Math.abs(estimate / expected.mean - 1)).toBeLessThanOrEqual(0.05);
      estimated += estimate;
      charged += report.kpis.programmes[0].costThisTick;
      variance += expected.sd ** 2;
    }
    // what was charged, on average over the nine seeds, within 3 standard deviations of that average
    // (the mean of nine independent draws) of the mean estimate
    const sdOfMean = Math.sqrt(variance) / SEEDS.length;
    expect(Math.abs(charged - estimated) / SEEDS.length).toBeLessThanOrEqual(3 * sdOfMean);
    // and that noise is what it is said to be above (the tolerance is not a blank cheque): about 9 € for about 44 €
    expect(sdOfMean / (estimated / SEEDS.length)).toBeLessThan(0.25);
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
