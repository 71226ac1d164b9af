/**
 * What the class link's locks take away from the chosen shop's objectives (pure, for the link builder; the student's
 * card reads the same rule, METRIC_NEEDS, in objectiveLock.ts): a measured-satisfaction objective cannot be met without a
 * questionnaire (Enquête de satisfaction locked or hidden), a recruitment objective is harder without recruitment
 * campaigns (walk-ins still count), and a mission about a tool teaches nothing once that tool is locked (its use is
 * then waived: src/missions/evaluate.ts). A mission link is checked from its mission to the path's end: the students
 * go on with « Mission suivante » under the same link (QA qa12 F1); a lock that does the same to several of them is one
 * warning naming them all. No shop chosen: every shop the students may pick.
 */
import type { Objective } from '../../scenario/schema.ts';
import type { ToolState } from '../../presets/linkForm.ts';
import type { PluralBase } from '../../i18n/plural.ts';
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

interface Lock {
  tool: Tool;
  state: Exclude<ToolState, 'open'>;
  shop: string;
}

/** a free game's objective the lock takes away */
export interface ObjectiveConflict extends Lock {
  kind: Exclude<ConflictKind, 'mission'>;
  /** as the students read it */
  objective: string;
  missions?: never;
}

/** the missions, from the link's one on, the lock does the same to: one line names them all */
export interface MissionsConflict extends Lock {
  kind: ConflictKind;
  /** in path order, numbered from 1 */
  missions: { n: number; title: string }[];
  objective?: never;
}

export type LockConflict = ObjectiveConflict | MissionsConflict;

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
  const state = (tool: Tool) => choice.tools[tool] as Exclude<ToolState, 'open'>;
  for (const shop of shops) {
    if (choice.shop && shop.id !== choice.shop) continue;
    if (choice.shop && choice.mission > 0 && choice.mission <= shop.missions.length) {
      const addMission = (kind: ConflictKind, tool: Tool, mission: { n: number; title: string }) => {
        const line = out.find((c): c is MissionsConflict => c.missions !== undefined && c.tool === tool && c.kind === kind);
        if (line) line.missions.push(mission);
        else out.push({ kind, tool, state: state(tool), shop: shop.name, missions: [mission] });
      };
      shop.missions.slice(choice.mission - 1).forEach((mission, i) => {
        const at = { n: choice.mission + i, title: mission.title };
        const { tools, measure } = missionClosedTools(mission, closed);
        if (measure) addMission(measure.kind, measure.tool, at);
        for (const tool of tools) if (tool !== measure?.tool) addMission('mission', tool, at);
      });
      continue;
    }
    for (const objective of shop.objectives) {
      const need = METRIC_NEEDS[objective.metric];
      if (need && closed(need.tool) && !out.some((c) => c.shop === shop.name && c.objective === objective.label && c.tool === need.tool))
        out.push({ kind: need.kind, tool: need.tool, state: state(need.tool), shop: shop.name, objective: objective.label });
    }
  }
  return out;
}

const MISSIONS_KEY = { impossible: 'classView.linkConflict.missionImpossible', harder: 'classView.linkConflict.missionHarder', mission: 'classView.linkConflict.mission' } as const satisfies Record<ConflictKind, PluralBase>;

/** The builder's sentence for a free game objective's conflict. */
export function objectiveConflictKey(c: ObjectiveConflict) {
  return `classView.linkConflict.${c.kind}` as const;
}

/** The builder's sentence for the missions' (counted; their numbers said: the teacher chose another one, QA qa12 F1). */
export function missionsConflictKey(c: MissionsConflict) {
  return MISSIONS_KEY[c.kind];
}
