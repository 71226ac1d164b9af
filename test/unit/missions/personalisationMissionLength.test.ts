/**
 * QA qa18 F2: « Personnaliser la relation » lasted 6 weeks while a personalisation needs 6 weeks of set-up, so
 * the mission could never show its effect, and its bilan promised « verdict après la semaine 8 » of a run that
 * ended at week 6. In every shop's path, the personalisation mission now lasts long enough for the play its
 * brief asks (a collection in the first period, the personalisation in the second) to act for several periods
 * before the end, and that play, aimed at the very good customers, still keeps the reserve on the class seed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runSimulation } from '../../../src/engine/index.ts';
import { actionSchema, type ActionInput } from '../../../src/engine/decisions.ts';
import { loadScenarioFile } from '../../../src/cli/files.ts';
import { missionPathSchema } from '../../../src/missions/schema.ts';
import { missionScenario } from '../../../src/missions/missionScenario.ts';
import { evaluateMission } from '../../../src/missions/evaluate.ts';
import { seedAdjustment } from '../../../src/engine/seedAdjustmentRun.ts';
import { withSeedTargets } from '../../../src/engine/seedTargets.ts';
import { effectVerdict } from '../../../src/app/programmeEffect.ts';

const SHOPS = readdirSync('scenarios/missions').map((f) => f.replace(/\.json$/, ''));
/** periods of effect the mission must leave after the set-up: a verdict needs VERDICT_MIN_PERIODS (app/programmeEffect.ts) */
const EFFECT_PERIODS = 4;

describe.each(SHOPS)('%s: the personalisation mission shows the effect of a personalisation', (id) => {
  it('a collection in period 1, a personalisation in period 2 on the very good customers: past its set-up for several periods, judged, and the mission won (seed 42)', () => {
    const loaded = loadScenarioFile(`scenarios/${id}.json`);
    if (!loaded.ok) throw new Error(id);
    const path = missionPathSchema.parse(JSON.parse(readFileSync(`scenarios/missions/${id}.json`, 'utf8')));
    const index = path.missions.findIndex((m) => m.id === 'personnalisation');
    const mission = path.missions[index];
    const plain = missionScenario(loaded.scenario, mission, index);
    const scenario = withSeedTargets(plain, seedAdjustment(plain, 42));
    const plan: ActionInput[][] = [
      [{ type: 'collecteDonnees', instrument: 'carteFidelite', target: { segments: ['tresBon'] } }],
      [{ type: 'personnalisation', instrument: 'relancePersonnalisee', target: { segments: ['tresBon'] } }],
    ];
    const decisions = plan.map((actions, tick) => ({ tick, actions: actions.map((a) => actionSchema.parse(a)) }));
    const { reports } = runSimulation(scenario, { seed: 42, ticks: scenario.durationTicks, decisions });
    const refusals = reports.filter((r) => r.rejected.length > 0).map((r) => ({ tick: r.tick, rejected: r.rejected }));
    expect(refusals).toEqual([]);
    const kpis = reports.map((r) => r.kpis);
    const setupUntil = kpis[1].programmes[0].setupUntilTick;
    expect(setupUntil).toBeDefined();
    expect(scenario.durationTicks - setupUntil!).toBeGreaterThanOrEqual(EFFECT_PERIODS);
    const last = kpis.at(-1)!;
    expect(['setup', 'tooEarly']).not.toContain(effectVerdict(last.programmes[0], last.tick));
    expect(evaluateMission(mission, scenario, kpis, decisions, false, refusals).outcome).toBe('reussie');
  });
});
