/**
 * Evidence for the competencies (debrief, for course assessment): which competency each tool
 * trains, and for a run the decisions and objective results that back each competency.
 * Pure: the debrief component only formats what this returns.
 */
import type { ActionType, DecisionsLog } from '../engine/decisions.ts';
import type { ObjectiveStatus } from '../engine/objectives.ts';
import { toolOfAction, type Tool } from '../missions/tools.ts';
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

/**
 * Each competency with its evidence: decisions in order, then objective results (only objectives
 * whose checkpoint is passed or with a value). Competencies without evidence are left out.
 */
export function competencyEvidence(decisions: DecisionsLog, objectives: readonly ObjectiveStatus[]): CompetencyEvidence[] {
  const byCompetency = new Map<CompetencyId, EvidenceItem[]>();
  const add = (ids: readonly CompetencyId[], item: EvidenceItem) => {
    for (const id of ids) {
      const list = byCompetency.get(id) ?? [];
      list.push(item);
      byCompetency.set(id, list);
    }
  };
  for (const d of decisions)
    for (const action of d.actions) {
      const tool = toolOfAction(action.type);
      if (!tool) continue;
      const item: EvidenceItem = { kind: 'decision', tick: d.tick, type: action.type, ...('instrument' in action ? { instrument: action.instrument } : {}) };
      add(TOOL_COMPETENCIES[tool], item);
      if (isTargeted(action)) add(TARGETING, item);
    }
  if (decisions.length > 0) for (const status of objectives) if (status.value !== null) add(RESULTS, { kind: 'objective', status });
  return sortCompetencies(byCompetency.keys()).map((competency) => ({ competency, items: byCompetency.get(competency)! }));
}
