/**
 * What a decision will cost, estimated before advancing, so the estimate and the simulation agree.
 * A strategy on a target the engine was asked about (targetSpend.ts, with the target's count) is
 * priced by the engine's own rules (src/engine/costForecast.ts) on what the engine expects of the
 * target's customers period after period (their purchase rates and baskets, the calendar, those who
 * leave): the first period, and the whole duration. Without them (a summary that only knows the
 * target's size) it falls back on the same one-period rule (costForecast.ts periodCost), the same
 * every period: the fees per member and, for a discount, the last period's frequency x average
 * basket of all customers, which is 0 before the first period.
 */
import { enrolment } from './enrolment.ts';
import { needsConsent } from '../engine/consent.ts';
import { forecastCosts, forecastSpread, periodCost, type CostCurves } from '../engine/costForecast.ts';
import type { TickKpis } from '../engine/types.ts';
import {
  DATA_COST_PER_CONTACT,
  MYSTERY_COST_PER_VISIT,
  PERSONALISATION_SETUP_COST_PER_MEMBER,
  PERSONALISATION_SETUP_WEEKS,
  SURVEY_COST_PER_RESPONDENT,
  SURVEY_RESPONSE_RATE,
  WEEKS_PER_MONTH,
} from '../engine/params.ts';
import type { StrategyChoice } from './strategyForm.ts';
import type { TargetSpend } from './targetSpend.ts';

export interface CostEstimate {
  /** euros in the first period it runs (without the set-up) */
  perTick: number;
  /** euros paid once at the start */
  setup: number;
  /** euros over the periods asked (`ticks` of strategyCost), set-up included: less than perTick x ticks as members leave */
  total: number;
  /** ticks before any effect is expected (0 = from the next period) */
  delayTicks: number;
  /** each period's expected cost (without the set-up), when the engine's expectations priced it */
  perPeriod?: number[];
  /**
   * how far each period's cost may stray from `perPeriod` (one standard deviation, the engine's forecastSpread): a
   * discount costs what the members happen to buy. Absent when no cost depends on purchases, or not priced by the engine
   */
  spread?: number[];
}

/** The consenting customers' curves and those of the customers a queued collection asks, as if they all accepted. */
function withAsked(consented: CostCurves, asked: CostCurves | undefined): CostCurves {
  if (!asked) return consented;
  const add = (a: number[], b: number[] | undefined) => a.map((v, k) => v + (b?.[k] ?? 0));
  return { members: add(consented.members, asked.members), spend: add(consented.spend, asked.spend), liftSpend: add(consented.liftSpend, asked.liftSpend), spendVar: consented.spendVar && add(consented.spendVar, asked.spendVar) };
}

export function weeksPerTick(tickUnit: 'week' | 'month'): number {
  return tickUnit === 'week' ? 1 : WEEKS_PER_MONTH;
}

/**
 * A number of weeks in the scenario's periods, at least 1, rounded as the engine rounds it (context.ts weeksToTicks,
 * not imported to keep the engine out of the main bundle): 6 weeks is 1 month, 13 weeks 3 months.
 */
export function weeksToPeriods(weeks: number, tickUnit: 'week' | 'month'): number {
  return Math.max(1, Math.floor(weeks / weeksPerTick(tickUnit) + 0.5));
}

/**
 * Cost of one strategy on a target of `members` customers over `ticks` periods. `spend` (what the
 * engine knows of the target, see targetSpend.ts) counts only the customers a programme reaches (not
 * lost) and, with its curves, prices it as the engine will charge it; without it see the header. Only
 * the customers enrolled are charged: the control group the engine holds out of the rest costs
 * nothing, nor do the customers an e-mail or SMS instrument may not contact for want of consent
 * (enrolment.ts).
 */
export function strategyCost(
  choice: StrategyChoice,
  members: number,
  tickUnit: 'week' | 'month',
  last: TickKpis | undefined,
  spend?: TargetSpend | null,
  ticks = 1,
): CostEstimate {
  const weeks = weeksPerTick(tickUnit);
  const alive = spend ? spend.active : members;
  // a collection queued this period asks some first: priced as if they all accept, the most it can cost (QA qa32optician M1)
  const reached = enrolment(members, alive, choice.instrument, spend?.withoutConsent ?? 0, spend?.asked).upTo;
  const setup =
    choice.strategy === 'personnalisation'
      ? reached * PERSONALISATION_SETUP_COST_PER_MEMBER[choice.instrument as keyof typeof PERSONALISATION_SETUP_COST_PER_MEMBER]
      : 0;
  // the engine's own rule (programmes.ts effectTick), so the form's delay is the one the verdict waits for
  // (« en mise en place », QA play F1): 1 month, not 2
  const delayTicks = choice.strategy === 'personnalisation' ? weeksToPeriods(PERSONALISATION_SETUP_WEEKS, tickUnit) : 0;
  const curves = spend?.curves ? (needsConsent(choice.instrument) ? withAsked(spend.curves.consented, spend.askedCurves) : spend.curves.all) : null;
  if (curves) {
    // the enrolled part of those the programme may reach (the control group is drawn at random among them)
    const reachable = curves.members[0] ?? 0;
    const enrolled = reachable > 0 ? reached / reachable : 0;
    const costs = forecastCosts(curves, enrolled, choice, weeks, Math.max(1, ticks));
    const estimate = { perTick: costs[0] ?? 0, setup, total: costs.reduce((sum, c) => sum + c, 0) + setup, delayTicks, perPeriod: costs };
    const spread = forecastSpread(curves, enrolled, choice, Math.max(1, ticks));
    return spread.some((s) => s > 0) ? { ...estimate, spread } : estimate;
  }
  // the engine's rule for one period, a discount given on what the members bought per customer in the last period
  const discounted = choice.strategy === 'financier' && last ? reached * last.frequency * last.averageBasket : 0;
  const perTick = periodCost(choice.strategy, choice.instrument, choice.discountRate, reached, discounted, weeks);
  return { perTick, setup, total: perTick * Math.max(1, ticks) + setup, delayTicks };
}

/** What a survey of `sampleSize` answers (or visits) reserves from the period's budget: the engine's budget gate refuses it unless the whole order fits. */
export function surveyCost(method: 'questionnaire' | 'clientMystere', sampleSize: number): number {
  return sampleSize * (method === 'questionnaire' ? SURVEY_COST_PER_RESPONDENT : MYSTERY_COST_PER_VISIT);
}

/**
 * What a questionnaire of `sampleSize` answers is expected to bring and cost among `alive` customers still there. The
 * engine (survey.ts) invites only customers not lost, about SURVEY_RESPONSE_RATE of whom answer (satisfied ones a little
 * more often: the satisfaction is hidden, the mean rate is what the shop can expect), and charges each answer, never
 * more than ordered: ordering 2 000 answers among 2 000 customers still there brings about 500 and costs 500 answers,
 * while surveyCost (8 000 €) is what the budget must hold for the order (QA qa10 F4).
 */
export function questionnaireExpectation(sampleSize: number, alive: number): { willing: number; answers: number; cost: number } {
  const willing = Math.round(alive * SURVEY_RESPONSE_RATE);
  const answers = Math.min(sampleSize, willing);
  return { willing, answers, cost: answers * SURVEY_COST_PER_RESPONDENT };
}

export function dataCollectionCost(instrument: keyof typeof DATA_COST_PER_CONTACT, contacts: number): number {
  return contacts * DATA_COST_PER_CONTACT[instrument];
}

/**
 * The customers a data collection on a target of `count` contacts and pays for: those still there
 * (`spend.active`), as the engine counts them (src/engine/dataCollection.ts countAlive: every customer
 * not lost, whatever the consent, since the collection asks for it); the whole target while the spend
 * is not known. A target of lost customers only was announced « 574 clients, 1 148 € » and refused by
 * the simulation (« la cible ne contient aucun client », QA F19).
 */
export function dataCollectionContacts(count: number, spend: TargetSpend | null | undefined): number {
  return spend ? spend.active : count;
}
