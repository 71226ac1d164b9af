/**
 * The whole debrief of a run (at its end or at any time), computed once from the scenario, the
 * KPIs of the completed ticks, the tick reports and the decisions: the component only displays it.
 */
import type { DecisionsLog } from '../../engine/decisions.ts';
import type { TickKpis, TickReport } from '../../engine/types.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { courseFindings, type Finding } from './courseFindings.ts';
import { customerFlow, type CustomerFlow } from './customerFlow.ts';
import { complaintWordOfMouth, type ComplaintWordOfMouth } from '../../app/complaintWordOfMouth.ts';
import { decisionTimeline, type TimelineEntry } from './decisionTimeline.ts';
import { departuresByCause, silentDissatisfaction, type CauseTotal, type SilentDissatisfaction } from './departures.ts';
import { moneySummary, type MoneySummary } from './moneySummary.ts';
import { gradeObjectives, type ObjectiveGrades } from './objectiveGrades.ts';
import { baseSegments, programmeEffects, type BaseSegments, type ProgrammeEffect } from './programmeEffects.ts';
import { satisfactionGap, type SatisfactionGap } from './satisfactionGap.ts';

export interface DebriefReport {
  /** completed ticks */
  ticks: number;
  finished: boolean;
  objectives: ObjectiveGrades;
  /** start + recruited − lost = now, customers active or dormant */
  customers: CustomerFlow;
  money: MoneySummary;
  departures: { total: number; causes: CauseTotal[] };
  /** service incidents against complaints: most dissatisfied customers never complain */
  complaints: SilentDissatisfaction;
  /** customers turned away by unresolved complaints' word of mouth beside the complainers who left; null: no complaint, or not recorded */
  wordOfMouth: ComplaintWordOfMouth | null;
  programmes: ProgrammeEffect[];
  /** the whole base's RFM segments over the whole game (first to last period played): shown once, not per programme */
  segments: BaseSegments | null;
  satisfaction: SatisfactionGap;
  findings: Finding[];
  timeline: TimelineEntry[];
}

export function debriefReport(scenario: Scenario, kpis: readonly TickKpis[], reports: readonly TickReport[], decisions: DecisionsLog): DebriefReport {
  return {
    ticks: kpis.length,
    finished: kpis.length >= scenario.durationTicks,
    objectives: gradeObjectives(scenario, kpis),
    customers: customerFlow(kpis),
    money: moneySummary(kpis),
    departures: departuresByCause(kpis),
    complaints: silentDissatisfaction(kpis),
    wordOfMouth: complaintWordOfMouth(kpis),
    programmes: programmeEffects(kpis),
    segments: baseSegments(kpis),
    satisfaction: satisfactionGap(kpis),
    findings: courseFindings(kpis, decisions, scenario.competitors, {
      tickUnit: scenario.tickUnit,
      durationTicks: scenario.durationTicks,
      rejections: reports,
      budgetReserve: scenario.objectives.find((o) => o.metric === 'budgetLeft' && o.comparator === '>=')?.target,
    }),
    timeline: decisionTimeline(decisions, reports),
  };
}
