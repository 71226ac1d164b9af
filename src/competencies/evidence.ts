/**
 * Evidence for the competencies (debrief, for course assessment): which competency each tool
 * trains, and for a run the decisions and objective results that back each competency.
 * Pure: the debrief component only formats what this returns.
 */
import type { ActionType, DecisionsLog } from '../engine/decisions.ts';
import type { ObjectiveStatus } from '../engine/objectives.ts';
import type { PeriodRefusals } from '../engine/types.ts';
import { toolOfAction, type Tool } from '../missions/tools.ts';
import type { RefusedAction } from '../results/strategyCounts.ts';
import { sortCompetencies, type CompetencyId } from './referential.ts';

export const TOOL_COMPETENCIES: Record<Tool, readonly CompetencyId[]> = {
  financier: ['mco2.offre', 'mco3.budget'],
  lienSocial: ['mco2.offre', 'ndrc1.evenement', 'mco1.relation'],
  personnalisation: ['mco1.relation', 'ndrc2.digital'],
  customisation: ['mco2.offre', 'ndrc1.negocier'],
  politiqueReclamations: ['mco1.relation', 'ndrc1.negocier'],
  enquete: ['mco1.etudes', 'ndrc1.information'],
  collecteDonnees: ['ndrc1.information', 'ndrc2.omnicanal'],
  acquisition: ['ndrc1.cibler', 'mco2.communication', 'mco3.budget'],
};
/** Aiming an action at a segment, a score range or a stage is targeting. */
const TARGETING: readonly CompetencyId[] = ['ndrc1.cibler'];
/** Reading the results against the objectives is evaluating the commercial action. */
const RESULTS: readonly CompetencyId[] = ['mco2.evaluer', 'mco3.performances'];

export type EvidenceItem = { kind: 'decision'; tick: number; type: ActionType; instrument?: string } | { kind: 'objective'; status: ObjectiveStatus };

export interface CompetencyEvidence {
  competency: CompetencyId;
  items: EvidenceItem[];
}

function isTargeted(action: DecisionsLog[number]['actions'][number]): boolean {
  if (!('target' in action) || !action.target) return false;
  const t = action.target;
  return Boolean(t.segments?.length || t.rfSegments?.length || t.stages?.length || t.ladder?.length || t.motives?.length || t.r || t.f || t.m || t.customerIds?.length);
}

/** The actions of the log the engine refused, from the tick reports (each report lists its tick's refused action indexes). */
export function refusedActions(reports: readonly PeriodRefusals[]): RefusedAction[] {
  return reports.flatMap((r) => r.rejected.map((x) => ({ tick: r.tick, actionIndex: x.actionIndex })));
}

/**
 * Each competency with its evidence: decisions in order, then the result of every objective, one never
 * measured too (QA class 14: the satisfaction objective, missed because never measured, was left out
 * of « Évaluer l’action commerciale » while the other two were listed). Competencies without evidence are left out. An action
 * the engine `refused` (budget short, no consent…) never ran: it is no evidence (QA class F2: a refused
 * « Conseiller personnel » was listed « pour l’évaluation en cours de formation »), as the class view leaves it out.
 */
export function competencyEvidence(decisions: DecisionsLog, objectives: readonly ObjectiveStatus[], refused: readonly RefusedAction[] = []): CompetencyEvidence[] {
  const byCompetency = new Map<CompetencyId, EvidenceItem[]>();
  const add = (ids: readonly CompetencyId[], item: EvidenceItem) => {
    for (const id of ids) {
      const list = byCompetency.get(id) ?? [];
      list.push(item);
      byCompetency.set(id, list);
    }
  };
  let ran = false;
  for (const d of decisions)
    d.actions.forEach((action, index) => {
      if (refused.some((r) => r.tick === d.tick && r.actionIndex === index)) return;
      ran = true;
      const tool = toolOfAction(action.type);
      if (!tool) return;
      const item: EvidenceItem = { kind: 'decision', tick: d.tick, type: action.type, ...('instrument' in action ? { instrument: action.instrument } : {}) };
      add(TOOL_COMPETENCIES[tool], item);
      if (isTargeted(action)) add(TARGETING, item);
    });
  if (ran) for (const status of objectives) add(RESULTS, { kind: 'objective', status });
  return sortCompetencies(byCompetency.keys()).map((competency) => ({ competency, items: byCompetency.get(competency)! }));
}
