/**
 * The glossary card of each objective's figure, as the dashboard's KPI cards link theirs (dashboard/kpiCards.ts): the home
 * page's shop cards put a « ? » beside each objective (QA qa29self m4: « clients actifs », « marge nette (après coût des
 * actions) », « satisfaction moyenne » came first there, with no definition). The « ? » is GlossaryLink's link form (the
 * one it takes in a locked tool), to the card: its pop-up needs the glossary's strings and code, which a learner's first
 * visit does not download; the card's title is among the home's strings (home.objectiveConcept).
 * One mapping for both (review m9: the home page linked a churn objective to « Fidélisation et attrition » and the
 * dashboard's « Taux d'attrition » card to « Schéma de l'infidélité », why customers leave, not what the rate is): a
 * figure's card is its definition, « Fidélisation et attrition » for the churn rate as for the retention rate.
 */
import type { Objective } from '../../scenario/schema.ts';
import type { ConceptId } from '../glossary/concepts.ts';

export const OBJECTIVE_CONCEPT = {
  retentionRate: 'retention',
  churnRate: 'retention',
  activeCustomers: 'cycleDeVie',
  turnover: 'equationCa',
  cumulativeTurnover: 'equationCa',
  grossMargin: 'margeBrute',
  cumulativeMargin: 'margeBrute',
  cumulativeNetMargin: 'margeNette',
  budgetLeft: 'budget',
  measuredSatisfaction: 'mesureSatisfaction',
  segmentShare: 'segments',
  segmentRetention: 'segments',
  acquisitions: 'acquisition',
} as const satisfies Record<Objective['metric'], ConceptId>;
export type ObjectiveConcept = (typeof OBJECTIVE_CONCEPT)[Objective['metric']];

/** The glossary card that defines `metric`, a scenario's objective's figure or a dashboard KPI card's. */
export function metricConcept(metric: Objective['metric']): ObjectiveConcept {
  return OBJECTIVE_CONCEPT[metric];
}
