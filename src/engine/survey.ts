/**
 * Measuring satisfaction (enquête). A questionnaire collects at most the sampleSize answers ordered:
 * the shop invites alive customers in a random order until that many have answered, or until every
 * customer has been invited. Not everyone answers: each alive customer would answer an invitation
 * with probability SURVEY_RESPONSE_RATE x (1 + SURVEY_RESPONSE_BIAS x (S - 0.5)), so satisfied
 * customers answer more often (non-response bias). The bias acts on who answers, hence on the
 * measured mean, never on how many answer: the respondents are the first sampleSize willing
 * customers in the invitation order (all of them when fewer are willing), so the count never
 * exceeds the sample ordered nor the customers willing to answer, and the cost (per answer) never
 * exceeds what was ordered. Each answer is the true satisfaction plus noise. The result is the
 * sample mean with the 95 % margin of error 1.96 s / sqrt(n). Mystery shopping (client mystère)
 * measures the shop's service performance on sampleSize visits instead of customers'
 * satisfaction, and costs more per observation.
 */
import type { TickContext } from './context.ts';
import { sqrt } from './detMath.ts';
import { EV, logEvent } from './events.ts';
import * as P from './params.ts';
import { GLOBAL_CUSTOMER, uniform } from './rng.ts';
import { NO_TICK } from './state.ts';
import type { MeasuredSatisfaction } from './types.ts';

function finish(method: MeasuredSatisfaction['method'], sum: number, sumSq: number, n: number, tick: number): MeasuredSatisfaction {
  const mean = n > 0 ? sum / n : NaN;
  const variance = n > 1 ? (sumSq - n * mean * mean) / (n - 1) : NaN;
  return {
    method,
    sampleSize: n,
    mean,
    marginOfError: n > 1 ? (P.Z95 * sqrt(variance > 0 ? variance : 0)) / sqrt(n) : NaN,
    tick,
  };
}

/** Draws per customer and questionnaire: willing to answer, answer noise, place in the invitation order. */
const QUESTIONNAIRE_DRAWS = 3;

/** Runs a questionnaire; returns the measurement (sampleSize = respondents, at most the sample ordered). */
export function questionnaire(ctx: TickContext, sampleSize: number, actionIndex: number): MeasuredSatisfaction {
  const c = ctx.state.customers;
  const n = ctx.state.n;
  const d = QUESTIONNAIRE_DRAWS * actionIndex;
  // the customers who would answer an invitation, and their place in the (random) invitation order
  const willing: number[] = [];
  const order: number[] = [];
  for (let i = 0; i < n; i++) {
    if (c.lostTick[i] !== NO_TICK) continue;
    const respond = Math.min(1, P.SURVEY_RESPONSE_RATE * (1 + P.SURVEY_RESPONSE_BIAS * (c.satisfaction[i] - 0.5)));
    if (uniform(ctx.keys.survey, i, d) >= respond) continue;
    willing.push(i);
    order.push(uniform(ctx.keys.survey, i, d + 2));
  }
  let respondents = willing;
  if (willing.length > sampleSize) {
    // invited first = answered first; ties (never in practice) by customer index, so the choice is total
    const rank = willing.map((_, k) => k).sort((a, b) => order[a] - order[b] || a - b);
    respondents = rank
      .slice(0, sampleSize)
      .map((k) => willing[k])
      .sort((a, b) => a - b);
  }
  let sum = 0;
  let sumSq = 0;
  for (const i of respondents) {
    let answer = c.satisfaction[i] + (2 * uniform(ctx.keys.survey, i, d + 1) - 1) * P.SURVEY_ANSWER_NOISE;
    answer = answer < 0 ? 0 : answer > 1 ? 1 : answer;
    c.measuredSatisfaction[i] = answer;
    logEvent(ctx.state, i, EV.enqueteRepondue, Math.floor(answer * 100 + 0.5));
    sum += answer;
    sumSq += answer * answer;
  }
  return finish('questionnaire', sum, sumSq, respondents.length, ctx.tick);
}

/** Mystery shopping: sampleSize visits scoring the shop's current service performance. */
export function mysteryShopping(ctx: TickContext, sampleSize: number, actionIndex: number): MeasuredSatisfaction {
  let sum = 0;
  let sumSq = 0;
  const truth = ctx.performance * (1 - ctx.incidentRate);
  for (let k = 0; k < sampleSize; k++) {
    let score = truth + (2 * uniform(ctx.keys.survey, GLOBAL_CUSTOMER, actionIndex * 8192 + k) - 1) * P.MYSTERY_VISIT_NOISE;
    score = score < 0 ? 0 : score > 1 ? 1 : score;
    sum += score;
    sumSq += score * score;
  }
  return finish('clientMystere', sum, sumSq, sampleSize, ctx.tick);
}
