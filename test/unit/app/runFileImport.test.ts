/**
 * Importing a run file from the home screen (dbServices over IndexedDB, the real engine in-process):
 * a file of this model is replayed before it is stored and refused when modified; a file of another
 * or an unknown model is imported as before (the resume recalculates it); a file imported twice gets
 * a distinct name; a full disk says that the import (or the new game) failed, not a period.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IDBObjectStore as FakeObjectStore } from 'fake-indexeddb';
import { GameSession } from '../../../src/app/session.svelte.ts';
import { Notices } from '../../../src/app/notices.svelte.ts';
import { EngineClient } from '../../../src/app/engineClient.ts';
import { dbServices } from '../../../src/app/dbRunStore.ts';
import { noticeOfError } from '../../../src/app/errors.ts';
import { checkRunFile } from '../../../src/app/runFileCheck.ts';
import { openMemoryDb, type FidelisDb } from '../../../src/db/openDatabase.ts';
import { getRun, loadRun } from '../../../src/db/runsRepository.ts';
import { parseRunFile } from '../../../src/db/importRun.ts';
import { translate } from '../../../src/i18n/translate.ts';
import { shippedScenarioList, smallScenario } from './testServices.ts';
import { inProcessEngineTransport } from './engineTransport.ts';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';

const [bakery, other] = shippedScenarioList();
const scenario = smallScenario(bakery, 300);

let fdb: FidelisDb | null = null;
afterEach(() => {
  vi.restoreAllMocks();
  fdb?.close();
  fdb = null;
});

/** A library with the game's engine, and the text of a run played 3 periods with a decision. */
async function played() {
  fdb = await openMemoryDb({ persist: false });
  const engine = new EngineClient(inProcessEngineTransport());
  const db = dbServices(fdb, { engine: Promise.resolve(engine) });
  const notices = new Notices();
  const session = new GameSession({ engine, store: db.store, notices });
  await session.start(scenario, 11, 'Boulangerie (11)');
  session.add({ type: 'lienSocial', instrument: 'club', target: { segments: ['bon'] } });
  await session.advance(3);
  const { blob } = await db.library.exportRun!(session.runId!, { unnamed: 'partie' });
  const text = await blob.text();
  return { db, engine, session, notices, text, data: () => JSON.parse(text) as RunFileJson };
}

/** The file's JSON, as a test changes it. */
interface RunFileJson {
  seed: number;
  scenario: unknown;
  run: { scenarioId: string };
  kpis: {
    turnover: number;
    stageFlows?: { count: number }[];
    deterredByComplaints?: number;
    campaignRecruits?: Record<string, { recruited: number; stillCustomers: number; margin: number }>;
  }[];
  customers: { spendTotal: number }[];
  stateHash: string;
  modelFingerprint?: string;
}

const asFile = (value: unknown) => new File([typeof value === 'string' ? value : JSON.stringify(value)], 'partie.json');

describe('a run file of this model', () => {
  it('is replayed period by period, then imported as a copy « … (2) » with the model it was checked with', async () => {
    const { db, engine, session, text, data } = await played();
    const model = await engine.modelFingerprint();
    expect(data().modelFingerprint).toBe(model);
    expect((await getRun(fdb!, session.runId!)).modelFingerprint).toBe(model);
    const progress: number[][] = [];
    const imported = await db.library.importRun!(asFile(text), { onProgress: (tick, total) => progress.push([tick, total]) });
    expect(progress).toEqual([
      [0, 3],
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
    expect(imported).toMatchObject({ name: 'Boulangerie (11) (2)', copy: true });
    expect((await getRun(fdb!, imported.id)).modelFingerprint).toBe(model);
    expect(translate('fr', 'db.importedAsCopy', { name: imported.name })).toBe(
      frenchText`Cette partie était déjà dans ce navigateur : le fichier est importé comme une copie, « Boulangerie (11) (2) ».`,
    );
  });

  it('is refused, nothing stored, when its seed, scenario, figures or customers were changed', async () => {
    const { db, data } = await played();
    const before = (await db.library.list()).length;
    const seed = data();
    seed.seed += 1;
    const swapped = data();
    swapped.scenario = smallScenario(other, 300);
    swapped.run.scenarioId = other.id;
    const figure = data();
    figure.kpis[1].turnover += 100;
    const customer = data();
    customer.customers[5].spendTotal += 50;
    const hash = data();
    hash.stateHash = 'ffffffffffffffff';
    const cases: [RunFileJson, number][] = [
      [seed, 1],
      [swapped, 1],
      [figure, 2],
      [customer, 3],
      [hash, 3],
    ];
    for (const [file, period] of cases) {
      const refusal = db.library.importRun!(asFile(file));
      await expect(refusal).rejects.toMatchObject({ code: 'importTampered', params: { period } });
      const notice = noticeOfError(await refusal.catch((e: unknown) => e));
      expect(translate('fr', notice.key, notice.params)).toMatch(/^Import refusé, ce fichier a été modifié\u00a0: .* ne correspondent pas au rejeu .*Rien n’a été importé/);
    }
    expect((await db.library.list()).length).toBe(before);
  });

  it('exported before the KPIs held stage flows is still replayed and imported; its periods load without flows, the next ones have them', async () => {
    const { db, engine, data } = await played();
    const old = data();
    expect(old.kpis.every((k) => Array.isArray(k.stageFlows) && k.stageFlows.length > 0)).toBe(true);
    for (const k of old.kpis) delete k.stageFlows;
    const imported = await db.library.importRun!(asFile(old));
    expect(imported).toMatchObject({ copy: true });
    expect((await loadRun(fdb!, imported.id)).kpis.map((k) => k.stageFlows)).toEqual([undefined, undefined, undefined]);
    const session = new GameSession({ engine, store: db.store, notices: new Notices() });
    await session.resume(imported.id);
    await session.advance(1);
    const kpis = (await loadRun(fdb!, imported.id)).kpis;
    expect(kpis).toHaveLength(4);
    expect(kpis[3].stageFlows?.length).toBeGreaterThan(0);
    // flows that are there must be the replay's
    const changed = data();
    changed.kpis[1].stageFlows![0].count += 1;
    await expect(db.library.importRun!(asFile(changed))).rejects.toMatchObject({ code: 'importTampered', params: { period: 2 } });
  });

  it('exported before the KPIs held the customers turned away by complaints is still replayed and imported; a changed count is refused', async () => {
    const { db, data } = await played();
    const old = data();
    expect(old.kpis.every((k) => typeof k.deterredByComplaints === 'number')).toBe(true);
    for (const k of old.kpis) {
      delete k.deterredByComplaints;
      delete k.stageFlows;
    }
    const imported = await db.library.importRun!(asFile(old));
    expect(imported).toMatchObject({ copy: true });
    expect((await loadRun(fdb!, imported.id)).kpis.map((k) => k.deterredByComplaints)).toEqual([undefined, undefined, undefined]);
    const changed = data();
    changed.kpis[1].deterredByComplaints! += 1;
    await expect(db.library.importRun!(asFile(changed))).rejects.toMatchObject({ code: 'importTampered', params: { period: 2 } });
  });
});

describe('a run file of this model, campaign recruits per channel (KPIs campaignRecruits)', () => {
  it('exported before the KPIs held them is still replayed and imported; recruits that the replay did not make are refused', async () => {
    const { db, data } = await played();
    const old = data();
    expect(old.kpis.every((k) => k.campaignRecruits !== undefined && Object.keys(k.campaignRecruits).length === 0)).toBe(true);
    for (const k of old.kpis) delete k.campaignRecruits;
    const imported = await db.library.importRun!(asFile(old));
    expect(imported).toMatchObject({ copy: true });
    expect((await loadRun(fdb!, imported.id)).kpis.map((k) => k.campaignRecruits)).toEqual([undefined, undefined, undefined]);
    const changed = data();
    changed.kpis[1].campaignRecruits = { flyers: { recruited: 3, stillCustomers: 3, margin: 12 } };
    await expect(db.library.importRun!(asFile(changed))).rejects.toMatchObject({ code: 'importTampered', params: { period: 2 } });
  });
});

describe('a run file of another or an unknown model', () => {
  it('is imported unchecked, keeping its model, and recalculated when resumed', async () => {
    const { db, engine, data } = await played();
    const older = data();
    older.modelFingerprint = 'ancien-modele';
    older.seed += 1; // what another model's figures look like from here: not the replay's
    const imported = await db.library.importRun!(asFile(older));
    expect((await getRun(fdb!, imported.id)).modelFingerprint).toBe('ancien-modele');
    const notices = new Notices();
    const session = new GameSession({ engine, store: db.store, notices });
    await session.resume(imported.id);
    expect(notices.list.map((n) => n.key)).toContain('db.recalculated');
    // the rewritten history is this model's
    expect((await getRun(fdb!, imported.id)).modelFingerprint).toBe(await engine.modelFingerprint());

    const legacy = data();
    delete legacy.modelFingerprint;
    legacy.seed += 2;
    expect(await checkRunFile(engine, parseRunFile(JSON.stringify(legacy)))).toEqual({ status: 'otherModel' });
    await expect(db.library.importRun!(asFile(legacy))).resolves.toMatchObject({ copy: true });
  });

  it('is still refused when its scenario is not its run’s (another shop swapped in), whatever model it names', async () => {
    const { db, data } = await played();
    const before = (await db.library.list()).length;
    const kept = data();
    delete kept.modelFingerprint;
    kept.scenario = smallScenario(other, 300); // the run still says it is the bakery
    const renamed = data();
    renamed.modelFingerprint = 'ancien-modele';
    renamed.scenario = smallScenario(other, 400); // the id follows, the customer base does not
    renamed.run.scenarioId = other.id;
    for (const file of [kept, renamed]) {
      const refusal = db.library.importRun!(asFile(file));
      await expect(refusal).rejects.toMatchObject({ code: 'importMismatch' });
      const notice = noticeOfError(await refusal.catch((e: unknown) => e));
      expect(translate('fr', notice.key, notice.params)).toMatch(/^Import refusé, ce fichier a été modifié\u00a0: son scénario n’est pas celui de la partie/);
    }
    expect((await db.library.list()).length).toBe(before);
  });
});

describe('a file that is not a whole JSON run', () => {
  it('cut in half: says it is incomplete, in French, without the browser’s English', async () => {
    const { db, text } = await played();
    const refusal = db.library.importRun!(asFile(text.slice(0, Math.floor(text.length / 2))));
    await expect(refusal).rejects.toMatchObject({ code: 'importTruncated' });
    const notice = noticeOfError(await refusal.catch((e: unknown) => e));
    const message = translate('fr', notice.key, notice.params);
    expect(message).toMatch(/^Ce fichier de partie est incomplet/);
    expect(message).not.toMatch(/Unterminated|position/);
  });
});

describe('a full disk', () => {
  function fillDiskAfter(puts: number) {
    const put = FakeObjectStore.prototype.put;
    const add = FakeObjectStore.prototype.add;
    let calls = 0;
    const full = function <T extends (...a: never[]) => unknown>(original: T) {
      return function (this: unknown, ...args: Parameters<T>) {
        calls += 1;
        if (calls > puts) throw new DOMException('full', 'QuotaExceededError');
        return original.apply(this, args);
      };
    };
    vi.spyOn(FakeObjectStore.prototype, 'put').mockImplementation(full(put) as typeof put);
    vi.spyOn(FakeObjectStore.prototype, 'add').mockImplementation(full(add) as typeof add);
  }

  it('during an import says the import failed (nothing imported), not that a period was lost', async () => {
    const { db, text } = await played();
    const before = (await db.library.list()).length;
    fillDiskAfter(0);
    const refusal = db.library.importRun!(asFile(text));
    await expect(refusal).rejects.toMatchObject({ code: 'quotaExceeded' });
    const notice = noticeOfError(await refusal.catch((e: unknown) => e));
    expect(notice.key).toBe('db.quotaImport');
    expect(translate('fr', notice.key)).toMatch(/^Impossible d’importer\u00a0: l’espace de stockage du navigateur est plein/);
    vi.restoreAllMocks();
    expect((await db.library.list()).length).toBe(before);
  });

  it('when a new game starts says the game could not start; while playing, the period message stays', async () => {
    fdb = await openMemoryDb({ persist: false });
    const engine = new EngineClient(inProcessEngineTransport());
    const db = dbServices(fdb, { engine: Promise.resolve(engine) });
    const notices = new Notices();
    const session = new GameSession({ engine, store: db.store, notices });
    fillDiskAfter(0);
    expect(await session.start(scenario, 3, 'pleine')).toBe(false);
    expect(notices.list.at(-1)?.key).toBe('db.quotaNewGame');
    expect(translate('fr', 'db.quotaNewGame')).toMatch(/^Impossible de commencer la partie\u00a0: l’espace de stockage du navigateur est plein/);
    vi.restoreAllMocks();
    expect(await session.start(scenario, 3, 'pleine')).toBe(true);
    fillDiskAfter(0);
    await session.advance(1);
    expect(notices.list.at(-1)?.key).toBe('db.quotaExceeded');
  });

  it('while choosing decisions says the decision was not saved, and lists only what a reload finds (QA qa18 F5)', async () => {
    fdb = await openMemoryDb({ persist: false });
    const engine = new EngineClient(inProcessEngineTransport());
    const db = dbServices(fdb, { engine: Promise.resolve(engine) });
    const notices = new Notices();
    const session = new GameSession({ engine, store: db.store, notices });
    expect(await session.start(scenario, 3, 'pleine')).toBe(true);
    const written = () => vi.waitFor(() => expect(session.saving).toBe(false), { timeout: 10_000 });
    expect(session.add({ type: 'enquete', instrument: 'questionnaire', sampleSize: 50 })).toBe(true);
    await written();
    fillDiskAfter(0);
    expect(session.add({ type: 'lienSocial', instrument: 'club', target: { segments: ['bon'] } })).toBe(true);
    await written();
    // not saved: not listed as pending, and the message is about the decision, not a period
    expect(session.pending.map((a) => a.type)).toEqual(['enquete']);
    expect(notices.list.at(-1)).toMatchObject({ level: 'error', key: 'db.quotaDecision', reveal: true });
    // « Retirer » not saved either: the decision is listed again, as a reload would show it
    expect(session.remove(0)).toEqual([]);
    await written();
    expect(session.pending.map((a) => a.type)).toEqual(['enquete']);
    // and said as a removal not saved, with nothing lost, not as « votre décision n’a pas pu être enregistrée »
    expect(notices.list.at(-1)).toMatchObject({ level: 'error', key: 'db.quotaRemoval', reveal: true });
    expect(translate('fr', 'db.quotaRemoval')).toMatch(/^Le retrait n’a pas pu être enregistré\u00a0: l’espace de stockage du navigateur est plein\. Rien n’est perdu/);
    expect(translate('en', 'db.quotaRemoval')).toMatch(/^The removal could not be saved: the browser’s storage is full\. Nothing is lost/);
    vi.restoreAllMocks();
    expect((await db.store.loadRun(session.runId!)).pending).toEqual(session.pending);
    // room again: the next decision is saved and listed
    expect(session.add({ type: 'lienSocial', instrument: 'club', target: { segments: ['bon'] } })).toBe(true);
    await written();
    expect(session.pending.map((a) => a.type)).toEqual(['enquete', 'lienSocial']);
    expect((await db.store.loadRun(session.runId!)).pending).toEqual(session.pending);
  });
});
