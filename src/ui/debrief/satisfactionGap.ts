/**
 * True satisfaction (hidden from learners during the game, revealed at the debrief) against what
 * the learner's surveys measured: each survey with its margin of error and whether the truth of
 * that tick lay inside it.
 */
import type { MeasuredSatisfaction, TickKpis } from '../../engine/types.ts';

export interface SurveyCheck {
  survey: MeasuredSatisfaction;
  /** true mean satisfaction at the survey's tick */
  truth: number;
  /** measured - truth */
  error: number;
  withinMargin: boolean;
}

export interface SatisfactionGap {
  trueAtStart: number | null;
  trueAtEnd: number | null;
  surveys: SurveyCheck[];
}

export function satisfactionGap(kpis: readonly TickKpis[]): SatisfactionGap {
  const surveys: SurveyCheck[] = [];
  const seen = new Set<number>();
  for (const k of kpis) {
    const m = k.satisfactionMeasured;
    if (!m || seen.has(m.tick)) continue;
    seen.add(m.tick);
    const truth = (kpis.find((x) => x.tick === m.tick) ?? k).satisfactionTrue;
    const error = m.mean - truth;
    surveys.push({ survey: m, truth, error, withinMargin: Math.abs(error) <= m.marginOfError });
  }
  return {
    trueAtStart: kpis.length ? kpis[0].satisfactionTrue : null,
    trueAtEnd: kpis.length ? kpis[kpis.length - 1].satisfactionTrue : null,
    surveys,
  };
}
