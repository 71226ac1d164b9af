/**
 * The class view survives a reload: files, their verification and the teacher's teams come back
 * from IndexedDB (fake-indexeddb here, Chromium's in test/e2e/classKeep.e2e.ts) without replaying;
 * an outcome from another app version is verified again; clear and remove reach the storage; an
 * unusable or full storage keeps the view working, with a message; several classes kept apart.
 */
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as engine from '../../../src/engine/index.ts';
import type { DecisionsLog } from '../../../src/engine/decisions.ts';
import { dbClassStore, type ClassStore } from '../../../src/app/classStore.ts';
import type { AppStorage } from '../../../src/app/services.ts';
import { listClass } from '../../../src/db/classRepository.ts';
import { DbError } from '../../../src/db/errors.ts';
import { openFidelisDb, type FidelisDb } from '../../../src/db/openDatabase.ts';
import { acquireRunLock, type GuardEnvironment } from '../../../src/db/tabGuard.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { APP_VERSION, GRADING_RULES } from '../../../src/results/appVersion.ts';
import { buildResultFile, exportResultFile } from '../../../src/results/buildResultFile.ts';
import { engineReplayer, type Replayer } from '../../../src/results/replay.ts';
import ClassScreen from '../../../src/ui/class/ClassScreen.svelte';
import { fixtureScenario } from '../../fixtures/scenario.ts';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';

const scenario = fixtureScenario();
const guarded = (environment: GuardEnvironment) => (name: string) => acquireRunLock(name, environment);
const noGuard = guarded({ locks: null, BroadcastChannel: null });

function resultText(learner: string, decisions: DecisionsLog): string {
  const { state, reports } = engine.runSimulation(scenario, { seed: 3, ticks: 8, decisions });
  return exportResultFile(
    buildResultFile({ learner, scenario, seed: 3, mode: 'committed', decisions, kpis: reports.map((r) => r.kpis), stateHash: engine.hashState(state), appVersion: '0.1.0' }),
  ).text;
}

let files: File[];
beforeAll(() => {
  const json = (name: string, text: string) => new File([text], name, { type: 'application/json' });
  files = [
    json('anna.json', resultText('Anna', [{ tick: 0, actions: [{ type: 'lienSocial', instrument: 'club', target: {} }] }])),
    json('bruno.json', resultText('Bruno', [])),
    json('photo.json', '\u0089PNG pas du JSON'),
  ];
});

let fdb: FidelisDb | null = null;
afterEach(async () => {
  localStorage.clear();
  await setLocale('fr');
  fdb?.close();
  fdb = null;
});

/** The real replayer, counting replays (a reload must not replay a file verified by this version). */
function counting(): { replayer: Replayer; count: () => number } {
  const real = engineReplayer(engine);
  let n = 0;
  return { count: () => n, replayer: (request) => ((n += 1), real(request)) };
}

const storageOf = (classes: () => Promise<ClassStore>) => Promise.resolve({ classes } as unknown as AppStorage);

/** One visit of the class view on the given browser's database: what App.svelte passes. */
function visit(factory: IDBFactory) {
  const replays = counting();
  const opened = openFidelisDb({ factory, keyRange: IDBKeyRange, persist: false }).then((d) => (fdb = d));
  const view = render(ClassScreen, { replayer: replays.replayer, storage: storageOf(async () => dbClassStore(await opened, noGuard)) });
  return { ...view, replays };
}

/** Waits until the database holds `count` files, every one verified. */
async function savedVerified(count: number) {
  await waitFor(async () => {
    const saved = await listClass(fdb!);
    expect(saved.files.filter((f) => f.outcome !== null)).toHaveLength(count);
  });
}

function bodyRows(): HTMLElement[] {
  return within(screen.getByRole('table', { name: /Résultats de la classe/ }).querySelector('tbody')!).getAllByRole('row');
}

/** the unreadable files, listed under the table (QA qa14 C1) */
function unreadableFiles(): HTMLElement[] {
  return [...screen.getByRole('region', { name: 'Fichiers illisibles' }).querySelectorAll<HTMLElement>(':scope > ul > li')];
}

async function importAndTeam(factory: IDBFactory) {
  const user = userEvent.setup();
  const first = visit(factory);
  await screen.findByText(/La classe est enregistrée dans ce navigateur/, undefined, { timeout: 15_000 });
  await user.upload(screen.getByLabelText('Choisir des fichiers de résultat'), files);
  await screen.findByText('Vérification terminée : 2 confirmés, 0 réfuté, 1 invalide.', undefined, { timeout: 20_000 });
  await user.click(screen.getByRole('checkbox', { name: 'Anna (anna.json)' }));
  await user.click(screen.getByRole('checkbox', { name: 'Bruno (bruno.json)' }));
  await user.type(screen.getByRole('textbox', { name: 'Nom de l’équipe' }), 'Groupe B');
  await user.click(screen.getByRole('button', { name: 'Créer la vue équipe' }));
  await savedVerified(3);
  await waitFor(async () => expect((await listClass(fdb!)).teams.map((t) => t.name)).toEqual(['Groupe B']));
  expect(first.replays.count()).toBe(2);
  first.unmount();
  fdb!.close();
  return user;
}

describe('class view kept in the browser', () => {
  it('shows the files, their verification and the teacher’s team again after a reload, without replaying', async () => {
    const factory = new IDBFactory();
    await importAndTeam(factory);
    const again = visit(factory);
    await screen.findByText('3 fichiers retrouvés depuis votre dernière visite.');
    expect(screen.getByText('Vérification terminée : 2 confirmés, 0 réfuté, 1 invalide.')).toBeInTheDocument();
    const rows = bodyRows();
    expect(rows).toHaveLength(2);
    expect(within(rows.find((r) => /Anna/.test(r.textContent!))!).getByText('confirmé')).toBeInTheDocument();
    expect(unreadableFiles()).toHaveLength(1);
    expect(within(unreadableFiles()[0]).getByText('invalide')).toBeInTheDocument();
    expect(unreadableFiles()[0]).toHaveTextContent(/photo\.json/);
    const team = screen.getByRole('region', { name: 'Groupe B — 2 membres' });
    expect(within(team).getByText('Équipe formée par l’enseignant.')).toBeInTheDocument();
    expect(again.replays.count()).toBe(0);
  }, 60_000);

  it('verifies again a file whose outcome another app version or another engine model produced, and says so', async () => {
    const factory = new IDBFactory();
    await importAndTeam(factory);
    const old = await openFidelisDb({ factory, keyRange: IDBKeyRange, persist: false });
    const kept = (await listClass(old)).files;
    const anna = kept.find((f) => f.fileName === 'anna.json')!;
    const bruno = kept.find((f) => f.fileName === 'bruno.json')!;
    expect(anna.outcome).toMatchObject({ appVersion: APP_VERSION, model: engine.modelFingerprint() });
    await old.db.put('classFiles', { ...anna, outcome: { ...anna.outcome!, appVersion: `${APP_VERSION}-ancienne` } });
    // same app version, another model: a model change the version number does not show
    await old.db.put('classFiles', { ...bruno, outcome: { ...bruno.outcome!, model: '0123456789abcdef' } });
    old.close();
    const again = visit(factory);
    await screen.findByText('2 fichiers n’avaient pas été vérifiés par cette version de Fidélis : ils sont vérifiés à nouveau.');
    await screen.findByText('Vérification terminée : 2 confirmés, 0 réfuté, 1 invalide.', undefined, { timeout: 20_000 });
    expect(again.replays.count()).toBe(2);
    // the new outcomes are saved with this version and model
    await waitFor(async () =>
      expect((await listClass(fdb!)).files.filter((f) => f.outcome!.appVersion === APP_VERSION && f.outcome!.model === engine.modelFingerprint()).map((f) => f.fileName).sort()).toEqual([
        'anna.json',
        'bruno.json',
        'photo.json',
      ]),
    );
    expect(screen.getByRole('region', { name: 'Groupe B — 2 membres' })).toBeInTheDocument();
  }, 60_000);

  it('verifies again, once, a file whose outcome was kept before the grading rules were numbered (same version and model)', async () => {
    const factory = new IDBFactory();
    await importAndTeam(factory);
    const old = await openFidelisDb({ factory, keyRange: IDBKeyRange, persist: false });
    const anna = (await listClass(old)).files.find((f) => f.fileName === 'anna.json')!;
    expect(anna.outcome).toMatchObject({ appVersion: APP_VERSION, model: engine.modelFingerprint(), gradingRules: GRADING_RULES });
    // as an app before the number kept it: the grading may have changed since (review1 #2)
    const older = { ...anna.outcome! };
    delete older.gradingRules;
    await old.db.put('classFiles', { ...anna, outcome: older });
    old.close();
    const again = visit(factory);
    await screen.findByText('1 fichier n’avait pas été vérifié par cette version de Fidélis : il est vérifié à nouveau.');
    await screen.findByText('Vérification terminée : 2 confirmés, 0 réfuté, 1 invalide.', undefined, { timeout: 20_000 });
    expect(again.replays.count()).toBe(1);
    // saved with this number: the next visit shows it without replaying
    await waitFor(async () => expect((await listClass(fdb!)).files.find((f) => f.fileName === 'anna.json')!.outcome).toMatchObject({ gradingRules: GRADING_RULES }));
    again.unmount();
    fdb!.close();
    const third = visit(factory);
    await screen.findByText('3 fichiers retrouvés depuis votre dernière visite.');
    expect(third.replays.count()).toBe(0);
  }, 60_000);

  it('says a verification interrupted by a reload resumes, apart from the files of another version', async () => {
    const factory = new IDBFactory();
    await importAndTeam(factory);
    const old = await openFidelisDb({ factory, keyRange: IDBKeyRange, persist: false });
    const kept = (await listClass(old)).files;
    const anna = kept.find((f) => f.fileName === 'anna.json')!;
    const bruno = kept.find((f) => f.fileName === 'bruno.json')!;
    // the page was reloaded while Anna's file was being verified: no outcome kept yet
    await old.db.put('classFiles', { ...anna, outcome: null });
    await old.db.put('classFiles', { ...bruno, outcome: { ...bruno.outcome!, appVersion: `${APP_VERSION}-ancienne` } });
    old.close();
    visit(factory);
    await screen.findByText(
      '1 fichier n’avait pas fini d’être vérifié (vérification interrompue par le rechargement ou la fermeture de la page) : sa vérification reprend.',
    );
    expect(screen.getByText('1 fichier n’avait pas été vérifié par cette version de Fidélis : il est vérifié à nouveau.')).toBeInTheDocument();
    await screen.findByText('Vérification terminée : 2 confirmés, 0 réfuté, 1 invalide.', undefined, { timeout: 20_000 });
    await waitFor(() => expect(screen.queryByText(/n’avai(en)?t pas fini/)).toBeNull());
  }, 60_000);

  it('removes one file, and clears the class after confirmation, in the browser too', async () => {
    const factory = new IDBFactory();
    const user = await importAndTeam(factory);
    const second = visit(factory);
    await screen.findByText('3 fichiers retrouvés depuis votre dernière visite.');
    await user.click(screen.getByRole('button', { name: 'Retirer anna.json' }));
    expect(bodyRows()).toHaveLength(1);
    await waitFor(async () => expect((await listClass(fdb!)).files.map((f) => f.fileName).sort()).toEqual(['bruno.json', 'photo.json']));
    expect((await listClass(fdb!)).teams[0].fileIds).toHaveLength(1);
    second.unmount();
    fdb!.close();

    const third = visit(factory);
    await screen.findByText('2 fichiers retrouvés depuis votre dernière visite.');
    expect(screen.queryByText(/anna\.json/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Effacer la classe…' }));
    await user.click(within(screen.getByRole('alertdialog', { name: frenchText`Effacer la classe « Ma classe » ?` })).getByRole('button', { name: 'Effacer la classe' }));
    expect(screen.getByText('Aucun fichier importé pour l’instant.')).toBeInTheDocument();
    await waitFor(async () => expect(await listClass(fdb!)).toMatchObject({ files: [], teams: [], skipped: 0 }));
    third.unmount();
    fdb!.close();

    visit(factory);
    await screen.findByText(/La classe est enregistrée dans ce navigateur/, undefined, { timeout: 15_000 });
    expect(screen.getByText('Aucun fichier importé pour l’instant.')).toBeInTheDocument();
  }, 60_000);

  it('works in memory, and says it will not be kept, when the storage cannot be used', async () => {
    const user = userEvent.setup();
    render(ClassScreen, { replayer: engineReplayer(engine), storage: storageOf(() => Promise.reject(new DbError('unavailable'))) });
    await screen.findByText(/la vue classe fonctionne, mais elle ne sera pas conservée après la fermeture de l’onglet/);
    await user.upload(screen.getByLabelText('Choisir des fichiers de résultat'), files.slice(0, 1));
    await screen.findByText('Vérification terminée : 1 confirmé, 0 réfuté, 0 invalide.', undefined, { timeout: 20_000 });
    expect(bodyRows()).toHaveLength(1);
  }, 30_000);

  it('works while the storage is still opening (an old tab blocking the upgrade), then saves what was imported meanwhile', async () => {
    const user = userEvent.setup();
    const factory = new IDBFactory();
    let open!: () => void;
    const unblocked = new Promise<void>((resolve) => (open = resolve));
    const storage = storageOf(async () => {
      await unblocked;
      return dbClassStore(await openFidelisDb({ factory, keyRange: IDBKeyRange, persist: false }).then((d) => (fdb = d)), noGuard);
    });
    render(ClassScreen, { replayer: engineReplayer(engine), storage });
    expect(screen.getByText('Recherche de la classe enregistrée dans ce navigateur…')).toBeInTheDocument();
    await user.upload(screen.getByLabelText('Choisir des fichiers de résultat'), files.slice(0, 2));
    await screen.findByText('Vérification terminée : 2 confirmés, 0 réfuté, 0 invalide.', undefined, { timeout: 20_000 });
    open();
    await screen.findByText(/La classe est enregistrée dans ce navigateur/, undefined, { timeout: 15_000 });
    await savedVerified(2);
    expect(bodyRows()).toHaveLength(2);
  }, 30_000);

  it('keeps the view intact and says so when the disk is full, then saves on retry', async () => {
    const user = userEvent.setup();
    const factory = new IDBFactory();
    const opened = openFidelisDb({ factory, keyRange: IDBKeyRange, persist: false }).then((d) => (fdb = d));
    let full = true;
    const storage = storageOf(async () => {
      const real = await dbClassStore(await opened, noGuard);
      const quota = () => Promise.reject(new DbError('quotaExceeded'));
      return {
        ...real,
        putFiles: (g, f) => (full ? quota() : real.putFiles(g, f)),
        putTeam: (g, t) => (full ? quota() : real.putTeam(g, t)),
        replace: (g, f, t) => (full ? quota() : real.replace(g, f, t)),
      };
    });
    render(ClassScreen, { replayer: engineReplayer(engine), storage });
    await screen.findByText(/La classe est enregistrée dans ce navigateur/, undefined, { timeout: 15_000 });
    await user.upload(screen.getByLabelText('Choisir des fichiers de résultat'), files);
    await screen.findByText('Vérification terminée : 2 confirmés, 0 réfuté, 1 invalide.', undefined, { timeout: 20_000 });
    const alert = await screen.findByText(/L’espace de stockage du navigateur est plein : les derniers changements de la classe ne sont pas enregistrés/);
    expect(alert).toBeInTheDocument();
    expect(bodyRows()).toHaveLength(2);
    expect(unreadableFiles()).toHaveLength(1);
    expect(await listClass(fdb!)).toMatchObject({ files: [], teams: [], skipped: 0 });
    full = false;
    await user.click(screen.getByRole('button', { name: 'Réessayer l’enregistrement' }));
    await savedVerified(3);
    expect(screen.queryByText(/L’espace de stockage du navigateur est plein/)).toBeNull();
  }, 30_000);

  it('in a second tab, shows the saved class read-only and writes nothing', async () => {
    const factory = new IDBFactory();
    const user = await importAndTeam(factory);
    const held = { locks: { request: (_name: string, _options: unknown, grant: (lock: null) => Promise<void>) => grant(null) } as unknown as LockManager };
    const opened = openFidelisDb({ factory, keyRange: IDBKeyRange, persist: false }).then((d) => (fdb = d));
    render(ClassScreen, { replayer: engineReplayer(engine), storage: storageOf(async () => dbClassStore(await opened, guarded(held))) });
    await screen.findByText(/La vue classe est déjà ouverte dans un autre onglet/);
    expect(bodyRows()).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Retirer bruno.json' }));
    expect(bodyRows()).toHaveLength(1);
    expect((await listClass(fdb!)).files).toHaveLength(3);
  }, 60_000);

  it('keeps several classes: a new class named in the form, each class its own files, statuses and teams, the last one opened again after a reload', async () => {
    const factory = new IDBFactory();
    await importAndTeam(factory);
    const user = userEvent.setup();
    const second = visit(factory);
    await screen.findByText('3 fichiers retrouvés depuis votre dernière visite.');
    const picker = () => screen.getByRole('combobox', { name: 'Classe' });
    expect((picker() as HTMLSelectElement).selectedOptions[0].textContent).toBe('Ma classe');
    const form = screen.getByRole('form', { name: 'Nouvelle classe' });
    const name = within(form).getByRole('textbox', { name: 'Nom de la nouvelle classe' });
    // refused: empty, then the default class's name, each said in French
    await user.click(within(form).getByRole('button', { name: 'Créer la classe' }));
    expect(screen.getByText('Donnez un nom à la nouvelle classe.')).toBeInTheDocument();
    await user.type(name, 'ma classe{Enter}');
    expect(screen.getByText(/La classe « ma classe » existe déjà/)).toBeInTheDocument();
    expect(name).toHaveAttribute('aria-invalid', 'true');
    await user.clear(name);
    await user.type(name, 'NDRC 2{Enter}');
    await waitFor(() => expect((picker() as HTMLSelectElement).value).toBe('NDRC 2'));
    expect(await screen.findByText('Aucun fichier importé pour l’instant.')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /Groupe B/ })).toBeNull();
    await user.upload(screen.getByLabelText('Choisir des fichiers de résultat'), files.slice(1, 2));
    await screen.findByText('Vérification terminée : 1 confirmé, 0 réfuté, 0 invalide.', undefined, { timeout: 20_000 });
    await waitFor(async () => expect((await listClass(fdb!, 'NDRC 2')).files.map((f) => f.outcome?.status)).toEqual(['confirmed']));
    // a name already taken, whatever its case
    await user.type(name, 'ndrc 2{Enter}');
    expect(screen.getByText(/La classe « ndrc 2 » existe déjà/)).toBeInTheDocument();
    second.unmount();
    fdb!.close();

    // reload: the class shown last comes back, the default class is one choice away, nothing replayed
    const third = visit(factory);
    await screen.findByText('1 fichier retrouvé depuis votre dernière visite.');
    expect((picker() as HTMLSelectElement).value).toBe('NDRC 2');
    expect(bodyRows()).toHaveLength(1);
    expect(within(bodyRows()[0]).getByText('confirmé')).toBeInTheDocument();
    // its CSV export is named after it
    const downloads: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation(() => 'blob:csv');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    });
    await user.click(screen.getByRole('button', { name: 'Exporter en CSV' }));
    expect(downloads).toEqual(['fidelis-classe-NDRC-2.csv']);
    vi.restoreAllMocks();
    await user.selectOptions(picker(), 'Ma classe');
    await screen.findByText('Vérification terminée : 2 confirmés, 0 réfuté, 1 invalide.');
    expect(bodyRows()).toHaveLength(2);
    expect(screen.getByRole('region', { name: 'Groupe B — 2 membres' })).toBeInTheDocument();
    expect(third.replays.count()).toBe(0);

    // clearing the default class names it and leaves « NDRC 2 »
    await user.click(screen.getByRole('button', { name: 'Effacer la classe…' }));
    const dialog = screen.getByRole('alertdialog', { name: frenchText`Effacer la classe « Ma classe » ?` });
    expect(dialog.textContent).toMatch(/Vos autres classes ne sont pas touchées/);
    expect(dialog.textContent).toMatch(/«\u00a0Ma classe\u00a0» reste dans la liste «\u00a0Classe\u00a0», vide\./);
    await user.click(within(dialog).getByRole('button', { name: 'Effacer la classe' }));
    await waitFor(async () => expect((await listClass(fdb!)).files).toEqual([]));
    expect((await listClass(fdb!, 'NDRC 2')).files).toHaveLength(1);
    await user.selectOptions(picker(), 'NDRC 2');
    await waitFor(() => expect(bodyRows()).toHaveLength(1));
  }, 90_000);

  it('keeps a class created empty in the selector across a reload, until it is cleared from its empty page', async () => {
    const user = userEvent.setup();
    const factory = new IDBFactory();
    const picker = () => screen.getByRole('combobox', { name: 'Classe' }) as HTMLSelectElement;
    const options = () => [...picker().options].map((o) => o.textContent);
    const first = visit(factory);
    await screen.findByText(/La classe est enregistrée dans ce navigateur/, undefined, { timeout: 15_000 });
    expect(screen.getByText(/Une classe créée reste dans la liste, même vide, jusqu’à ce que vous l’effaciez/)).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Nom de la nouvelle classe' }), 'NDRC 2{Enter}');
    await waitFor(() => expect(picker().value).toBe('NDRC 2'));
    // another class shown last: the empty one comes back through what is stored, not as the last class
    await user.selectOptions(picker(), 'Ma classe');
    await waitFor(async () => expect((await listClass(fdb!)).classes).toEqual(['', 'NDRC 2']));
    first.unmount();
    fdb!.close();

    const second = visit(factory);
    await screen.findByText(/La classe est enregistrée dans ce navigateur/, undefined, { timeout: 15_000 });
    expect(picker().value).toBe('');
    expect(options()).toEqual(['Ma classe', 'NDRC 2']);
    // the default class, empty, has nothing to clear
    expect(screen.queryByRole('button', { name: 'Effacer la classe…' })).toBeNull();
    await user.selectOptions(picker(), 'NDRC 2');
    expect(await screen.findByText('Aucun fichier importé pour l’instant.')).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Effacer la classe…' }));
    const dialog = screen.getByRole('alertdialog', { name: frenchText`Effacer la classe « NDRC 2 » ?` });
    expect(dialog.textContent).toMatch(/La classe «\u00a0NDRC 2\u00a0» ne contient aucun fichier\u00a0: elle sera retirée de la liste «\u00a0Classe\u00a0» de ce navigateur\./);
    await user.click(within(dialog).getByRole('button', { name: 'Effacer la classe' }));
    await waitFor(() => expect(options()).toEqual(['Ma classe']));
    expect(picker().value).toBe('');
    await waitFor(async () => expect((await listClass(fdb!)).classes).toEqual(['']));
    second.unmount();
    fdb!.close();

    visit(factory);
    await screen.findByText(/La classe est enregistrée dans ce navigateur/, undefined, { timeout: 15_000 });
    expect(options()).toEqual(['Ma classe']);
  }, 30_000);

  it('says so when a class cannot be read, naming it, and the view keeps saving', async () => {
    const user = userEvent.setup();
    const opened = openFidelisDb({ factory: new IDBFactory(), keyRange: IDBKeyRange, persist: false }).then((d) => (fdb = d));
    const storage = storageOf(async () => {
      const real = await dbClassStore(await opened, noGuard);
      return { ...real, load: (group: string) => (group === 'BTS 1' ? Promise.reject(new DbError('readFailed', { detail: 'disque' })) : real.load(group)) };
    });
    render(ClassScreen, { replayer: engineReplayer(engine), storage });
    await screen.findByText(/La classe est enregistrée dans ce navigateur/, undefined, { timeout: 15_000 });
    await user.type(screen.getByRole('textbox', { name: 'Nom de la nouvelle classe' }), 'BTS 1{Enter}');
    expect(await screen.findByText('La classe « BTS 1 » n’a pas pu être lue : ses fichiers enregistrés ne sont pas affichés. Rechargez la page pour réessayer. Détail : disque')).toBeInTheDocument();
    expect(screen.queryByText(/sans enregistrer/)).toBeNull();
  }, 30_000);
});
