import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import * as engine from '../../../src/engine/index.ts';
import { buildResultFile, exportResultFile } from '../../../src/results/buildResultFile.ts';
import { engineReplayer, type Replayer } from '../../../src/results/replay.ts';
import { ClassImport, type ResultSource } from '../../../src/ui/class/classImport.svelte.ts';
import { closeVisits, visitClass } from '../../fixtures/classFiles.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

const scenario = fixtureScenario();

function source(name: string, seed: number): ResultSource {
  const { state, reports } = engine.runSimulation(scenario, { seed, ticks: 4, decisions: [] });
  const text = exportResultFile(
    buildResultFile({ learner: name, scenario, seed, mode: 'committed', decisions: [], kpis: reports.map((r) => r.kpis), stateHash: engine.hashState(state), appVersion: '0' }),
  ).text;
  return { name: `${name}.json`, size: text.length, text: async () => text };
}

/** The real engine, counting how many replays run at the same time. */
function countingReplayer(): { replay: Replayer; most: () => number } {
  const real = engineReplayer(engine);
  let running = 0;
  let most = 0;
  return {
    most: () => most,
    replay: async (request) => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((r) => setTimeout(r, 20));
      try {
        return await real(request);
      } finally {
        running -= 1;
      }
    },
  };
}

describe('class import controller', () => {
  it('verifies several files at a time up to its concurrency, keeping import order', async () => {
    const { replay, most } = countingReplayer();
    const imports = new ClassImport(replay, () => 'fr', 2);
    await imports.add([source('Anna', 1), source('Bruno', 2), source('Chloé', 3), source('Driss', 4)]);
    expect(most()).toBe(2);
    expect(imports.busy).toBe(false);
    expect(imports.files.map((f) => [f.fileName, f.verification?.status])).toEqual([
      ['Anna.json', 'confirmed'],
      ['Bruno.json', 'confirmed'],
      ['Chloé.json', 'confirmed'],
      ['Driss.json', 'confirmed'],
    ]);
  });

  it('one at a time by default, and refuses files beyond the class limit without reading them', async () => {
    const { replay, most } = countingReplayer();
    const imports = new ClassImport(replay, () => 'fr');
    const one = source('Anna', 1);
    let reads = 0;
    // 61 different files (the same content twice would be one file imported again, even spaced otherwise)
    const tooMany = Array.from({ length: 61 }, (_, i) => ({ ...one, name: `f${i}.json`, text: () => ((reads += 1), one.text().then((t) => t.replace('"Anna"', `"Anna ${i}"`))) }));
    await imports.add(tooMany);
    expect(most()).toBe(1);
    expect(imports.files).toHaveLength(60);
    expect(imports.refusedCount).toBe(1);
    expect(reads).toBe(60);
  });

  it('says a huge file is too large without reading it', async () => {
    const imports = new ClassImport(engineReplayer(engine), () => 'fr');
    await imports.add([{ name: 'film.mp4', size: 2_000_000_000, text: () => Promise.reject(new Error('read')) }]);
    const v = imports.files[0].verification;
    expect(v?.status === 'invalid' && v.errors[0]).toMatch(/trop volumineux/);
  });

  it('recognises a file imported again by its content, whatever its name, and keeps a different file of the same learner', async () => {
    const imports = new ClassImport(engineReplayer(engine), () => 'fr');
    const [lea, tom, gael] = [source('Léa', 1), source('Tom', 2), source('Gaël', 3)];
    await imports.add([lea, tom, gael]);
    await imports.add([lea, tom]);
    expect(imports.files.map((f) => f.fileName)).toEqual(['Léa.json', 'Tom.json', 'Gaël.json']);
    expect(imports.counts.confirmed).toBe(3);
    expect(imports.duplicates).toEqual([
      { fileName: 'Léa.json', sameAs: 'Léa.json', withinImport: false },
      { fileName: 'Tom.json', sameAs: 'Tom.json', withinImport: false },
    ]);
    // renamed by the browser's download (« (1) »), twice in one import, and a newer hand-in of Léa's (other seed: other content)
    const newer = { ...source('Léa', 9), name: 'Léa-v2.json' };
    await imports.add([{ ...lea, name: 'Léa (1).json' }, newer, newer]);
    expect(imports.duplicates).toEqual([
      { fileName: 'Léa (1).json', sameAs: 'Léa.json', withinImport: false },
      // twice in this import: « en double dans cet envoi », not « déjà dans la classe » (qa27class m5)
      { fileName: 'Léa-v2.json', sameAs: 'Léa-v2.json', withinImport: true },
    ]);
    expect(imports.files.map((f) => f.fileName)).toEqual(['Léa.json', 'Tom.json', 'Gaël.json', 'Léa-v2.json']);
    // a new import says only its own duplicates
    await imports.add([source('Noé', 4)]);
    expect(imports.duplicates).toEqual([]);
    expect(imports.rows).toHaveLength(5);
  });
});

describe('class import controller, kept in the browser', () => {
  afterEach(closeVisits);

  it('recognises after a reload a file imported before', async () => {
    const factory = new IDBFactory();
    const first = await visitClass(factory, engineReplayer(engine));
    await first.imports.add([source('Léa', 1), source('Tom', 2)]);
    await first.imports.saved();
    first.imports.close();
    const again = await visitClass(factory, engineReplayer(engine));
    expect(again.imports.files).toHaveLength(2);
    await again.imports.add([source('Tom', 2), source('Gaël', 3)]);
    expect(again.imports.duplicates).toEqual([{ fileName: 'Tom.json', sameAs: 'Tom.json', withinImport: false }]);
    expect(again.imports.files.map((f) => f.fileName)).toEqual(['Léa.json', 'Tom.json', 'Gaël.json']);
  });
});
