/**
 * A tab that only shows a mission's run follows the tab that plays it (session #follow, QA qa18 F6), so it reaches
 * the mission's end too: it must not record the outcome there. Its copy of the progress was read when it opened,
 * older than the playing tab's; written, it would undo what that tab saved since (the next mission started).
 */
import { describe, expect, it } from 'vitest';
import { memoryRunStore, type RunStore } from '../../../src/app/runStore.ts';
import { missionTab } from '../../fixtures/missionTab.ts';
import { parseProgress } from '../../../src/missions/progress.ts';
import { memoryProgressStorage } from '../../fixtures/memoryProgressStorage.ts';

const SHOP = 'boulangerie-du-marche';

const tab = (store: RunStore, storage: ReturnType<typeof memoryProgressStorage>) => missionTab({ store, storage });

describe('a mission run shown in a second tab', () => {
  it('records nothing when it reaches the mission’s end: the playing tab’s progress stays as it wrote it', async () => {
    const store = memoryRunStore();
    const storage = memoryProgressStorage();
    const playing = await tab(store, storage);
    expect(await playing.missions.start(SHOP, 1, { name: 'm2' })).toBe(true);
    const runId = playing.session.runId!;
    const duration = playing.session.scenario!.durationTicks;

    // the second tab opens the run while the first holds it: read-only, the progress read now
    const held: RunStore = { ...store, loadRun: async (id) => ({ ...(await store.loadRun(id)), readOnly: true }) };
    const showing = await tab(held, storage);
    await showing.session.resume(runId);
    expect(showing.session.readOnly).toBe(true);

    // the first tab plays the mission to its end (recorded there), then starts the next one
    await playing.session.advance(duration);
    expect(parseProgress(storage.text).done[SHOP]).toBeDefined();
    expect(await playing.missions.start(SHOP, 2, { name: 'm3' })).toBe(true);
    const written = storage.text;

    // the second tab shows the end of the run it follows: the mission decided there too, nothing written
    await showing.session.resume(runId);
    expect(showing.session.tick).toBe(duration);
    expect(showing.missions.status?.outcome).not.toBe('enCours');
    expect(storage.text).toBe(written);
    expect(parseProgress(storage.text).active?.runId).toBe(playing.session.runId);
    playing.stop();
    showing.stop();
  });
});
