/**
 * « Aller jusqu’à la fin » stopped with « Arrêter »: the header says « arrêté après la semaine N sur T » (fixRun28), but a
 * reload lost it, the student finding a game half played with nothing said (QA qa28big M1). Where the run stopped is now
 * kept beside the run (localStorage, as the advance mark) and said again on resume, until the game moves on.
 */
import { describe, expect, it } from 'vitest';
import { GameSession } from '../../../src/app/session.svelte.ts';
import { Notices } from '../../../src/app/notices.svelte.ts';
import { EngineClient } from '../../../src/app/engineClient.ts';
import { memoryRunStore, type RunStore } from '../../../src/app/runStore.ts';
import { shippedScenarioList, smallScenario } from './testServices.ts';
import { inProcessEngineTransport } from './engineTransport.ts';
import { dbServices } from '../../../src/app/dbRunStore.ts';
import type { FidelisDb } from '../../../src/db/openDatabase.ts';

const scenario = smallScenario(shippedScenarioList()[0], 300);

function newSession(store: RunStore, notices = new Notices()) {
  return new GameSession({ engine: new EngineClient(inProcessEngineTransport()), store, notices });
}

/** A run of 8 periods, « Aller jusqu’à la fin » stopped once its second period is played. */
async function stoppedRun(store: RunStore, notices = new Notices()): Promise<string> {
  const session = newSession(store, notices);
  await session.start({ ...scenario, durationTicks: 8 }, 3, 'arrêtée');
  let saves = 0;
  const commit = store.commitTick.bind(store);
  store.commitTick = async (runId, tick) => {
    if (++saves === 2) session.pause();
    return commit(runId, tick);
  };
  await session.advance(8);
  store.commitTick = commit;
  expect(session.tick).toBe(2);
  expect(session.advanceStopped).toEqual({ runId: session.runId, tick: 2 });
  return session.runId!;
}

describe('where a run of several periods stopped, after a reload', () => {
  it('is said again on resume until the game moves on', async () => {
    const store = memoryRunStore();
    const runId = await stoppedRun(store);

    const reloaded = newSession(store);
    await reloaded.resume(runId);
    expect(reloaded.tick).toBe(2);
    expect(reloaded.advanceStopped).toEqual({ runId, tick: 2 });

    // one period more: no longer true, and not said after the next reload
    await reloaded.advance(1);
    expect(reloaded.advanceStopped).toBeNull();
    const later = newSession(store);
    await later.resume(runId);
    expect(later.tick).toBe(3);
    expect(later.advanceStopped).toBeNull();
  });

  it('is not said for a run that went to the end of its advance', async () => {
    const store = memoryRunStore();
    const session = newSession(store);
    await session.start({ ...scenario, durationTicks: 8 }, 3, 'jusqu’au bout');
    await session.advance(4);
    const reloaded = newSession(store);
    await reloaded.resume(session.runId!);
    expect(reloaded.advanceStopped).toBeNull();
  });

  // QA qa31robust: a full localStorage dropped the note without a word
  it('not kept for a reload (the browser’s storage full), says so; the game itself is saved', async () => {
    const store = memoryRunStore();
    // the page's store over a localStorage that refuses to write
    const full = { setItem: () => { throw new DOMException('full', 'QuotaExceededError'); }, removeItem: () => {}, getItem: () => null };
    const real = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
    Object.defineProperty(globalThis, 'localStorage', { value: full, configurable: true });
    try {
      store.markStopped = dbServices({} as FidelisDb).store.markStopped;
      const notices = new Notices();
      const runId = await stoppedRun(store, notices);
      expect(notices.list.map((n) => [n.level, n.key])).toEqual([['warning', 'db.stopNoteNotKept']]);
      expect((await store.loadRun(runId)).tick).toBe(2);
    } finally {
      if (real) Object.defineProperty(globalThis, 'localStorage', real);
    }
  });
});
