import { describe, expect, it } from 'vitest';
import { loadShippedMissionPaths } from '../../../src/missions/shipped.ts';
import { MissionController } from '../../../src/missions/missionController.svelte.ts';
import type { GameSession } from '../../../src/app/session.svelte.ts';
import type { MissionPath } from '../../../src/missions/schema.ts';

const SHOPS = ['boulangerie-du-marche', 'cosmetiques-en-ligne', 'optique-lumiere', 'sport-et-cimes'];

function controller() {
  let text: string | null = null;
  const storage = { read: () => text, write: (t: string) => void (text = t) };
  return new MissionController({ session: { useMissions: () => {} } as unknown as GameSession, storage, scenarios: [] });
}

describe('shipped mission paths, on demand', () => {
  it('loads only the shops asked for, every shop when none is named', async () => {
    expect((await loadShippedMissionPaths(['sport-et-cimes'])).map((p) => p.scenario)).toEqual(['sport-et-cimes']);
    expect((await loadShippedMissionPaths(['inconnue'])).map((p) => p.scenario)).toEqual([]);
    expect((await loadShippedMissionPaths()).map((p) => p.scenario)).toEqual(SHOPS);
  });

  it('a shop asked twice is read and validated once: the same path object', async () => {
    const [a] = await loadShippedMissionPaths(['optique-lumiere']);
    const [b] = await loadShippedMissionPaths(['optique-lumiere']);
    expect(b).toBe(a);
  });

  it('the controller adds what each load brings, in shop order, and keeps its paths when a load fails', async () => {
    const missions = controller();
    await missions.load(() => loadShippedMissionPaths(['sport-et-cimes']));
    expect(missions.paths.map((p) => p.scenario)).toEqual(['sport-et-cimes']);
    await missions.load(() => loadShippedMissionPaths(['boulangerie-du-marche']));
    expect(missions.paths.map((p) => p.scenario)).toEqual(['boulangerie-du-marche', 'sport-et-cimes']);
    await missions.load(() => Promise.reject(new Error('hors ligne')));
    expect(missions.paths).toHaveLength(2);
    await missions.load(() => loadShippedMissionPaths());
    expect(missions.paths.map((p) => p.scenario)).toEqual(SHOPS);
    const before: readonly MissionPath[] = missions.paths;
    await missions.load(() => loadShippedMissionPaths(['sport-et-cimes']));
    expect(missions.paths).toBe(before);
  });
});
