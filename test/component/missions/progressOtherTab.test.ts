/**
 * Mission progress written by another tab (the browser's `storage` event) is this tab's copy too. A second tab that
 * took a mission's run over (« Reprendre ici ») recorded from the copy it read at its start, undoing what the first
 * tab had saved since: its outcome of the next mission, the next mission started (review of QA qa18 F6, F9).
 */
import { describe, expect, it } from 'vitest';
import { memoryRunStore, type RunStore } from '../../../src/app/runStore.ts';
import { missionTab } from '../../fixtures/missionTab.ts';
import { sharedStorage } from '../../fixtures/sharedProgressStorage.ts';
import { browserProgressStorage, EMPTY_PROGRESS, parseProgress, PROGRESS_KEY, type ProgressStorage } from '../../../src/missions/progress.ts';

const SHOP = 'boulangerie-du-marche';

const tab = (store: RunStore, storage: ProgressStorage) => missionTab({ store, storage });

describe('mission progress in two tabs', () => {
  it('a tab that takes the run over records nothing from an older copy: the other tab’s next mission stays', async () => {
    const store = memoryRunStore();
    const { shared, tab: storageOf } = sharedStorage();
    const first = await tab(store, storageOf());
    expect(await first.missions.start(SHOP, 1, { name: 'm2' })).toBe(true);
    const runId = first.session.runId!;
    const duration = first.session.scenario!.durationTicks;

    // the second tab opens the run while the first holds it; it will take it over once the first has gone
    const state = { held: true };
    const held: RunStore = { ...store, loadRun: async (id) => ({ ...(await store.loadRun(id)), readOnly: state.held }) };
    const second = await tab(held, storageOf());
    await second.session.resume(runId);
    expect(second.session.readOnly).toBe(true);

    // the first tab plays the mission to its end (recorded), starts the next one, and is closed
    await first.session.advance(duration);
    const outcome = parseProgress(shared.text).done[SHOP]['avantage-financier'];
    expect(outcome).toBeDefined();
    expect(await first.missions.start(SHOP, 2, { name: 'm3' })).toBe(true);
    const nextRun = first.session.runId;
    first.stop();
    const written = shared.text;
    // the second tab's copy is the first's
    expect(second.missions.progress.active?.runId).toBe(nextRun);

    // « Reprendre ici »: the second tab now writes, at the mission's end
    state.held = false;
    await second.session.resume(runId);
    expect([second.session.readOnly, second.session.tick]).toEqual([false, duration]);
    expect(shared.text).toBe(written);
    expect(parseProgress(shared.text).active?.runId).toBe(nextRun);
    second.stop();
  });

  it('the stored mission started last carries its run’s attempt, for an older build that reads only it (review3 #1)', async () => {
    const { shared, tab: storageOf } = sharedStorage();
    const first = await tab(memoryRunStore(), storageOf());
    expect(await first.missions.start(SHOP, 1, { name: 'm2' })).toBe(true);
    await first.session.advance(first.session.scenario!.durationTicks);
    const runId = first.session.runId!;
    expect(first.missions.attempt?.recorded).toBe(true);
    // what an older build reads: the attempt in `active`, recorded, so it does not record the run again
    expect(JSON.parse(shared.text!).active).toMatchObject({ runId, recorded: true, tries: 0, answer: null });
    expect(parseProgress(shared.text)).toEqual(first.missions.progress);
    first.stop();
  });

  it('storage cleared in another tab (or by hand) clears this tab’s copy: its next write does not bring the progress back', async () => {
    const { shared, tab: storageOf } = sharedStorage();
    const first = await tab(memoryRunStore(), storageOf());
    expect(await first.missions.start(SHOP, 0, { name: 'm1' })).toBe(true);
    expect(Object.keys(first.missions.progress.runs)).toHaveLength(1);
    // what the browser says to the other tabs when the key is removed or the storage cleared
    const other = storageOf();
    other.write(null as unknown as string);
    expect(first.missions.progress).toEqual(EMPTY_PROGRESS);
    expect(shared.text).toBeNull();
    first.stop();
  });

  it('the browser’s storage is heard from the other tabs (the storage event), for the missions’ key only', () => {
    const heard: (string | null)[] = [];
    const stop = browserProgressStorage().watch!((text) => heard.push(text));
    window.dispatchEvent(new StorageEvent('storage', { key: 'fidelis.other', newValue: 'x' }));
    window.dispatchEvent(new StorageEvent('storage', { key: PROGRESS_KEY, newValue: '{"version":1}' }));
    stop();
    window.dispatchEvent(new StorageEvent('storage', { key: PROGRESS_KEY, newValue: 'later' }));
    expect(heard).toEqual(['{"version":1}']);
  });
});
