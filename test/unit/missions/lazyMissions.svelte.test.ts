/** The mission code loads only when missions are in use (lazyMissions.svelte.ts). */
import { afterEach, describe, expect, it } from 'vitest';
import { LazyMissions } from '../../../src/missions/lazyMissions.svelte.ts';
import { PROGRESS_KEY, storedMissionShops } from '../../../src/missions/storedMission.ts';
import type { GameSession } from '../../../src/app/session.svelte.ts';

const stored = (active: unknown) => JSON.stringify({ version: 1, done: {}, active });

describe('storedMissionShops', () => {
  it('names the shops of the missions played (the one started last first), nothing for no progress, no mission or an unreadable value', () => {
    expect(storedMissionShops(stored({ runId: 'r1', scenarioId: 'sport-et-cimes', missionId: 'm1' }))).toEqual(['sport-et-cimes']);
    expect(storedMissionShops(null)).toEqual([]);
    expect(storedMissionShops(stored(null))).toEqual([]);
    expect(storedMissionShops('{pas du json')).toEqual([]);
    expect(storedMissionShops('null')).toEqual([]);
    expect(storedMissionShops(stored({ scenarioId: 42 }))).toEqual([]);
    // a run of another shop, played in another tab before the last mission started there: its shop too, once
    const runs = { r0: { scenarioId: 'optique-lumiere', missionId: 'm2' }, r1: { scenarioId: 'sport-et-cimes', missionId: 'm1' }, bad: null };
    const text = JSON.stringify({ version: 1, done: {}, runs, active: { runId: 'r1', scenarioId: 'sport-et-cimes', missionId: 'm1' } });
    expect(storedMissionShops(text)).toEqual(['sport-et-cimes', 'optique-lumiere']);
  });
});

describe('LazyMissions', () => {
  const made: LazyMissions[] = [];
  function missions() {
    const lazy = new LazyMissions({ session: { useMissions: () => {} } as unknown as GameSession, scenarios: [], loadText: () => Promise.resolve() });
    made.push(lazy);
    return lazy;
  }
  afterEach(() => {
    made.splice(0).forEach((m) => m.stop());
    localStorage.clear();
  });

  it('loads nothing for a free player, and the missions then lock no tool', async () => {
    const lazy = missions();
    await lazy.resume(() => null);
    await lazy.resume(() => stored(null));
    expect(lazy.current).toBeNull();
    expect(lazy.access).toEqual({ locked: [], hidden: [] });
  });

  it('loads the controller and the path of the mission in progress the browser remembers', async () => {
    localStorage.setItem(PROGRESS_KEY, stored({ runId: 'r1', scenarioId: 'sport-et-cimes', missionId: 'm1', answer: null, tries: 0, recorded: false }));
    const lazy = missions();
    // the load itself, however long the machine takes (a 1 s poll timed out under load)
    await lazy.resume();
    expect(lazy.current?.pathOf('sport-et-cimes')).toBeTruthy();
    expect(lazy.current!.progress.active?.scenarioId).toBe('sport-et-cimes');
    expect(lazy.current!.paths.map((p) => p.scenario)).toEqual(['sport-et-cimes']);
  });

  it('loads the controller once, adding the paths each call asks for (every shop’s when none are named)', async () => {
    const lazy = missions();
    const first = await lazy.load(['optique-lumiere']);
    const again = await lazy.load();
    expect(again).toBe(first);
    expect(lazy.current).toBe(first);
    expect(first.paths.map((p) => p.scenario)).toEqual(['boulangerie-du-marche', 'cosmetiques-en-ligne', 'optique-lumiere', 'sport-et-cimes']);
  });
});
