/**
 * New runs and the autosave written by the engine worker's own connection (src/app/tickWriter.ts,
 * `storeNewRun`, `saveTick`): the page's thread never gets the base nor the changed records, nor clones
 * the customer pages, and what is stored
 * is what the page would have stored (base equal to the engine's, verifiable hash, resumable), with
 * the same faults (a full disk keeps nothing of the tick and says so in French).
 */
import { IDBFactory, IDBKeyRange, IDBObjectStore as FakeObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EngineClient, inProcessTransport, workerTransport, type EngineTransport } from '../../../src/app/engineClient.ts';
import { createEngineHandler, type TickWriter } from '../../../src/app/engineHandler.ts';
import { failureOf, type EngineRequest } from '../../../src/app/engineProtocol.ts';
import { dbServices } from '../../../src/app/dbRunStore.ts';
import { noticeOfError } from '../../../src/app/errors.ts';
import { Notices } from '../../../src/app/notices.svelte.ts';
import { GameSession } from '../../../src/app/session.svelte.ts';
import { openTickWriter, tickWriterOn } from '../../../src/app/tickWriter.ts';
import { DbError } from '../../../src/db/errors.ts';
import { openFidelisDb, type FidelisDb } from '../../../src/db/openDatabase.ts';
import { getRun } from '../../../src/db/runsRepository.ts';
import { verifyRun } from '../../../src/db/verifyRun.ts';
import * as engineModule from '../../../src/engine/index.ts';
import { shippedScenarioList, smallScenario } from './testServices.ts';
import { withIndexedDbBlocked } from '../../fixtures/indexedDbErrors.ts';

const scenario = smallScenario(shippedScenarioList()[0], 300);
const sorted = { column: 'id', direction: 'asc' } as const;

const open: FidelisDb[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  for (const fdb of open.splice(0)) fdb.close();
});

/** The page's connection and the worker's, on one (fake) IndexedDB, as in a browser. */
async function twoConnections(): Promise<{ page: FidelisDb; worker: FidelisDb }> {
  const factory = new IDBFactory();
  const connect = () => openFidelisDb({ factory, keyRange: IDBKeyRange, persist: false });
  const page = await connect();
  const worker = await connect();
  open.push(page, worker);
  return { page, worker };
}

/** The engine behind the worker protocol with the given writer; `asked` counts the requests by kind. */
function engineWith(writer: (() => Promise<TickWriter | null>) | undefined) {
  const asked: Record<string, number> = {};
  const inner = inProcessTransport(createEngineHandler(engineModule, writer ? { tickWriter: writer } : {}));
  const transport: EngineTransport = {
    send<R extends EngineRequest>(request: R) {
      asked[request.kind] = (asked[request.kind] ?? 0) + 1;
      return inner.send(request);
    },
    close() {},
  };
  return { engine: new EngineClient(transport), asked };
}

describe('the engine worker writes the ticks', () => {
  it('stores every tick with its own connection, the changed records never asked by the page, and the run resumes', async () => {
    const { page, worker } = await twoConnections();
    const { engine, asked } = engineWith(async () => tickWriterOn(worker));
    const db = dbServices(page);
    const session = new GameSession({ engine, store: db.store, notices: new Notices() });
    await session.start(scenario, 5, 'écrite par le moteur');
    const runId = session.runId!;
    // the new run and its base are stored by the worker: the page never gets the base
    expect(asked.storeNewRun).toBe(1);
    expect(asked.customers).toBeUndefined();
    expect(await getRun(page, runId)).toMatchObject({ name: 'écrite par le moteur', currentTick: 0, customerCount: scenario.customers.initial, stateHash: await engine.hash('partie') });
    expect(await db.customers(runId).page({}, sorted, 0, 1000)).toEqual(await engine.customers('partie'));
    session.add({ type: 'enquete', instrument: 'questionnaire', sampleSize: 30 });
    await session.advance(3);
    expect(asked.saveTick).toBe(3);
    expect(asked.tickChanges).toBeUndefined();
    expect(session.savedTick).toBe(3);
    expect(await getRun(page, runId)).toMatchObject({ currentTick: 3, stateHash: await engine.hash('partie'), decisions: session.decisions });
    expect(await verifyRun(page, runId, { runSimulation: engineModule.runSimulation, hashState: engineModule.hashState })).toMatchObject({ ok: true, ticks: 3 });
    expect(await db.customers(runId).page({}, sorted, 0, 1000)).toEqual(await engine.customers('partie'));

    // a reload: a new worker replays the run, and its ticks merge into the pages the first one wrote
    const again = engineWith(async () => tickWriterOn(worker));
    const resumed = new GameSession({ engine: again.engine, store: db.store, notices: new Notices() });
    expect(await resumed.resume(runId)).toBe(true);
    await resumed.advance(2);
    expect(await getRun(page, runId)).toMatchObject({ currentTick: 5, stateHash: await again.engine.hash('partie') });
    expect(await db.customers(runId).page({}, sorted, 0, 1000)).toEqual(await again.engine.customers('partie'));
  });

  it('lets the page write when the worker has no database (the writer does not open, or the page is in memory)', async () => {
    const { page } = await twoConnections();
    const { engine, asked } = engineWith(async () => null);
    const db = dbServices(page);
    const session = new GameSession({ engine, store: db.store, notices: new Notices() });
    await session.start(scenario, 6, 'écrite par la page');
    expect(asked.storeNewRun).toBe(1);
    expect(asked.customers).toBe(1);
    await session.advance(2);
    expect(asked.saveTick).toBe(2);
    expect(asked.tickChanges).toBe(2);
    expect(await getRun(page, session.runId!)).toMatchObject({ currentTick: 2, stateHash: await engine.hash('partie') });
    expect(await db.customers(session.runId!).page({}, sorted, 0, 1000)).toEqual(await engine.customers('partie'));

    // an in-memory database (no IndexedDB): the worker is not asked at all
    const memory = await openFidelisDb({ factory: null, persist: false });
    open.push(memory);
    const other = engineWith(async () => {
      throw new Error('never opened');
    });
    const inMemory = new GameSession({ engine: other.engine, store: dbServices(memory).store, notices: new Notices() });
    await inMemory.start(scenario, 6, 'en mémoire');
    await inMemory.advance(1);
    expect(other.asked.saveTick).toBeUndefined();
    expect(other.asked.storeNewRun).toBeUndefined();
    expect(await dbServices(memory).customers(inMemory.runId!).page({}, sorted, 0, 1000)).toEqual(await other.engine.customers('partie'));
  });

  it('keeps nothing of a tick the disk had no room for, says so in French, and plays it again', async () => {
    const { page, worker } = await twoConnections();
    const { engine } = engineWith(async () => tickWriterOn(worker));
    const notices = new Notices();
    const db = dbServices(page);
    const session = new GameSession({ engine, store: db.store, notices });
    await session.start(scenario, 7, 'disque plein');
    await session.advance(1);
    const put = FakeObjectStore.prototype.put;
    vi.spyOn(FakeObjectStore.prototype, 'put').mockImplementation(function (this: InstanceType<typeof FakeObjectStore>, ...args: Parameters<typeof put>) {
      if (this.name === 'customerPages') throw new DOMException('full', 'QuotaExceededError');
      return put.apply(this, args);
    });
    await session.advance(1);
    vi.restoreAllMocks();
    expect(notices.list.map((n) => n.key)).toContain('db.quotaExceeded');
    expect(session.tick).toBe(1);
    expect(await getRun(page, session.runId!)).toMatchObject({ currentTick: 1 });
    await session.advance(1);
    expect(await getRun(page, session.runId!)).toMatchObject({ currentTick: 2, stateHash: await engine.hash('partie') });
    expect(await db.customers(session.runId!).page({}, sorted, 0, 1000)).toEqual(await engine.customers('partie'));
  });

  it('opens no worker connection, without failing, when merely reading indexedDB throws (site data blocked)', async () => {
    await withIndexedDbBlocked(async () => expect(await openTickWriter()).toBeNull());
  });

  it('opens the worker’s connection only on a database the page has opened, and never upgrades it', async () => {
    vi.stubGlobal('indexedDB', undefined);
    expect(await openTickWriter()).toBeNull();
    const factory = new IDBFactory();
    vi.stubGlobal('indexedDB', factory);
    vi.stubGlobal('IDBKeyRange', IDBKeyRange);
    // no database yet (the page has not opened it): no writer, and nothing created
    expect(await openTickWriter()).toBeNull();
    expect(await factory.databases()).toEqual([]);
    // opened by the page at this version: the worker writes
    const page = await openFidelisDb({ factory, keyRange: IDBKeyRange, persist: false });
    open.push(page);
    const writer = await openTickWriter();
    expect(writer?.open).toBe(true);
    // another tab upgrades the schema: the worker's connection goes, and does not hold the upgrade back
    page.close();
    const newer = await openFidelisDb({ factory, keyRange: IDBKeyRange, persist: false, version: 6 });
    open.push(newer);
    expect(newer.db.version).toBe(6);
    expect(writer?.open).toBe(false);
  });

  it('sends a database error from the worker with its code, so the page names it in French', async () => {
    expect(failureOf(4, new DbError('quotaExceeded'))).toMatchObject({ id: 4, ok: false, code: 'quotaExceeded', params: {} });
    expect(failureOf(5, new Error('autre'))).toEqual({ id: 5, ok: false, error: 'autre' });
    // a Worker stand-in: answers every request with the failure the worker would post
    const fake = new EventTarget() as EventTarget & { postMessage(message: { id: number }): void; terminate(): void };
    fake.postMessage = ({ id }) =>
      queueMicrotask(() => fake.dispatchEvent(Object.assign(new Event('message'), { data: failureOf(id, new DbError('tickOutOfOrder', { tick: 3, expected: 2 })) })));
    fake.terminate = () => {};
    const client = new EngineClient(workerTransport(fake as unknown as Worker));
    const error = await client.hash('partie').catch((e: unknown) => e);
    expect(noticeOfError(error)).toEqual({ key: 'db.tickOutOfOrder', params: { tick: 3, expected: 2 } });
  });
});
