/**
 * What the class link's locks take away from the chosen shop's objectives (pure, for the link builder; the student's
 * card reads the same rule, METRIC_NEEDS, in objectiveLock.ts): a measured-satisfaction objective cannot be met without a
 * questionnaire (Enquête de satisfaction locked or hidden), a recruitment objective is harder without recruitment
 * campaigns (walk-ins still count), and a mission about a tool teaches nothing once that tool is locked (its use is
 * then waived: src/missions/evaluate.ts). A mission link is checked from its mission to the path's end: the students
 * go on with « Mission suivante » under the same link (QA qa12 F1). No shop chosen: every shop the students may pick.
 */
import type { Objective } from '../../scenario/schema.ts';
import type { ToolState } from '../../presets/linkForm.ts';
import type { Tool } from '../../missions/tools.ts';
import { missionClosedTools } from './missionClosedTools.ts';
import { METRIC_NEEDS } from './objectiveLock.ts';

type Metric = Objective['metric'];

export interface ObjectiveNeed {
  /** the objective's text, as the students read it */
  label: string;
  metric: Metric;
}

export interface MissionNeed {
  title: string;
  /** what an objective mission measures (null: a question mission) */
  metric: Metric | null;
  /** the tools the mission asks to use */
  requires: readonly Tool[];
}

export interface ShopNeeds {
  id: string;
  name: string;
  /** the free game's objectives */
  objectives: readonly ObjectiveNeed[];
  /** the shop's missions, in order */
  missions: readonly MissionNeed[];
}

export type ConflictKind = 'impossible' | 'harder' | 'mission';

export interface LockConflict {
  kind: ConflictKind;
  tool: Tool;
  state: Exclude<ToolState, 'open'>;
  /** the objective's text, or the mission's title */
  objective: string;
  shop: string;
  /** the mission's number in its path, from 1; 0: an objective of the free game */
  mission: number;
}

export interface LinkChoice {
  /** '' = the student's choice */
  shop: string;
  /** 0 = free game */
  mission: number;
  tools: Record<Tool, ToolState>;
}

export function lockConflicts(shops: readonly ShopNeeds[], choice: LinkChoice): LockConflict[] {
  const closed = (tool: Tool) => choice.tools[tool] !== 'open';
  const out: LockConflict[] = [];
  const add = (kind: ConflictKind, tool: Tool, objective: string, shop: string, mission = 0) => {
    const state = choice.tools[tool];
    if (state !== 'open' && !out.some((c) => c.tool === tool && c.mission === mission && c.objective === objective && c.shop === shop))
      out.push({ kind, tool, state, objective, shop, mission });
  };
  for (const shop of shops) {
    if (choice.shop && shop.id !== choice.shop) continue;
    if (choice.shop && choice.mission > 0 && choice.mission <= shop.missions.length) {
      shop.missions.slice(choice.mission - 1).forEach((mission, i) => {
        const n = choice.mission + i;
        const { tools, measure } = missionClosedTools(mission, closed);
        if (measure) add(measure.kind, measure.tool, mission.title, shop.name, n);
        for (const tool of tools) if (tool !== measure?.tool) add('mission', tool, mission.title, shop.name, n);
      });
      continue;
    }
    for (const objective of shop.objectives) {
      const need = METRIC_NEEDS[objective.metric];
      if (need && closed(need.tool)) add(need.kind, need.tool, objective.label, shop.name);
    }
  }
  return out;
}

/** The builder's sentence for a conflict: a mission's says its number (the teacher chose another one, QA qa12 F1). */
export function conflictKey(c: Pick<LockConflict, 'kind' | 'mission'>) {
  if (c.mission === 0 || c.kind === 'mission') return `classView.linkConflict.${c.kind}` as const;
  return c.kind === 'impossible' ? 'classView.linkConflict.missionImpossible' : 'classView.linkConflict.missionHarder';
}
