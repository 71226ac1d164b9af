/**
 * The class view's controller: the imported files, their verification (a few at a time when the
 * replayer has several workers, with progress, so the page stays responsive), the comparison
 * rows derived from them, the teams the teacher forms, and keeping all of it in the browser's
 * storage (`attach`): each change is saved as it happens, and the next visit shows the class
 * again without replaying it, unless an outcome comes from another app version or engine model
 * (modelFingerprint(), computed once on the page: then that file is verified again), or its texts
 * are in another language than the app's now (then too: they are kept rendered, see
 * storedVerification.ts; `relocalize` does the same while the view is open and the teacher switches
 * language). Storage problems never lose what is on screen: the view keeps working in
 * memory and says what is not saved.
 *
 * Several classes (groups, « MCO 1 », « NDRC 2 »): the view shows one, `current` (the one shown
 * last, remembered by lastClass.ts), and `switchTo` shows another as it was kept, outcomes
 * included (nothing verified again that was verified by this engine). A file still being verified
 * when the teacher switches is saved into its own class once verified.
 */
import type { ClassFileRecord, ClassStore, StoredClass } from '../../app/classStore.ts';
import { DEFAULT_CLASS, normalizeClassName, sortClassNames } from '../../db/classRecords.ts';
import { compareClass, MAX_CLASS_FILES, type ClassEntry, type ClassRow } from '../../results/classComparison.ts';
import { APP_VERSION, GRADING_RULES } from '../../results/appVersion.ts';
import { MAX_RESULT_FILE_CHARS, RESULT_TEXTS, RUN_FILE_FORMAT, fill, tooBig } from '../../results/readResultFile.ts';
import { RESULT_FORMAT } from '../../results/resultMode.ts';
import { withoutBom } from '../../import/textCheck.ts';
import type { Replayer } from '../../results/replay.ts';
import type { MissionPath } from '../../missions/schema.ts';
import { inLocale, keepOutcome, unreadVerification, type Verifier } from '../../results/storedVerification.ts';
import { verifyResult, type Verification } from '../../results/verifyResult.ts';
import type { Locale } from '../../i18n/translate.ts';
import { KeptFiles, newKey, type Kept, nowIso, problemOf, restoreClass, shownKeys, splitDuplicates, alsoInOtherClasses, teamRecord, type ImportedFile, type SaveProblem } from './classKeeping.ts';
import { checkNewClassName, type ClassNameProblem } from './classNames.ts';
import { lastClass, type LastClass } from './lastClass.ts';
import { TeacherTeams, type TeacherTeam } from './teacherTeams.svelte.ts';

export type { ClassNameProblem, ImportedFile, SaveProblem };

/** The fingerprint of the engine this build ships (the same engine replays in the workers); loads the engine on the page once. */
async function engineModel(): Promise<string> {
  return (await import('../../engine/index.ts')).modelFingerprint();
}

/**
 * The language each class's « N fichiers retrouvés » notice was last read in, during this page's
 * life: a class found again in another language than the one its notice was read in is not
 * announced again, so the notice shows once a visit. (It was added when the shell mounted the screen
 * again on a language switch; LazyScreen no longer does, the rule stays for a screen reopened in the
 * other language.) A reload starts afresh.
 */
// eslint-disable-next-line svelte/prefer-svelte-reactivity -- not state: read once when a class is restored, never rendered
const restoredNoticeIn = new Map<string, Locale>();

/** What the controller needs of a File (a real File in the browser, a stand-in in tests). */
export interface ResultSource {
  name: string;
  size: number;
  text(): Promise<string>;
}

/**
 * Where the class is kept: `none` (no storage given), `opening`, `kept` (saved as it changes),
 * `notKept` (no usable storage: in memory only), `otherTab` (another tab saves the class view).
 */
/** The text of a ZIP archive (its local file header's signature « PK\x03\x04 », or an empty archive's « PK\x05\x06 »), as File.text() reads it. */
export function isZipArchive(text: string): boolean {
  return text.startsWith('PK\u0003\u0004') || text.startsWith('PK\u0005\u0006');
}

/** Office documents and OpenDocument files: ZIP archives that hold no result file (Word, Excel, PowerPoint, LibreOffice…). */
const DOCUMENT_EXTENSIONS = /\.(docx|docm|dotx|xlsx|xlsm|pptx|odt|ods|odp|odg|pages|numbers|key)$/i;

/**
 * A ZIP archive that is a document, not a folder of files to unzip: by its name's extension, or by the
 * entry such a document has first ([Content_Types].xml for Office's, mimetype for OpenDocument's).
 */
export function isZippedDocument(name: string, text: string): boolean {
  if (DOCUMENT_EXTENSIONS.test(name)) return true;
  // the first local file header: its name starts 30 bytes in (read as text, the bytes before are one character each or a replacement)
  const start = text.slice(0, 200);
  return start.includes('[Content_Types].xml') || start.includes('mimetypeapplication/vnd.');
}

/**
 * Not a result file at all: neither named as one (.json) nor one by its text (a JSON object: past a
 * byte order mark and spaces, « { »). The class view's own CSV, a document, a picture… are refused
 * before the table. A file named .json but damaged, or one that starts as JSON (another kind of
 * Fidélis file, a result file renamed), is kept and verified: its row says what is wrong (unless
 * its JSON is no result file at all: notAResultJson).
 */
export function notAResultFile(name: string, text: string): boolean {
  return !/\.json$/i.test(name.trim()) && !withoutBom(text).trimStart().startsWith('{');
}

/** Fields only a result file has (a scenario has none of them): two of them make a file whose `format` went missing a damaged result file. */
const RESULT_FIELDS = ['formatVersion', 'appVersion', 'learner', 'stateHash', 'decisions', 'summary', 'modelFingerprint'];

/**
 * A JSON text that is no result file at all, refused before the table as a picture is (QA qa11 F11: a
 * student's notes-cours.json stayed in the class as an invalid « (sans nom) » row to remove): a value
 * other than an object (`[1, 2]`, `"notes"`), or an object with no result file's `format` (none, or one
 * not Fidélis's: another app's export, a scenario) nor the fields only a result file has. Kept, its row
 * saying what is wrong and what to ask the learner: text that does not read as JSON (a result file cut
 * short, empty, damaged, a binary renamed .json), a result file of any version or content (refuted,
 * another model, hostile), a result file that lost its `format`, a Fidélis run file handed in instead.
 */
export function notAResultJson(text: string): boolean {
  const start = withoutBom(text);
  // a result file as the app writes it opens with its format: no need to parse it twice
  if (/^\s*\{\s*"format"\s*:\s*"fidelis-result"/.test(start.slice(0, 200))) return false;
  let value: unknown;
  try {
    value = JSON.parse(start);
  } catch {
    return false;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return true;
  const format = (value as { format?: unknown }).format;
  if (format === RESULT_FORMAT || format === RUN_FILE_FORMAT) return false;
  return RESULT_FIELDS.filter((field) => Object.hasOwn(value, field)).length < 2;
}

/** A file taken out of the class, with what bringing it back needs. */
export interface RemovedFile {
  file: ImportedFile;
  /** its place among the files */
  at: number;
  kept: Kept;
  /** its teams as they were */
  teams: TeacherTeam[];
}

export type KeepState = 'none' | 'opening' | 'kept' | 'notKept' | 'otherTab';

export class ClassImport {
  files = $state.raw<ImportedFile[]>([]);
  /** how many files the last import offered beyond the limit, 0 if none */
  refusedCount = $state(0);
  offeredCount = $state(0);
  busy = $state(false);
  /** the teams the teacher formed (saved with the class) */
  teams: TeacherTeams;
  keep = $state<KeepState>('none');
  /** the last write failed (sticky until a save succeeds again: what is shown is not all saved) */
  saveProblem = $state.raw<SaveProblem | null>(null);
  /** the saved class could not be read */
  loadProblem = $state.raw<SaveProblem | null>(null);
  /**
   * the class shown could not be read although the storage works: importing into it or clearing it
   * would act on a class the teacher cannot see (a clear would delete its stored files), so both wait for a reload
   */
  unreadable = $derived(this.loadProblem !== null && this.keep !== 'notKept');
  /** files found again from an earlier visit, of which `reverifying` are verified again (another app version or engine model) */
  restored = $state(0);
  reverifying = $state(0);
  /** files found again whose verification the page's reload (or closing) interrupted: it resumes */
  resuming = $state(0);
  /**
   * files of the last import left out because the class holds the very same file already (same
   * content, whatever its name; or twice in that import): their name, and the name of the one kept
   */
  /** files left out of the last import: the same content as a file of the class, or (`withinImport`) as another file of that import */
  duplicates = $state.raw<{ fileName: string; sameAs: string; withinImport: boolean }[]>([]);
  /**
   * files of the last import (kept: not a copy within this class) whose very content another class
   * of this browser holds already: a teacher who picked the wrong folder notices (QA qa16 F7)
   */
  elsewhere = $state.raw<{ fileName: string; className: string }[]>([]);
  /** the names of the ZIP archives the last imports offered (not kept: their files are to be imported unzipped) */
  archives = $state.raw<string[]>([]);
  /** the names of the files of the last imports that are no result file (a CSV, a document: not kept) */
  notResults = $state.raw<string[]>([]);
  /** the file removed last, which `undoRemove` brings back (null: none, or the class changed since) */
  removed = $state.raw<RemovedFile | null>(null);
  /** files verified again only to show their texts in the app's language now (after a language switch) */
  relocalizing = $state(0);
  /** stored records too damaged to show */
  skipped = $state(0);
  /** the class shown (DEFAULT_CLASS: the one whose records name none) */
  current = $state(DEFAULT_CLASS);
  /** the classes the teacher can open: DEFAULT_CLASS first, the stored ones, and the current one even while empty */
  classes = $state.raw<string[]>([DEFAULT_CLASS]);
  /** another class can be opened (a storage to read it from is attached) */
  switchable = $state(false);
  /** a class is being read after a switch */
  switching = $state(false);

  /**
   * the shipped missions' rules (ClassScreen loads them once a mission file is in the class): a mission
   * file's own mission is then checked on its replay (missionRows.ts); until then it is « déclarée (non vérifiable) »
   */
  missionPaths = $state.raw<readonly MissionPath[]>([]);
  verified = $derived(this.files.filter((f) => f.verification !== undefined).length);
  rows = $derived<ClassRow[]>(
    compareClass(
      this.files.flatMap((f): ClassEntry[] => (f.verification ? [{ id: f.id, fileName: f.fileName, verification: f.verification }] : [])),
      {
        missionOf: (shop, id) => this.missionPaths.find((p) => p.scenario === shop)?.missions.find((m) => m.id === id),
        pathOf: (shop) => this.missionPaths.find((p) => p.scenario === shop)?.missions,
      },
    ),
  );
  counts = $derived({
    confirmed: this.files.filter((f) => f.verification?.status === 'confirmed').length,
    refuted: this.files.filter((f) => f.verification?.status === 'refuted').length,
    otherModel: this.files.filter((f) => f.verification?.status === 'otherModel').length,
    invalid: this.files.filter((f) => f.verification?.status === 'invalid').length,
  });

  #replay: Replayer;
  #locale: () => Locale;
  #nextId = 1;
  #queue: number[] = [];
  #running = 0;
  #concurrency: number;
  /** what is saved of each file besides what `files` shows */
  #kept = new KeptFiles();
  #store: ClassStore | null = null;
  #writes: Promise<void> = Promise.resolve();
  #closed = false;
  #model: () => Promise<string>;
  #verifier: Promise<Verifier> | null = null;
  /** where classes are read from (also in a read-only second tab, where #store is null) */
  #reader: ClassStore | null = null;
  /** files being replayed now (their outcome is saved to their class even after a switch) */
  #verifying: number[] = [];
  /** the last switch asked (an older one that ends later shows nothing) */
  #switchTicket = 0;
  #lastClass: LastClass;
  /** the language the view was last shown in (a switch hides the « found again » notice) */
  #shownIn: Locale;

  /**
   * `concurrency`: files verified at the same time (the replayer's worker count); `model`: the
   * replaying engine's modelFingerprint(), kept with each outcome; `remembered`: the class shown last.
   */
  constructor(replay: Replayer, locale: () => Locale, concurrency = 1, model: () => Promise<string> = engineModel, remembered: LastClass = lastClass()) {
    this.#model = model;
    this.#lastClass = remembered;
    this.current = remembered.read();
    this.classes = sortClassNames([this.current]);
    this.#replay = replay;
    this.#locale = locale;
    this.#shownIn = locale();
    this.#concurrency = Math.max(1, concurrency);
    this.teams = new TeacherTeams({
      saved: (team) => {
        const record = teamRecord(team, this.files);
        const group = this.current;
        this.#write((store) => store.putTeam(group, record));
      },
      removed: (key) => this.#write((store) => store.removeTeam(key)),
    });
  }

  /** Who verifies here: the app version, the engine's model (null if it cannot be computed: then nothing kept is trusted) and the grading rules. */
  #who(): Promise<Verifier> {
    this.#verifier ??= this.#model().then(
      (model) => ({ appVersion: APP_VERSION, model, gradingRules: GRADING_RULES }),
      () => ({ appVersion: APP_VERSION, model: null, gradingRules: GRADING_RULES }),
    );
    return this.#verifier;
  }

  /**
   * Keeps the class in `opening`'s store (null: no storage): shows the saved class first, verifies
   * again what needs it, then saves whatever was imported while the storage was opening.
   */
  async attach(opening: Promise<ClassStore | null>): Promise<void> {
    this.keep = 'opening';
    let store: ClassStore | null;
    try {
      store = await opening;
    } catch {
      store = null;
    }
    if (this.#closed) {
      store?.release();
      return;
    }
    if (!store) {
      this.keep = 'notKept';
      return;
    }
    let saved: StoredClass;
    let verifier: Verifier;
    const group = this.current;
    try {
      [saved, verifier] = await Promise.all([store.load(group), this.#who()]);
    } catch (error) {
      this.loadProblem = problemOf(error);
      this.keep = 'notKept';
      store.release();
      return;
    }
    if (this.#closed) {
      store.release();
      return;
    }
    const newer = { files: this.files, teams: this.teams.list };
    this.#restore(saved, verifier);
    this.keep = store.inMemory ? 'notKept' : store.canWrite ? 'kept' : 'otherTab';
    this.#reader = store;
    this.switchable = true;
    if (store.canWrite) {
      this.#store = store;
      // files and teams of this visit, imported before the storage was open
      if (newer.files.length > 0) this.#saveFiles(newer.files);
      for (const team of newer.teams) {
        const record = teamRecord(team, this.files);
        this.#write((s) => s.putTeam(group, record));
      }
    }
    this.#startVerifying();
  }

  /** The screen closes: no more verifying or saving (unverified files are verified on the next visit). */
  close(): void {
    this.#closed = true;
    this.#queue = [];
    this.#reader = null;
    this.switchable = false;
    const store = this.#store;
    this.#store = null;
    if (store) void this.#writes.then(() => store.release());
  }

  /**
   * Shows class `name` as it was kept (files, outcomes, teams; files not verified by this engine
   * are verified again). The class shown before stays as it was saved; a file of it still being
   * verified is saved into it once verified.
   */
  async switchTo(name: string): Promise<void> {
    const group = normalizeClassName(name);
    const reader = this.#reader;
    if (!reader || group === this.current) return;
    const ticket = ++this.#switchTicket;
    this.#leave();
    this.current = group;
    this.classes = sortClassNames([...this.classes, group]);
    this.#lastClass.write(group);
    this.switching = true;
    try {
      // the class's own writes still queued (switching back quickly) land before it is read
      await this.#writes;
      const [saved, verifier] = await Promise.all([reader.load(group), this.#who()]);
      if (ticket !== this.#switchTicket || this.#closed) return;
      this.#restore(saved, verifier);
    } catch (error) {
      if (ticket !== this.#switchTicket || this.#closed) return;
      this.loadProblem = problemOf(error);
    } finally {
      if (ticket === this.#switchTicket) this.switching = false;
    }
    await this.#startVerifying();
  }

  /**
   * Adds a new, empty class and shows it, or says why the name is refused (`reserved`: what the
   * default class is shown as). The class is saved at once (its name record), so it stays in the
   * list across a reload, even empty, until it is cleared; where nothing is saved (no storage, a
   * second tab) it is listed until the tab closes.
   */
  createClass(name: string, reserved: readonly string[]): ClassNameProblem | null {
    const check = checkNewClassName(name, this.classes, reserved);
    if (check.problem) return check.problem;
    const group = check.name;
    this.classes = sortClassNames([...this.classes, group]);
    this.#write((store) => store.keepClass(group));
    void this.switchTo(group);
    return null;
  }

  /** Empties the view before another class is shown (nothing is written: the class stays as saved). */
  #leave(): void {
    this.#queue = [];
    this.#kept.retain(this.#verifying);
    this.files = [];
    this.teams.clear();
    this.refusedCount = 0;
    this.offeredCount = 0;
    this.duplicates = [];
    this.elsewhere = [];
    this.archives = [];
    this.notResults = [];
    this.removed = null;
    this.restored = 0;
    this.reverifying = 0;
    this.resuming = 0;
    this.relocalizing = 0;
    this.skipped = 0;
    this.loadProblem = null;
  }

  /** Saves the class exactly as shown (after a failed save, e.g. once space was freed), in one write: a failure keeps what was saved. */
  retrySave(): Promise<void> {
    this.saveProblem = null;
    const files = this.files.flatMap((f) => this.#kept.record(f) ?? []);
    const teams = this.teams.list.map((team) => teamRecord(team, this.files));
    const group = this.current;
    this.#write((store) => store.replace(group, files, teams));
    return this.#writes;
  }

  /** Resolves once every save asked so far is done (tests, and the screen before it reports). */
  saved(): Promise<void> {
    return this.#writes;
  }

  /**
   * Adds files (up to the class limit), saves them and verifies them in turn. A file whose content
   * the class holds already (imported again, under its name or another) is left out and listed in
   * `duplicates`: importing a class's folder a second time adds only what is new. A file that differs,
   * even from the same learner (a newer hand-in), is added.
   */
  async add(sources: readonly ResultSource[]): Promise<void> {
    if (this.unreadable) return;
    const room = Math.max(0, MAX_CLASS_FILES - this.files.length);
    this.offeredCount = sources.length;
    this.refusedCount = Math.max(0, sources.length - room);
    this.duplicates = [];
    this.elsewhere = [];
    this.archives = [];
    this.notResults = [];
    this.removed = null;
    const addedAt = nowIso();
    const group = this.current;
    const locale = this.#locale();
    const taken = sources.slice(0, room).map((source, order) => ({ id: this.#nextId++, key: newKey(), source, order }));
    this.files = [...this.files, ...taken.map(({ id, key, source }) => ({ id, key, fileName: source.name }))];
    const all = await Promise.all(taken.map(async ({ id, source, order }) => ({ id, order, ...(await this.#read(source, locale)) })));
    // files removed (or the class cleared) while they were read are not kept
    const read = this.#withoutDuplicates(this.#withoutArchives(all.filter((r) => this.files.some((f) => f.id === r.id))));
    const verifier = read.some((r) => r.invalid) ? await this.#who() : null;
    for (const { id, order, text, invalid } of read) {
      this.#kept.set(id, { text, addedAt, order, outcome: invalid && verifier ? keepOutcome(invalid, verifier, addedAt, locale) : null, group });
      if (!invalid) this.#queue.push(id);
    }
    const invalidOf = (id: number) => read.find((r) => r.id === id)?.invalid;
    if (read.some((r) => r.invalid)) this.files = this.files.map((f) => (invalidOf(f.id) ? { ...f, verification: invalidOf(f.id) } : f));
    this.#saveFiles(this.files.filter((f) => read.some((r) => r.id === f.id)));
    void this.#findElsewhere(read, group);
    await this.#startVerifying();
  }

  /** Lists in `elsewhere` the files of `read` (just added to class `group`) that another stored class holds too, the same content as splitDuplicates tells it. */
  async #findElsewhere(read: readonly { id: number; text: string | null }[], group: string): Promise<void> {
    const reader = this.#reader;
    if (!reader?.filesElsewhere || !read.some((r) => r.text !== null)) return;
    let others: ClassFileRecord[];
    try {
      others = await reader.filesElsewhere(group);
    } catch {
      // a note only: the import itself went well
      return;
    }
    const found = alsoInOtherClasses(read, this.files, others);
    if (found.length > 0 && group === this.current && !this.#closed) this.elsewhere = [...this.elsewhere, ...found];
  }

  /**
   * `read` without the files whose text the class holds already, or an earlier file of `read` does:
   * those leave the view (never kept nor saved) and are listed in `duplicates`.
   */
  #withoutDuplicates<R extends { id: number; text: string | null }>(read: R[]): R[] {
    const { fresh, duplicates } = splitDuplicates(read, this.files, this.#kept);
    if (duplicates.length === 0) return read;
    this.files = this.files.filter((f) => !duplicates.some((d) => d.id === f.id));
    this.duplicates = [...this.duplicates, ...duplicates.map(({ fileName, sameAs, withinImport }) => ({ fileName, sameAs, withinImport }))];
    return fresh;
  }

  /**
   * Takes a file out of the class (and of its teams), here and in storage. The last file removed can
   * be brought back (`undoRemove`) until another is removed or the class changes: one click on
   * « Retirer », a row away from « Voir le bilan », took a file out with no way back.
   */
  /** `read` without the ZIP archives and the files that are no result file: those leave the view (never kept nor saved) and are named in `archives` or `notResults`. */
  #withoutArchives<R extends { id: number; archive?: boolean; notResult?: boolean }>(read: R[]): R[] {
    const archives = read.filter((r) => r.archive);
    const others = read.filter((r) => r.notResult);
    if (archives.length === 0 && others.length === 0) return read;
    const names = (list: R[]) => list.flatMap((a) => this.files.find((f) => f.id === a.id)?.fileName ?? []);
    this.archives = [...this.archives, ...names(archives)];
    this.notResults = [...this.notResults, ...names(others)];
    this.files = this.files.filter((f) => !read.some((r) => (r.archive || r.notResult) && r.id === f.id));
    return read.filter((r) => !r.archive && !r.notResult);
  }

  remove(id: number): void {
    const file = this.files.find((f) => f.id === id);
    const kept = this.#kept.get(id);
    this.removed =
      file && kept
        ? { file, at: this.files.indexOf(file), kept, teams: this.teams.list.filter((t) => t.ids.includes(id)) }
        : null;
    this.files = this.files.filter((f) => f.id !== id);
    this.#queue = this.#queue.filter((q) => q !== id);
    this.#kept.delete(id);
    this.teams.dropFile(id);
    if (file) this.#write((store) => store.removeFile(file.key));
  }

  /** Brings the last removed file back where it was, with its verification, its teams and its record; one still to verify is verified. */
  undoRemove(): ImportedFile | null {
    const removed = this.removed;
    this.removed = null;
    if (!removed || this.#kept.has(removed.file.id) || removed.kept.group !== this.current) return null;
    const { file, at, kept } = removed;
    this.#kept.set(file.id, kept);
    this.files = [...this.files.slice(0, at), file, ...this.files.slice(at)];
    this.#saveFiles([file]);
    this.teams.bringBack(removed.teams);
    // not verified yet, and no replay of it under way (one under way ends and shows it, its file kept again)
    if (!file.verification && !this.#verifying.includes(file.id) && kept.text !== null) {
      this.#queue.push(file.id);
      void this.#startVerifying();
    }
    return file;
  }

  /**
   * The app's language changed: the files whose texts (differences, warnings, errors) are in another
   * language are verified again in this one, staying shown as they were until then (their status does
   * not change; an invalid file is found invalid again without a replay); a file with no text to show
   * (confirmed, no warning) is left as it is, and one that could not be read shows its recorded
   * reason in a sentence of this language. Nothing is done when every text is in it already. The
   * « N fichiers retrouvés » notice, read already, is not said again in the new language: it is
   * shown once a visit (a status region announces every change of its text).
   */
  relocalize(): void {
    const locale = this.#locale();
    if (locale !== this.#shownIn) this.restored = 0;
    this.#shownIn = locale;
    const again: number[] = [];
    let unread = false;
    const files = this.files.map((file) => {
      const kept = this.#kept.get(file.id);
      if (!file.verification || !kept?.outcome || inLocale(kept.outcome, locale)) return file;
      if (kept.text === null) {
        unread = true;
        return { ...file, verification: unreadVerification(kept.outcome, locale) };
      }
      if (!this.#queue.includes(file.id) && !this.#verifying.includes(file.id)) again.push(file.id);
      return file;
    });
    if (unread) this.files = files;
    if (again.length === 0) return;
    this.#queue.push(...again);
    this.relocalizing += again.length;
    void this.#startVerifying();
  }

  /**
   * Forgets the class shown (no other), here and in storage. A named class goes altogether: it leaves
   * the list and the view shows the default class; the default class stays, empty.
   */
  clear(): void {
    if (this.unreadable) return;
    for (const f of this.files) this.#kept.delete(f.id);
    this.files = [];
    this.#queue = [];
    this.teams.clear();
    this.refusedCount = 0;
    this.duplicates = [];
    this.elsewhere = [];
    this.archives = [];
    this.notResults = [];
    this.removed = null;
    this.restored = 0;
    this.reverifying = 0;
    this.resuming = 0;
    this.relocalizing = 0;
    this.skipped = 0;
    const group = this.current;
    this.#write((store) => store.clear(group));
    if (group === DEFAULT_CLASS) return;
    this.classes = this.classes.filter((name) => name !== group);
    if (this.#reader) void this.switchTo(DEFAULT_CLASS);
    else {
      this.current = DEFAULT_CLASS;
      this.#lastClass.write(DEFAULT_CLASS);
    }
  }

  #restore(saved: StoredClass, verifier: Verifier): void {
    const shown = shownKeys(this.files, this.teams.list);
    const { files, teams, again, relocalized, interrupted } = restoreClass(saved, this.#kept, () => this.#nextId++, verifier, this.#locale(), shown);
    this.files = [...files, ...this.files];
    this.teams.restore(teams);
    this.#queue.push(...again);
    const locale = this.#locale();
    const readIn = restoredNoticeIn.get(this.current);
    this.restored = readIn !== undefined && readIn !== locale ? 0 : files.length;
    if (files.length > 0) restoredNoticeIn.set(this.current, locale);
    this.reverifying = again.length - relocalized - interrupted;
    this.resuming = interrupted;
    this.relocalizing = relocalized;
    this.skipped = saved.skipped;
    this.classes = sortClassNames([...saved.classes, ...this.classes, this.current]);
  }

  /** Saves `files` into their own class (a file verified after a switch goes to the class it came from). */
  #saveFiles(files: readonly ImportedFile[]): void {
    for (const [group, records] of this.#kept.recordsByClass(files)) this.#write((store) => store.putFiles(group, records));
  }

  /** Queues a write after the previous ones (so a late save never brings back a removed file). */
  #write(action: (store: ClassStore) => Promise<void>): void {
    const store = this.#store;
    if (!store) return;
    this.#writes = this.#writes.then(() =>
      action(store).then(
        () => undefined,
        (error: unknown) => {
          this.saveProblem = problemOf(error);
        },
      ),
    );
  }

  async #startVerifying(): Promise<void> {
    const loops: Promise<void>[] = [];
    while (this.#running < this.#concurrency && this.#queue.length > 0) {
      this.#running += 1;
      loops.push(this.#drain());
    }
    this.busy = this.#running > 0;
    await Promise.all(loops);
  }

  /** Verifies queued files one after the other; several drains run side by side with a worker pool. */
  async #drain(): Promise<void> {
    try {
      for (let id = this.#queue.shift(); id !== undefined; id = this.#queue.shift()) {
        const kept = this.#kept.get(id);
        const file = this.files.find((f) => f.id === id);
        if (!kept || kept.text === null || !file) continue;
        this.#verifying = [...this.#verifying, id];
        const locale = this.#locale();
        let verification: Verification;
        let verifier: Verifier;
        try {
          [verification, verifier] = await Promise.all([verifyResult(kept.text, this.#replay, locale), this.#who()]);
        } finally {
          this.#verifying = this.#verifying.filter((v) => v !== id);
        }
        // removed meanwhile (or its class cleared): nothing to show or save
        if (this.#closed || !this.#kept.has(id)) continue;
        kept.outcome = keepOutcome(verification, verifier, nowIso(), locale);
        // the teacher switched language while it was replayed: shown now, verified again in the new one
        if (locale !== this.#locale() && !inLocale(kept.outcome, this.#locale())) this.#queue.push(id);
        this.files = this.files.map((f) => (f.id === id ? { ...f, verification } : f));
        this.#saveFiles([file]);
        // another class is shown now: the outcome is saved into its own, nothing more to keep here
        if (!this.files.some((f) => f.id === id)) this.#kept.delete(id);
        // Let the page paint the progress between two replays.
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    } finally {
      this.#running -= 1;
      if (this.#running === 0) {
        this.busy = false;
        this.reverifying = 0;
        this.resuming = 0;
        this.relocalizing = 0;
      }
    }
  }

  /** The file's text, or why it cannot be verified (too big, unreadable). */
  async #read(source: ResultSource, locale: Locale): Promise<{ text: string | null; invalid?: Verification; archive?: boolean; notResult?: boolean }> {
    const texts = RESULT_TEXTS[locale];
    // A character takes at most 4 bytes in UTF-8: far above the limit, do not even read it.
    if (source.size > MAX_RESULT_FILE_CHARS * 4)
      return { text: null, invalid: { status: 'invalid', errors: [tooBig(source.size, locale)] } };
    try {
      const text = await source.text();
      // a ZIP of the hand-ins (an ENT's « tout télécharger »): not a result file, the class view says what to do with it
      if (isZipArchive(text)) return isZippedDocument(source.name, text) ? { text: null, notResult: true } : { text: null, archive: true };
      // a CSV (the class view's own export), a picture…: no row in the table, the class view says what a result file is
      if (notAResultFile(source.name, text)) return { text: null, notResult: true };
      // longer than any result file: verifyResult says so, the text is not kept
      if (text.length > MAX_RESULT_FILE_CHARS) return { text: null, invalid: await verifyResult(text, this.#replay, locale) };
      // a JSON file that is no result file (a student's notes): left out as the picture is, not a row to remove
      if (notAResultJson(text)) return { text: null, notResult: true };
      return { text };
    } catch (error) {
      return { text: null, invalid: { status: 'invalid', errors: [fill(texts.invalid.readFailed, { detail: error instanceof Error ? error.message : String(error) })] } };
    }
  }
}
