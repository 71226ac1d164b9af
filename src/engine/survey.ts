/**
 * Measuring satisfaction (enquête). A questionnaire invites alive customers at random (each with
 * the same probability, so about sampleSize / response rate invitations); satisfied customers
 * answer a little more often (response bias); each answer is the true satisfaction plus noise.
 * The result is the sample mean with the 95 % margin of error 1.96 s / sqrt(n). Mystery shopping
 * (client mystère) measures the shop's service performance on sampleSize visits instead of
 * customers' satisfaction, and costs more per observation.
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

/** Runs a questionnaire; returns the measurement (sampleSize = respondents). */
export function questionnaire(ctx: TickContext, sampleSize: number, actionIndex: number): MeasuredSatisfaction {
  const c = ctx.state.customers;
  const n = ctx.state.n;
  let alive = 0;
  for (let i = 0; i < n; i++) if (c.lostTick[i] === NO_TICK) alive++;
  const invite = Math.min(1, sampleSize / (Math.max(1, alive) * P.SURVEY_RESPONSE_RATE));
  let sum = 0;
  let sumSq = 0;
  let count = 0;
  const d = 2 * actionIndex;
  for (let i = 0; i < n; i++) {
    if (c.lostTick[i] !== NO_TICK) continue;
    const s = c.satisfaction[i];
    const respond = invite * Math.min(1, P.SURVEY_RESPONSE_RATE * (1 + P.SURVEY_RESPONSE_BIAS * (s - 0.5)));
    if (uniform(ctx.keys.survey, i, d) >= respond) continue;
    let answer = s + (2 * uniform(ctx.keys.survey, i, d + 1) - 1) * P.SURVEY_ANSWER_NOISE;
    answer = answer < 0 ? 0 : answer > 1 ? 1 : answer;
    c.measuredSatisfaction[i] = answer;
    logEvent(ctx.state, i, EV.enqueteRepondue, Math.floor(answer * 100 + 0.5));
    sum += answer;
    sumSq += answer * answer;
    count++;
  }
  return finish('questionnaire', sum, sumSq, count, ctx.tick);
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
