import { describe, expect, it } from 'vitest';
import { storeWhenOpen, type AppStorage } from '../../../src/app/services.ts';
import { memoryRunStore } from '../../../src/app/runStore.ts';
import { sessionCustomerSource } from '../../../src/app/sessionCustomerSource.ts';
import { shippedScenarioList } from './testServices.ts';

function later<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((ok, ko) => ((resolve = ok), (reject = ko)));
  return { promise, resolve, reject };
}

const newRun = () => ({ name: 'Partie', scenario: shippedScenarioList()[0], seed: 1, base: async () => ({ customers: [], stateHash: null }) });

describe('storeWhenOpen', () => {
  it('holds a call made while the storage opens and passes it on once open', async () => {
    const opening = later<AppStorage>();
    const store = storeWhenOpen(opening.promise);
    let created: string | null = null;
    const creating = store.createRun(newRun()).then((id) => (created = id));
    await new Promise((r) => setTimeout(r, 10));
    expect(created).toBeNull();
    const inner = memoryRunStore();
    opening.resolve({ store: inner, library: null, customers: sessionCustomerSource });
    await creating;
    expect(created).toMatch(/^memoire-/);
    const loaded = await store.loadRun(created!);
    expect(loaded).toMatchObject({ id: created, name: 'Partie', tick: 0 });
    expect(await inner.loadRun(created!)).toEqual(loaded);
  });

  it('rejects every call with the error of a storage that could not open', async () => {
    const opening = later<AppStorage>();
    const store = storeWhenOpen(opening.promise);
    const error = Object.assign(new Error('db.versionChange'), { code: 'versionChange' });
    opening.reject(error);
    await expect(store.createRun(newRun())).rejects.toBe(error);
    await expect(store.loadRun('x')).rejects.toBe(error);
  });

  it('passes on the advance mark and the watch of a read-only run once open (they were dropped: QA robustness #4, #10)', async () => {
    const opening = later<AppStorage>();
    const store = storeWhenOpen(opening.promise);
    const inner = memoryRunStore();
    const heard: string[] = [];
    let stopped = 0;
    inner.watch = (runId, onEvent) => {
      heard.push(runId);
      onEvent({ type: 'released' });
      return () => stopped++;
    };
    const events: string[] = [];
    const stop = store.watch!('r1', (e) => events.push(e.type));
    opening.resolve({ store: inner, library: null, customers: sessionCustomerSource });
    const id = await store.createRun(newRun());
    store.markAdvance!(id, 4);
    await new Promise((r) => setTimeout(r, 0));
    expect((await inner.loadRun(id)).advanceTarget).toBe(4);
    store.markAdvance!(id, null);
    await new Promise((r) => setTimeout(r, 0));
    expect((await inner.loadRun(id)).advanceTarget).toBeUndefined();
    expect([heard, events]).toEqual([['r1'], ['released']]);
    stop();
    expect(stopped).toBe(1);
  });

  it('passes on the saved runs’ names, so that a run started twice gets a name of its own (QA class 11)', async () => {
    const opening = later<AppStorage>();
    const store = storeWhenOpen(opening.promise);
    const inner = memoryRunStore();
    opening.resolve({ store: inner, library: null, customers: sessionCustomerSource });
    await store.createRun(newRun());
    expect(await store.runNames!()).toEqual(['Partie']);
  });

  it('passes on whether a run is still saved (dropped: the run deleted in the other tab was offered to « Reprendre ici »)', async () => {
    const opening = later<AppStorage>();
    const store = storeWhenOpen(opening.promise);
    const inner = memoryRunStore();
    opening.resolve({ store: inner, library: null, customers: sessionCustomerSource });
    const id = await store.createRun(newRun());
    expect([await store.hasRun!(id), await store.hasRun!('supprimée')]).toEqual([true, false]);
  });
});
