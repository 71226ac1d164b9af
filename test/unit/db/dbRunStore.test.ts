/**
 * The app's persistence over the db layer (src/app/dbRunStore.ts) with the real engine behind the
 * worker protocol: what a played run leaves in IndexedDB must be enough to resume it after a
 * reload and to rebuild it from scenario + seed + decisions with the same state hash, and the
 * stored customer base must be the engine's.
 */
import { describe, expect, it } from 'vitest';
import { EngineClient } from '../../../src/app/engineClient.ts';
import { dbServices } from '../../../src/app/dbRunStore.ts';
import { Notices } from '../../../src/app/notices.svelte.ts';
import { GameSession } from '../../../src/app/session.svelte.ts';
import { openMemoryDb } from '../../../src/db/openDatabase.ts';
import { getRun } from '../../../src/db/runsRepository.ts';
import { acquireRunLock } from '../../../src/db/tabGuard.ts';
import { verifyRun } from '../../../src/db/verifyRun.ts';
import { hashState, runSimulation } from '../../../src/engine/index.ts';
import { inProcessEngineTransport } from '../app/engineTransport.ts';
import { shippedScenarioList, smallScenario } from '../app/testServices.ts';

const scenario = smallScenario(shippedScenarioList()[0], 300);

describe('dbServices', () => {
  it('stores what resume and verification need: base size, hash of every saved tick, decisions', async () => {
    const fdb = await openMemoryDb({ persist: false });
    const db = dbServices(fdb);
    const engine = new EngineClient(inProcessEngineTransport());
    const session = new GameSession({ engine, store: db.store, notices: new Notices() });
    await session.start(scenario, 5, 'vérifiable');
    const runId = session.runId!;
    session.add({ type: 'enquete', instrument: 'questionnaire', sampleSize: 30 });
    await session.advance(3);
    const stored = await getRun(fdb, runId);
    expect(stored).toMatchObject({ currentTick: 3, customerCount: scenario.customers.initial, stateHash: await engine.hash('partie') });
    expect(await verifyRun(fdb, runId, { runSimulation, hashState })).toMatchObject({ ok: true, ticks: 3, error: null });

    // after a reload: the run resumes at its last complete tick, and its hash is there to check the replay against
    const loaded = await dbServices(fdb).store.loadRun(runId);
    expect(loaded).toMatchObject({ tick: 3, stateHash: stored.stateHash, decisions: session.decisions });
    const resumed = new GameSession({ engine, store: dbServices(fdb).store, notices: new Notices() });
    expect(await resumed.resume(runId)).toBe(true);
    expect(await engine.hash('partie')).toBe(loaded.stateHash);
    fdb.close();
  });

  // RFM scores, segments and stages move each tick for customers the tick did not touch: the worker
  // sends every record whose visible fields changed since the last save, so the base stays exact.
  it('keeps the stored customer base equal to the engine one after ticks', async () => {
    const fdb = await openMemoryDb({ persist: false });
    const db = dbServices(fdb);
    const engine = new EngineClient(inProcessEngineTransport());
    const session = new GameSession({ engine, store: db.store, notices: new Notices() });
    await session.start(scenario, 5, 'base');
    await session.advance(3);
    const fromDb = await db.customers(session.runId!).page({}, { column: 'id', direction: 'asc' }, 0, 1000);
    const fromEngine = await engine.customers('partie');
    expect(fromDb).toEqual(fromEngine);
    // what the database screen's segment filter shows
    const segment = fromEngine.find((c) => c.segment !== null)!.segment!;
    const filtered = await db.customers(session.runId!).page({ segment }, { column: 'id', direction: 'asc' }, 0, 1000);
    expect(filtered.map((c) => c.id)).toEqual(fromEngine.filter((c) => c.segment === segment).map((c) => c.id));
    fdb.close();
  });

  it('after a reload, shows the customer base of the replayed engine and keeps it exact on the next ticks', async () => {
    const fdb = await openMemoryDb({ persist: false });
    // the same services (a reload frees the tab's lock on the run; a second handle here would be a second tab, read-only)
    const db = dbServices(fdb);
    const played = new GameSession({ engine: new EngineClient(inProcessEngineTransport()), store: db.store, notices: new Notices() });
    await played.start(scenario, 8, 'rechargée');
    await played.advance(2);
    const runId = played.runId!;
    // the reloaded page: a new worker that replays the decisions, a new session
    const engine = new EngineClient(inProcessEngineTransport());
    const resumed = new GameSession({ engine, store: db.store, notices: new Notices() });
    expect(await resumed.resume(runId)).toBe(true);
    expect(resumed.readOnly).toBe(false);
    const sorted = { column: 'id', direction: 'asc' } as const;
    expect(await db.customers(runId).page({}, sorted, 0, 1000)).toEqual(await engine.customers('partie'));
    await resumed.advance(2);
    expect(await db.customers(runId).page({}, sorted, 0, 1000)).toEqual(await engine.customers('partie'));
    fdb.close();
  });

  it('verifies a run saved at tick 0: the session stores the initial state hash with the new run', async () => {
    const fdb = await openMemoryDb({ persist: false });
    const engine = new EngineClient(inProcessEngineTransport());
    const session = new GameSession({ engine, store: dbServices(fdb).store, notices: new Notices() });
    await session.start(scenario, 5, 'neuve');
    expect(await getRun(fdb, session.runId!)).toMatchObject({ currentTick: 0, stateHash: await engine.hash('partie') });
    expect(await verifyRun(fdb, session.runId!, { runSimulation, hashState })).toMatchObject({ ok: true, ticks: 0, error: null });
    fdb.close();
  });

  // review19 m5: the tab let its own game's lock go before it knew every branch could be deleted
  it('deleting a game with a branch open elsewhere is refused and this tab keeps its game’s lock', async () => {
    const fdb = await openMemoryDb({ persist: false });
    const tab = dbServices(fdb);
    const session = new GameSession({ engine: new EngineClient(inProcessEngineTransport()), store: tab.store, notices: new Notices() });
    await session.start(scenario, 5, 'à supprimer');
    await session.advance(1);
    const runId = session.runId!;
    await fdb.db.put('runs', { ...(await getRun(fdb, runId)), id: 'branche', parentRunId: runId, branchTick: 1 });
    const elsewhere = await acquireRunLock('branche');
    expect(elsewhere.canWrite).toBe(true);
    await expect(tab.library.remove(runId, { branches: 'delete' })).rejects.toMatchObject({ code: 'runOpenElsewhere', params: { runId: 'branche' } });
    // another tab still cannot take the game this tab plays
    const other = await acquireRunLock(runId);
    expect(other.canWrite).toBe(false);
    other.release();
    elsewhere.release();
    expect(new Set((await tab.library.remove(runId, { branches: 'delete' })) ?? [])).toEqual(new Set([runId, 'branche']));
    fdb.close();
  });
});
