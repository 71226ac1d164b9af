/**
 * A run started on another seed than its scenario's default keeps its objectives adjusted to the seed
 * (src/engine/seedTargets.ts): computed once by the session at creation (two no-action games in the
 * engine), stored with the run, found again on resume and exported in the result file; the default
 * seed keeps the scenario's targets. The no-action game on the run's seed played then is kept with the
 * run too: the Bilan's difference from doing nothing (noActionGap) plays no game again.
 */
import { describe, expect, it, vi } from 'vitest';
import * as engine from '../../../src/engine/index.ts';
import type { TickKpis } from '../../../src/engine/types.ts';
import { GameSession } from '../../../src/app/session.svelte.ts';
import { Notices } from '../../../src/app/notices.svelte.ts';
import { EngineClient } from '../../../src/app/engineClient.ts';
import { memoryRunStore, type RunStore, type StoredRun } from '../../../src/app/runStore.ts';
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

/** A session whose engine counts the games it replays. */
function countingSession(store: RunStore) {
  const client = new EngineClient(inProcessEngineTransport());
  const replays = vi.spyOn(client, 'replay');
  return { session: new GameSession({ engine: client, store, notices: new Notices() }), replays };
}

/** The Bilan's difference as it was computed before: the run against the no-action game played for it. */
function gapAgainst(kpis: readonly TickKpis[], seed: number) {
  const nothing = engine.runSimulation(scenario, { seed, ticks: kpis.length }).reports.map((r) => r.kpis);
  const margin = (series: readonly TickKpis[]) => series.reduce((sum, k) => sum + k.netMargin, 0);
  return { netMargin: margin(kpis) - margin(nothing), activeCustomers: kpis.at(-1)!.activeCustomers - nothing.at(-1)!.activeCustomers };
}

describe('a run on another seed keeps its adjusted objectives', () => {
  it('leaves a default-seed run with the scenario’s own targets', async () => {
    const session = newSession();
    expect(await session.start(scenario, scenario.defaultSeed, 'défaut')).toBe(true);
    expect(session.seedTargets).toBeNull();
    expect(session.gradedScenario).toBe(session.scenario);
  });

  it('works them out before the run (a mission’s brief) from the same games the start then reads, playing none again', async () => {
    const { session, replays } = countingSession(memoryRunStore());
    const ahead = await session.seedAdjustmentOf(scenario, 7);
    expect(ahead).toEqual(seedAdjustment(scenario, 7));
    // the run's seed and the default one
    expect(replays).toHaveBeenCalledTimes(2);
    expect(session.runId).toBeNull();
    expect(await session.start(scenario, 7, 'graine 7')).toBe(true);
    expect(session.seedTargets).toEqual(ahead);
    expect(replays).toHaveBeenCalledTimes(2);
    // nothing played on the default seed
    expect(await session.seedAdjustmentOf(scenario, scenario.defaultSeed)).toBeNull();
    expect(replays).toHaveBeenCalledTimes(2);
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

  it('works them out on resume for a run saved before objectives followed the seed, whose file would be refuted without them', async () => {
    const fdb = await openMemoryDb({ persist: false });
    const first = newSession(dbServices(fdb).store);
    expect(await first.start(scenario, 7, 'graine 7')).toBe(true);
    await first.advance(1);
    const runId = first.runId!;
    first.close();
    const store = dbServices(fdb).store;
    const older = newSession({ ...store, loadRun: async (id) => tap(await store.loadRun(id), (run) => delete run.seedTargets) });
    expect(await older.resume(runId)).toBe(true);
    expect(older.seedTargets).toEqual(seedAdjustment(scenario, 7));
    older.close();
    // the default seed moves nothing: nothing worked out
    const fresh = newSession(store);
    expect(await fresh.start(scenario, scenario.defaultSeed, 'défaut')).toBe(true);
    const defaultRun = fresh.runId!;
    fresh.close();
    const again = countingSession(store);
    expect(await again.session.resume(defaultRun)).toBe(true);
    expect(again.session.seedTargets).toBeNull();
    expect(again.replays).not.toHaveBeenCalled();
    fdb.close();
  }, 120_000);

  it('gives the Bilan its difference from doing nothing without a second no-action game, after a reload too', async () => {
    const fdb = await openMemoryDb({ persist: false });
    const first = countingSession(dbServices(fdb).store);
    expect(await first.session.start(scenario, 7, 'graine 7')).toBe(true);
    // the adjustment's two games: the run's seed and the default one
    expect(first.replays.mock.calls.map(([r]) => [r.seed, r.decisions.length])).toEqual([
      [7, 0],
      [scenario.defaultSeed, 0],
    ]);
    await first.session.advanceToEnd();
    expect(first.session.finished).toBe(true);
    const expected = gapAgainst(first.session.kpis, 7);
    expect(await first.session.noActionGap()).toEqual(expected);
    expect(first.replays).toHaveBeenCalledTimes(2);
    const runId = first.session.runId!;
    first.session.close();

    // reopened (another visit): the game kept with the run, nothing played
    const second = countingSession(dbServices(fdb).store);
    expect(await second.session.resume(runId)).toBe(true);
    expect(await second.session.noActionGap()).toEqual(expected);
    expect(second.replays).not.toHaveBeenCalled();
    second.session.close();

    // a run saved before it was kept, or kept by another model: played once, the same figures
    const store = dbServices(fdb).store;
    for (const change of [(run: StoredRun) => delete run.noAction, (run: StoredRun) => (run.noAction!.modelFingerprint = 'autre modèle')]) {
      const older = countingSession({ ...store, loadRun: async (id) => tap(await store.loadRun(id), change) });
      expect(await older.session.resume(runId)).toBe(true);
      expect(await older.session.noActionGap()).toEqual(expected);
      expect(await older.session.noActionGap()).toEqual(expected);
      expect(older.replays).toHaveBeenCalledTimes(1);
      older.session.close();
    }
    fdb.close();
  }, 120_000);

  it('plays the no-action game of a default-seed run once, for the Bilan only', async () => {
    const { session, replays } = countingSession(memoryRunStore());
    expect(await session.start(scenario, scenario.defaultSeed, 'défaut')).toBe(true);
    expect(replays).not.toHaveBeenCalled();
    await session.advanceToEnd();
    expect(await session.noActionGap()).toEqual(gapAgainst(session.kpis, scenario.defaultSeed));
    expect(await session.noActionGap()).toEqual(gapAgainst(session.kpis, scenario.defaultSeed));
    expect(replays).toHaveBeenCalledTimes(1);
  }, 120_000);
});

function tap<T>(value: T, change: (value: T) => unknown): T {
  change(value);
  return value;
}
