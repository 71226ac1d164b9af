/**
 * QA play F15: the bakery started twice with its default seed gave two « Boulangerie du Marché (1907) » on the home page,
 * told apart only by their status line, and export files told apart only by their period. A new run's name is told
 * apart from the saved runs: « … (1907) 2 », in the list and in the export file's name.
 */
import { describe, expect, it } from 'vitest';
import { GameSession } from '../../../src/app/session.svelte.ts';
import { Notices } from '../../../src/app/notices.svelte.ts';
import { EngineClient } from '../../../src/app/engineClient.ts';
import { memoryRunStore } from '../../../src/app/runStore.ts';
import { dbServices } from '../../../src/app/dbRunStore.ts';
import { distinctRunName } from '../../../src/app/runName.ts';
import { openMemoryDb } from '../../../src/db/openDatabase.ts';
import { createBranch } from '../../../src/db/createBranch.ts';
import { shippedScenarioList, smallScenario } from './testServices.ts';
import { inProcessEngineTransport } from './engineTransport.ts';

const scenario = smallScenario(shippedScenarioList()[0], 300);
const newSession = (store = memoryRunStore()) => new GameSession({ engine: new EngineClient(inProcessEngineTransport()), store, notices: new Notices() });

describe('a new run’s name is told apart from the saved runs', () => {
  it('adds the first free number from 2', () => {
    expect(distinctRunName('Boulangerie du Marché (1907)', [])).toBe('Boulangerie du Marché (1907)');
    expect(distinctRunName('Boulangerie du Marché (1907)', ['Boulangerie du Marché (1907)'])).toBe('Boulangerie du Marché (1907) 2');
    expect(distinctRunName('B (1907)', ['B (1907)', 'B (1907) 2', 'B (1907) 4'])).toBe('B (1907) 3');
    expect(distinctRunName('B (1907)', ['B (1907) 2'])).toBe('B (1907)');
    // a mission started again says its number in words (QA qa19 F4)
    const attempt = (n: number) => `B — Mission 2, essai ${n} (1907)`;
    expect(distinctRunName('B — Mission 2 (1907)', ['B — Mission 2 (1907)', attempt(2)], attempt)).toBe('B — Mission 2, essai 3 (1907)');
    expect(distinctRunName('B — Mission 2 (1907)', [], attempt)).toBe('B — Mission 2 (1907)');
  });

  it('in IndexedDB: two runs of the same shop and seed have two names on the home page and two export file names', async () => {
    const fdb = await openMemoryDb({ persist: false });
    const db = dbServices(fdb);
    const first = newSession(db.store);
    await first.start(scenario, 1907, 'Boulangerie du Marché (1907)');
    await first.advance(1);
    first.close();
    const second = newSession(db.store);
    await second.start(scenario, 1907, 'Boulangerie du Marché (1907)');
    expect(second.runName).toBe('Boulangerie du Marché (1907) 2');
    await second.advance(1);
    const runs = await db.library.list();
    expect(runs.map((r) => r.name).sort()).toEqual(['Boulangerie du Marché (1907)', 'Boulangerie du Marché (1907) 2']);
    const files = await Promise.all(runs.map((r) => db.library.exportRun!(r.id, { unnamed: 'partie' })));
    expect(files.map((f) => f.fileName).sort()).toEqual(['fidelis-boulangerie-du-marche-1907-2-p1.json', 'fidelis-boulangerie-du-marche-1907-p1.json']);
    second.close();
    fdb.close();
  });

  it('two games of the same shop and seed started together, in two tabs, get two names (review: « … (1907) » twice)', async () => {
    const fdb = await openMemoryDb({ persist: false });
    const db = dbServices(fdb);
    const [a, b] = [newSession(db.store), newSession(db.store)];
    await Promise.all([a.start(scenario, 1907, 'Boulangerie du Marché (1907)'), b.start(scenario, 1907, 'Boulangerie du Marché (1907)')]);
    expect([a.runName, b.runName].sort()).toEqual(['Boulangerie du Marché (1907)', 'Boulangerie du Marché (1907) 2']);
    expect((await db.library.list()).map((r) => r.name).sort()).toEqual(['Boulangerie du Marché (1907)', 'Boulangerie du Marché (1907) 2']);
    a.close();
    b.close();
    fdb.close();
  });

  it('a new game does not take the name of a deleted game that a kept branch still names (« … — et si… » would read as its branch)', async () => {
    const fdb = await openMemoryDb({ persist: false });
    const db = dbServices(fdb);
    const first = newSession(db.store);
    await first.start(scenario, 1907, 'Boulangerie du Marché (1907)');
    await first.advance(1);
    const original = first.runId!;
    first.close();
    await createBranch(fdb, {
      parentRunId: original,
      branchTick: 1,
      name: 'Boulangerie du Marché (1907) — et si… (à partir de la semaine 2)',
      branchName: { base: 'Boulangerie du Marché (1907)', ticks: [1] },
      createdAt: '2026-12-07T08:00:00.000Z',
      customers: [],
      stateHash: null,
    });
    await db.library.remove(original);
    const second = newSession(db.store);
    await second.start(scenario, 1907, 'Boulangerie du Marché (1907)');
    expect(second.runName).toBe('Boulangerie du Marché (1907) 2');
    second.close();
    fdb.close();
  });

  it('tells apart a run named in English from a saved one named in French: the list shows both in one language (QA qa28en m1)', async () => {
    const store = memoryRunStore();
    const first = newSession(store);
    await first.start(scenario, 1907, `${scenario.name.fr} (1907)`);
    const second = newSession(store);
    await second.start(scenario, 1907, `${scenario.name.en} (1907)`);
    expect(second.runName).toBe(`${scenario.name.en} (1907) 2`);
  });

  it('in memory too', async () => {
    const store = memoryRunStore();
    const first = newSession(store);
    await first.start(scenario, 3, 'Partie (3)');
    const second = newSession(store);
    await second.start(scenario, 3, 'Partie (3)');
    expect(second.runName).toBe('Partie (3) 2');
    expect((await store.loadRun(second.runId!)).name).toBe('Partie (3) 2');
  });
});
