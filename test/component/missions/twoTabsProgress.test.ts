/**
 * Two tabs share the browser's mission progress (`fidelis.missions`). A tab read it when it opened; another tab may have
 * saved since (a mission succeeded, the next one started). Before, the first tab's next write (after « Reprendre ici »)
 * put back its older copy and undid that progress (mendqa, not fixed there). Now each write reads the stored progress
 * again and merges (mergeProgress).
 */
import { describe, expect, it } from 'vitest';
import { GameSession } from '../../../src/app/session.svelte.ts';
import { memoryRunStore, type RunStore } from '../../../src/app/runStore.ts';
import { missionTab } from '../../fixtures/missionTab.ts';
import { mergeProgress, parseProgress, type MissionProgress, type ProgressStorage } from '../../../src/missions/progress.ts';

const SHOP = 'boulangerie-du-marche';

/**
 * One localStorage value seen by several tabs, without the `storage` event (a write heard late, or not at all: the
 * event replaces a tab's copy, committed 24f1f377; the write must be safe without it).
 */
function sharedStorage() {
  const shared = { text: null as string | null };
  const tabStorage = (): ProgressStorage => ({
    read: () => shared.text,
    write(text) {
      shared.text = text;
    },
  });
  return { shared, tabStorage };
}

const tab = (store: RunStore, storage: ProgressStorage) => missionTab({ store, storage });

async function rightAnswer(session: GameSession): Promise<number> {
  return (await session.selectTarget({ segments: ['futurNonClient'] }, 0)).count;
}

describe('the mission progress shared by two tabs', () => {
  it('a tab that takes a run over writes without undoing what the other tab saved since it opened', async () => {
    const store = memoryRunStore();
    const { shared, tabStorage } = sharedStorage();
    const first = await tab(store, tabStorage());
    expect(await first.missions.start(SHOP, 0, { name: 'm1' })).toBe(true);
    const run1 = first.session.runId!;

    // the second tab opens now: its copy has mission 1 in progress, nothing done
    const second = await tab(store, tabStorage());
    expect(second.missions.progress.done).toEqual({});

    // the first tab succeeds mission 1 and starts mission 2
    expect(await first.missions.answer(await rightAnswer(first.session))).toBe('right');
    expect(await first.missions.start(SHOP, 1, { name: 'm2' })).toBe(true);
    expect(parseProgress(shared.text).done[SHOP]['lire-la-base'].outcome).toBe('reussie');

    // the second tab takes run 1 over (« Reprendre ici ») and writes: a wrong answer there
    expect(await second.session.resume(run1)).toBe(true);
    expect(await second.missions.answer(1)).toBe('wrong');
    const stored = parseProgress(shared.text);
    // the success the first tab saved is kept: mission 2 stays open; run 1 stays recorded with its right answer; the
    // mission started last stays the first tab's mission 2 (before runs were kept by run id, the writer's answer took the one slot)
    expect(stored.done[SHOP]['lire-la-base']).toMatchObject({ outcome: 'reussie', attempts: 1 });
    expect(stored.runs[run1]).toMatchObject({ recorded: true, answer: await rightAnswer(first.session) });
    expect(stored.active?.runId).toBe(first.session.runId);
    expect(second.missions.active?.mission.id).toBe('lire-la-base');
    expect(second.missions.progress.done[SHOP]['lire-la-base'].outcome).toBe('reussie');
    first.stop();
    second.stop();
  });
});

describe('attempts of one mission recorded in two tabs', () => {
  it('two tabs that each record a run from the same count add up; a run recorded again by a tab that took it over counts once', async () => {
    const store = memoryRunStore();
    const { shared, tabStorage } = sharedStorage();
    const a = await tab(store, tabStorage());
    expect(await a.missions.start(SHOP, 1, { name: 'a' })).toBe(true);
    const aRun = a.session.runId!;
    const duration = a.session.scenario!.durationTicks;
    // the second tab opens and starts the same mission; a third one opens: both copies have A's run not yet recorded
    const b = await tab(store, tabStorage());
    expect(await b.missions.start(SHOP, 1, { name: 'b' })).toBe(true);
    const c = await tab(store, tabStorage());
    const attempts = () => parseProgress(shared.text).done[SHOP]?.['avantage-financier']?.attempts;

    await a.session.advance(duration);
    expect(attempts()).toBe(1);
    // B records from its copy, which has no attempt yet: before, the larger count of the two (1)
    await b.session.advance(duration);
    expect(attempts()).toBe(2);
    // C takes A's run over at its end: the run is recorded already
    expect(await c.session.resume(aRun)).toBe(true);
    expect(c.session.tick).toBe(duration);
    expect(c.missions.active?.mission.id).toBe('avantage-financier');
    expect(attempts()).toBe(2);
    expect(c.missions.progress.done[SHOP]['avantage-financier'].attempts).toBe(2);
    a.stop();
    b.stop();
    c.stop();
  });
});

describe('mergeProgress', () => {
  const record = (outcome: 'reussie' | 'echouee', attempts: number, at: string) => ({ outcome, attempts, at });
  const progress = (done: MissionProgress['done'], runId: string | null): MissionProgress => ({
    version: 1,
    done,
    runs: {},
    active: runId ? { runId, scenarioId: 'a', missionId: 'm1' } : null,
  });

  it('keeps the missions done in either copy, a success never downgraded, the larger count of attempts, the writer’s mission in play', () => {
    const stored = progress({ a: { m1: record('reussie', 2, 'hier'), m2: record('echouee', 1, 'hier') } }, 'their-run');
    const mine = progress({ a: { m1: record('echouee', 3, 'ici') }, b: { m1: record('reussie', 1, 'ici') } }, 'my-run');
    const merged = mergeProgress(stored, mine);
    expect(merged.done).toEqual({ a: { m1: record('reussie', 3, 'hier'), m2: record('echouee', 1, 'hier') }, b: { m1: record('reussie', 1, 'ici') } });
    expect(merged.active?.runId).toBe('my-run');
    expect(mergeProgress(stored, { ...mine, active: null }).active).toBeNull();
    // a failure stored, a success written: the success
    expect(mergeProgress(mine, stored).done.a.m1).toEqual(record('reussie', 3, 'hier'));
  });
});
