/**
 * A run started on another seed than its scenario's default keeps its objectives adjusted to the seed
 * (src/engine/seedTargets.ts): computed once by the session at creation (two no-action games in the
 * engine), stored with the run, found again on resume and exported in the result file; the default
 * seed keeps the scenario's targets.
 */
import { describe, expect, it } from 'vitest';
import { GameSession } from '../../../src/app/session.svelte.ts';
import { Notices } from '../../../src/app/notices.svelte.ts';
import { EngineClient } from '../../../src/app/engineClient.ts';
import { memoryRunStore, type RunStore } from '../../../src/app/runStore.ts';
import { dbServices } from '../../../src/app/dbRunStore.ts';
import { openMemoryDb } from '../../../src/db/openDatabase.ts';
import { exportRunObject } from '../../../src/db/exportRun.ts';
import { seedAdjustment } from '../../../src/engine/seedAdjustmentRun.ts';
import { shippedScenarioList, smallScenario } from './testServices.ts';
import { inProcessEngineTransport } from './engineTransport.ts';

const scenario = smallScenario(shippedScenarioList()[0], 300);

function newSession(store: RunStore = memoryRunStore()) {
  return new GameSession({ engine: new EngineClient(inProcessEngineTransport()), store, notices: new Notices() });
}

describe('a run on another seed keeps its adjusted objectives', () => {
  it('leaves a default-seed run with the scenario’s own targets', async () => {
    const session = newSession();
    expect(await session.start(scenario, scenario.defaultSeed, 'défaut')).toBe(true);
    expect(session.seedTargets).toBeNull();
    expect(session.gradedScenario).toBe(session.scenario);
  });

  it('computes them at creation, stores them with the run and finds them again on resume', async () => {
    const fdb = await openMemoryDb({ persist: false });
    const first = newSession(dbServices(fdb).store);
    expect(await first.start(scenario, 7, 'graine 7')).toBe(true);
    const expected = seedAdjustment(scenario, 7)!;
    expect(first.seedTargets).toEqual(expected);
    expect(first.scenario!.objectives.map((o) => o.target)).toEqual(scenario.objectives.map((o) => o.target));
    const margin = expected.objectives.find((o) => o.id === 'marge')!;
    expect(first.gradedScenario!.objectives.find((o) => o.id === 'marge')!.target).toBe(margin.target);
    expect(margin.target).not.toBe(margin.base);
    await first.advance(1);
    const runId = first.runId!;
    // the run file carries them too (import, another browser)
    expect((await exportRunObject(fdb, runId)).run.seedTargets).toEqual(expected);
    first.close();
    const second = newSession(dbServices(fdb).store);
    expect(await second.resume(runId)).toBe(true);
    expect(second.seedTargets).toEqual(expected);
    fdb.close();
  });
});
