/**
 * The scenario a mission plays: the shipped scenario cut to the mission's length, with the
 * mission's objective as its only objective (so the dashboard, the engine's objectives mechanism
 * and the debrief all follow the mission), events after the end dropped. A question mission has no
 * engine objective at all: its check is the answer form of the mission banner. The run stores this
 * scenario, so result files replay and verify as any other run.
 */
import { scenarioSchema, type Objective, type Scenario, type ScenarioInput } from '../scenario/schema.ts';
import type { Mission } from './schema.ts';
import { englishText } from '../scenario/englishText.ts';
import { missionScenarioName } from './missionName.ts';

/** Id of the scenario a mission runs: `<scenario>-mission-<n>` (n from 1). */
export function missionScenarioId(scenarioId: string, index: number): string {
  return `${scenarioId}-mission-${index + 1}`;
}

/** The objective the engine checks at the mission's last tick; none for a question mission (answered in the banner's form). */
export function missionObjective(mission: Mission): Objective | null {
  const check = mission.check;
  if (check.kind !== 'objective') return null;
  return {
    id: mission.id,
    label: mission.objective,
    metric: check.metric,
    ...(check.segment ? { segment: check.segment } : {}),
    comparator: check.comparator,
    target: check.target,
    ...(check.everyTick ? { everyTick: true } : {}),
    byTick: mission.durationTicks,
    points: 1,
  };
}

export function missionScenario(base: Scenario, mission: Mission, index: number): Scenario {
  const end = mission.durationTicks;
  const objective = missionObjective(mission);
  const nameEn = englishText(base.name);
  const titleEn = englishText(mission.title);
  const input: ScenarioInput = {
    ...base,
    id: missionScenarioId(base.id, index),
    name: missionScenarioName({ fr: base.name.fr, ...(nameEn ? { en: nameEn } : {}) }, index + 1, { fr: mission.title.fr, ...(titleEn ? { en: titleEn } : {}) }),
    durationTicks: end,
    events: base.events.filter((e) => e.tick < end),
    competitors: base.competitors.map((c) => ({ ...c, events: c.events.filter((e) => e.tick < end) })),
    objectives: objective ? [objective] : [],
  };
  return scenarioSchema.parse(input);
}
