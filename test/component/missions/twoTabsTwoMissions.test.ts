/**
 * Two tabs, each playing its own mission (two shops): a write from one tab (its mission started, its outcome recorded) is
 * heard by the other (the `storage` event), which keeps the mission it plays: its banner, its locked tools, its outcome
 * recorded at its end. Before, the heard write replaced the whole progress, the mission played included (review1 #1).
 */
import { describe, expect, it } from 'vitest';
import type { GameSession } from '../../../src/app/session.svelte.ts';
import type { MissionController } from '../../../src/missions/missionController.svelte.ts';
import { memoryRunStore } from '../../../src/app/runStore.ts';
import { parseProgress } from '../../../src/missions/progress.ts';
import { missionTab } from '../../fixtures/missionTab.ts';
import { sharedStorage } from '../../fixtures/sharedProgressStorage.ts';

async function rightAnswer(t: { session: GameSession; missions: MissionController }): Promise<number> {
  const check = t.missions.active!.mission.check;
  if (check.kind !== 'question') throw new Error('not a question');
  return (await t.session.selectTarget({ segments: [check.segment] }, 0)).count;
}

describe('two tabs, each playing its own mission', () => {
  it('each tab keeps its mission (banner, locks) and records its own outcome', async () => {
    const { shared, tab: storageOf } = sharedStorage();
    const store = memoryRunStore();
    const a = await missionTab({ store, storage: storageOf() });
    const b = await missionTab({ store, storage: storageOf() });
    expect(await a.missions.start('boulangerie-du-marche', 1, { name: 'a' })).toBe(true);
    expect(await b.missions.start('optique-lumiere', 0, { name: 'b' })).toBe(true);

    // tab A heard B's start: it still plays its mission, with its locks
    expect(a.missions.active?.mission.id).toBe('avantage-financier');
    expect(a.missions.access.locked.length).toBeGreaterThan(0);

    // B records its outcome: A still plays its own
    expect(await b.missions.answer(await rightAnswer(b))).toBe('right');
    expect(parseProgress(shared.text).done['optique-lumiere']['lire-la-base'].outcome).toBe('reussie');
    expect(a.missions.active?.mission.id).toBe('avantage-financier');

    // A plays to the end: its outcome is recorded; B keeps its (recorded) mission, to hand in
    await a.session.advance(a.session.scenario!.durationTicks);
    const done = parseProgress(shared.text).done;
    expect(done['boulangerie-du-marche']?.['avantage-financier']).toBeDefined();
    expect(done['optique-lumiere']['lire-la-base'].outcome).toBe('reussie');
    // the stored mission slot stays B's, the one started last: A's record did not write its own over it
    expect(parseProgress(shared.text).active?.runId).toBe(b.session.runId);
    expect(a.missions.active?.mission.id).toBe('avantage-financier');
    expect(b.missions.active?.mission.id).toBe('lire-la-base');
    expect(b.missions.handIn()).not.toBeNull();
    expect(a.missions.handIn()).not.toBeNull();
    // both tabs' copies have both outcomes
    expect(a.missions.progress.done['optique-lumiere']['lire-la-base'].outcome).toBe('reussie');
    expect(b.missions.progress.done['boulangerie-du-marche']['avantage-financier']).toBeDefined();
    a.stop();
    b.stop();
  });

  it('a mission game reloaded (or reopened) after another tab started another mission is still its mission', async () => {
    const { shared, tab: storageOf } = sharedStorage();
    const store = memoryRunStore();
    const a = await missionTab({ store, storage: storageOf() });
    const b = await missionTab({ store, storage: storageOf() });
    expect(await a.missions.start('boulangerie-du-marche', 1, { name: 'a' })).toBe(true);
    const aRun = a.session.runId!;
    expect(await b.missions.start('optique-lumiere', 0, { name: 'b' })).toBe(true);
    expect(parseProgress(shared.text).active?.runId).toBe(b.session.runId);

    // tab A is reloaded: a new page on the same storage opens A's game again
    a.stop();
    const reloaded = await missionTab({ store, storage: storageOf() });
    expect(await reloaded.session.resume(aRun)).toBe(true);
    expect(reloaded.missions.active?.mission.id).toBe('avantage-financier');
    expect(reloaded.missions.status).not.toBeNull();
    expect(reloaded.missions.access.locked.length).toBeGreaterThan(0);
    expect(reloaded.missions.handIn()?.current).toBe(2);

    // played to its end: its outcome is recorded, the mission started last stays B's
    await reloaded.session.advance(reloaded.session.scenario!.durationTicks);
    expect(parseProgress(shared.text).done['boulangerie-du-marche']?.['avantage-financier']?.attempts).toBe(1);
    expect(parseProgress(shared.text).active?.runId).toBe(b.session.runId);
    expect(b.missions.active?.mission.id).toBe('lire-la-base');
    reloaded.stop();
    b.stop();
  });
});
