/**
 * What the scenario editor's buttons do, apart from the form itself (ScenarioDraft): start from a
 * shipped or saved scenario, import a file's text, export, share as a link, save in the browser,
 * rename and delete saved ones, play a saved shop. A draft with errors (or with a shipped shop's id)
 * is saved as a draft, said so with its number of errors, and never offered for play; a valid one is
 * saved with its checked scenario and becomes a shop on the home page. Nothing is replaced or overwritten without a confirmation, and
 * every failure becomes a status line in the current language. The screen only wires the DOM
 * (file picker, downloads, the address bar) to it.
 */
import { t, tCount } from '../../i18n/locale.svelte.ts';
import { localized } from '../../app/localized.ts';
import type { Locale } from '../../i18n/translate.ts';
import { MAX_SCENARIO_FILE_BYTES, parseScenario } from '../../scenario/load.ts';
import { formatNumber } from '../../app/format.ts';
import { decodeText } from '../../import/decodeText.ts';
import { MAX_LINK_CHARS, scenarioLink } from '../../scenario/link.ts';
import { deleteSaved, findSaved, listSaved, renameSaved, saveScenario, type SavedScenario, type StoreResult } from '../../scenario/localScenarios.ts';
import type { Scenario } from '../../scenario/schema.ts';
import type { ShippedScenario } from '../../scenario/shipped.ts';
import type { ScenarioDraft } from './scenarioDraft.svelte.ts';
import type { TextEncoding } from '../../import/decodeText.ts';
import { notScenarioKind } from './notScenario.ts';
import { openableDraft } from './formShape.ts';
import { hrefOf } from '../../app/routes.ts';
import { checkText } from '../../import/textCheck.ts';
import { getAt, type JsonObject } from './draftPath.ts';
import { draftText } from './draftText.ts';
import { scenarioFile } from './scenarioFile.ts';
import { forgetAsideDraft, keepAsideFor, readAsideDraft, sameJson, writeAsideDraft, type EditorDraftRecord } from './editorDraftStore.ts';
import { blankShop } from './blankShop.ts';

/** « Partir du scénario »'s choice of an empty shop (blankShop.ts) */
export const BLANK_SOURCE = 'blank';

export interface EditorStatus {
  kind: 'info' | 'warning' | 'error';
  text: string;
  details?: string[];
  /** where the file belongs, one click away (a result file: the class view) */
  link?: { href: string; label: string };
  /** the browser's storage refused the draft: « Exporter le scénario maintenant » is offered with the message */
  exportNow?: true;
  /** the status takes the focus, which reads it: not a live region then, or it was said twice (qa32keyboard m1) */
  focused?: true;
}

/** What the editor reads of a chosen file (a File). */
export interface ScenarioFileSource {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** A task's end: the page paints the status set before it (and stays responsive) before a long synchronous step. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export interface EditorConfirmation {
  title: string;
  message: string;
  label: string;
  action: () => void;
}

export interface EditorDeps {
  draft: ScenarioDraft;
  /** where saved scenarios live (localStorage; null when the browser refuses it) */
  storage: Storage | null;
  shipped: readonly ShippedScenario[];
  locale: () => Locale;
  /** the page's address, the base of a shared link */
  href: () => string;
  copyText: (text: string) => Promise<void>;
  now: () => string;
  /** starts a run of a saved shop (absent: the editor offers no « Jouer ») */
  play?: (scenario: Scenario) => void;
  /**
   * A save or an export met the draft's problems (a draft saved with errors, an export refused): the screen
   * takes the focus to the summary that lists them, or a keyboard user, left on the button, would not learn where they are.
   */
  showProblems?: () => void;
}

export class EditorController {
  status = $state<EditorStatus | null>(null);
  confirmation = $state<EditorConfirmation | null>(null);
  saved = $state<SavedScenario[]>([]);
  saveName = $state('');
  /** the last shared link, shown to copy by hand */
  link = $state('');
  /** a chosen file is being read and checked (the import button waits) */
  importing = $state(false);
  readonly draft: ScenarioDraft;
  readonly validScenario: Scenario | null = $derived.by(() => (this.draft.validation.ok ? this.draft.validation.scenario : null));
  /** the scenario to play: valid and clear of the editor's own problems (a shipped id) */
  readonly playableScenario: Scenario | null = $derived.by(() => (this.draft.toPlay.length === 0 ? this.validScenario : null));
  /** the problems to fix before the draft can be played: its errors and the notes to change (a saved draft is listed with this count) */
  readonly problemCount: number = $derived.by(() => this.draft.errors.length + this.draft.toPlay.length);
  /** the saved entry the draft is, unchanged since (set by saving or opening it; null once edited or replaced) */
  savedAs = $state<string | null>(null);
  /** « Jouer ce commerce »: the draft is saved as it is and can be played */
  readonly canPlay: boolean = $derived.by(() => this.playableScenario !== null && this.savedAs !== null && !this.draft.dirty && this.#deps.play !== undefined);
  /**
   * « Repartir de … »: the restored draft's origin by its name, « enregistré » when it is a shop saved here (QA
   * qa31lesson m4: « Repartir du scénario d'origine » under a select showing the bakery could not say whether it
   * meant the bakery or her saved cheese shop).
   */
  readonly discardLabel: string = $derived.by(() => {
    const saved = this.saved.find((entry) => sameJson(entry.draft, this.base));
    if (saved) return t('editor.draft.discardSaved', { name: saved.name });
    const text = (lang: Locale) => {
      const value = getAt(this.base, ['name', lang]);
      return typeof value === 'string' ? value.trim() : '';
    };
    const name = (this.#deps.locale() === 'en' && text('en')) || text('fr');
    return name ? t('editor.draft.discardTo', { name }) : t('editor.draft.discard');
  });
  /** the shop's name in the language shown (its French one when no English was written): the name a save takes by default */
  readonly draftName: string = $derived.by(() => {
    const text = (lang: Locale) => {
      const value = this.draft.get(['name', lang]);
      return typeof value === 'string' ? value.trim() : '';
    };
    return (this.#deps.locale() === 'en' && text('en')) || text('fr');
  });
  /** the scenario the draft started from (loaded, or last saved): « Repartir du scénario d'origine » goes back to it */
  base = $state.raw<JsonObject>({});
  /** the JSON last saved or exported: leaving the page with another asks first (`unsaved`) */
  kept = $state.raw<JsonObject>({});
  /** the draft was found again from an earlier visit of the screen, with edits (« Brouillon restauré ») */
  restored = $state(false);
  /** the « Partir du scénario » choice: `blank` (blankShop.ts), `shipped:<file>` or `mine:<saved name>` */
  source = $state('');
  /** the draft set aside when a share link opened over it (« Reprendre mon brouillon »), kept in the browser */
  aside = $state.raw<EditorDraftRecord | null>(null);
  /** the draft a link shown to copy by hand was made from: copying it counts as an export */
  #linkedDraft: JsonObject | null = null;
  /** a scenario was loaded or a draft taken back since the screen opened (the form is no longer its opening) */
  #loadedSinceOpening = false;
  #deps: EditorDeps;

  constructor(deps: EditorDeps) {
    this.#deps = deps;
    this.draft = deps.draft;
    this.saved = listSaved(deps.storage);
    this.base = this.kept = this.draft.snapshot();
    this.source = deps.shipped[0] ? `shipped:${deps.shipped[0].file}` : '';
    this.aside = readAsideDraft(deps.storage);
  }

  /** The draft differs from what was last saved or exported (whatever the order its fields were typed in). */
  get unsaved(): boolean {
    return this.draft.dirty && !sameJson(this.draft.snapshot(), this.kept);
  }

  /** What the browser keeps of the work in progress (editorDraftStore.ts); read in an effect, it follows every edit. */
  record(): EditorDraftRecord {
    return { draft: this.draft.snapshot(), base: this.base, kept: this.kept, saveName: this.saveName, source: this.source };
  }

  /**
   * Takes back a kept draft: the same draft, origin and last saved JSON. Said (« Brouillon restauré »,
   * with the way back to its origin) only when it holds edits; true then.
   */
  restore(record: EditorDraftRecord): boolean {
    this.#loadedSinceOpening = true;
    this.draft.replace(record.draft);
    this.base = record.base;
    this.kept = record.kept;
    this.saveName = record.saveName;
    if (this.#knownSource(record.source)) this.source = record.source;
    // a draft of a shop saved here: « Partir du scénario » shows that shop (a draft kept before saving set it said the template)
    const savedBase = listSaved(this.#deps.storage).find((entry) => sameJson(entry.draft, record.base));
    if (savedBase) this.source = `mine:${savedBase.name}`;
    // still the shop saved under that name: « Jouer ce commerce » is there as it was
    const saved = record.saveName ? findSaved(this.#deps.storage, record.saveName) : null;
    this.savedAs = saved && sameJson(saved.draft, record.draft) ? saved.name : null;
    this.link = '';
    const edited = !sameJson(record.draft, record.base);
    this.draft.dirty = edited || !sameJson(record.draft, record.kept);
    this.restored = edited;
    return edited;
  }

  /**
   * A share link's scenario opens (with `message`); the draft in progress, when the link would lose
   * its edits, is set aside first (`aside`, kept in the browser) to be taken back or forgotten.
   */
  openLink(scenario: Scenario, message?: string): void {
    const current = this.record();
    if (keepAsideFor(current, scenario)) this.setAside(current);
    this.load(scenario, message);
  }

  /**
   * Another tab kept the draft, and has now closed or left the editor: this tab keeps it from now on.
   * `stored` is the draft that tab left (the latest kept in the browser); `opened`, how this tab's form
   * opened (editorDraftStore.ts `draftOpening`). When the form still shows its default opening, untouched
   * (nothing loaded, nothing unsaved), that draft comes into the form ('resumed'). Otherwise the form is
   * this tab's own (its edits, or a share link's scenario, whose link is often gone from the address): it
   * stays, to be kept from now on, and that draft, when it holds work, is set aside (« Reprendre mon
   * brouillon »): 'kept' when the form holds edits of its own, 'shown' when it holds none (a share link's
   * scenario the teacher has not touched: there are no « modifications faites ici » to speak of). A draft
   * already set aside with work (by any tab: the aside is shared) is never replaced: then this tab does not
   * take the draft over ('blocked'), and nothing kept is touched.
   */
  takeOver(stored: EditorDraftRecord | null, opened: 'default' | 'handed' | 'draft'): 'resumed' | 'kept' | 'shown' | 'blocked' {
    if (!this.unsaved && opened === 'default' && !this.#loadedSinceOpening && stored) {
      this.restore(stored);
      return 'resumed';
    }
    const kept = this.unsaved ? 'kept' : 'shown';
    if (!keepAsideFor(stored, this.draft.snapshot())) return kept;
    // another tab may have set a draft aside since this one opened: read it again
    this.aside = readAsideDraft(this.#deps.storage);
    if (this.aside && keepAsideFor(this.aside, this.aside.base) && !sameJson(this.aside.draft, stored.draft)) return 'blocked';
    this.setAside({ ...stored, from: 'tab' });
    return kept;
  }

  /** Keeps a draft aside (replacing the one kept before), for « Reprendre mon brouillon ». */
  setAside(record: EditorDraftRecord): void {
    this.aside = record;
    writeAsideDraft(this.#deps.storage, record);
  }

  /** « Reprendre mon brouillon »: the draft set aside comes back as it was left (after a confirmation when the current one has unsaved changes). */
  resumeAside(): void {
    const record = this.aside;
    if (!record) return;
    this.#guardReplace(() => {
      this.restore(record);
      this.status = null;
      this.#dropAside();
    });
  }

  /** « Oublier ce brouillon »: the draft set aside is deleted from the browser, after a confirmation. */
  forgetAside(): void {
    const name = this.aside ? this.asideName : '';
    this.confirmation = {
      title: t('editor.aside.forgetTitle'),
      message: t('editor.aside.forgetMessage', { name }),
      label: t('editor.aside.forgetConfirm'),
      action: () => this.#dropAside(),
    };
  }

  /** The name of the draft set aside, as the form shows it (its id, else « (aucun) », when it has none). */
  get asideName(): string {
    const draft = this.aside?.draft;
    const name = draftText(draft?.name, this.#deps.locale());
    if (name) return name;
    return typeof draft?.id === 'string' && draft.id.trim() ? draft.id.trim() : t('editor.none');
  }

  #dropAside(): void {
    this.aside = null;
    forgetAsideDraft(this.#deps.storage);
  }

  /** A « Partir du scénario » choice that still names a shipped scenario or a saved one. */
  #knownSource(source: string): boolean {
    if (source === BLANK_SOURCE) return this.#deps.shipped.length > 0;
    if (source.startsWith('shipped:')) return this.#deps.shipped.some((s) => s.file === source.slice('shipped:'.length));
    return source.startsWith('mine:') && findSaved(this.#deps.storage, source.slice('mine:'.length)) !== undefined;
  }

  /** « Repartir du scénario d'origine »: the restored edits are dropped, the draft is its origin again. */
  discardDraft(): void {
    this.load(this.base, t('editor.draft.discarded'));
  }

  /** An information line; `focused`: the screen moves the focus to it (EditorStatus.focused). */
  info(text: string, focused = false): void {
    this.status = { kind: 'info', text, ...(focused ? { focused: true as const } : {}) };
  }

  fail(text: string, details?: string[], link?: EditorStatus['link']): void {
    this.status = { kind: 'error', text, details, ...(link ? { link } : {}) };
  }

  /** Replaces the draft (and forgets the last link), with a status line if given. */
  load(next: unknown, message?: string): void {
    this.#loadedSinceOpening = true;
    this.draft.replace(next);
    this.base = this.kept = this.draft.snapshot();
    this.restored = false;
    this.savedAs = null;
    this.link = '';
    this.#linkedDraft = null;
    if (message) this.info(message);
  }

  /** Replaces the draft as `load`, after a confirmation when it holds unsaved changes (a restored draft does). */
  offer(next: unknown, message?: string): void {
    this.#guardReplace(() => this.load(next, message));
  }

  /** `source`: `blank`, `shipped:<file>` or `mine:<saved name>`, as the "start from" list gives it. */
  loadSource(source: string): void {
    const template = this.#deps.shipped[0]?.scenario;
    if (source === BLANK_SOURCE && template) {
      const texts = { name: t('editor.blank.name'), description: t('editor.blank.description'), sector: t('editor.blank.sector'), product: t('editor.blank.product'), objective: t('editor.newObjective') };
      this.#guardReplace(() => this.load(blankShop(template, texts)));
    } else if (source.startsWith('shipped:')) {
      const found = this.#deps.shipped.find((s) => s.file === source.slice('shipped:'.length));
      if (found) this.#guardReplace(() => this.load(found.scenario));
    } else if (source.startsWith('mine:')) {
      const entry = findSaved(this.#deps.storage, source.slice('mine:'.length));
      if (entry) this.openSaved(entry);
    }
  }

  /**
   * A chosen file: refused at once when it is far larger than any scenario (MAX_SCENARIO_FILE_BYTES,
   * never read), else read then checked, the status saying each step (« Lecture du fichier… »,
   * « Vérification du scénario… ») and the page painting it before the check, then as importText.
   */
  async importFile(file: ScenarioFileSource): Promise<void> {
    if (this.importing) return;
    if (file.size > MAX_SCENARIO_FILE_BYTES) {
      const megabytes = (bytes: number) => formatNumber(this.#deps.locale(), bytes / 1_000_000, 1);
      return this.fail(t('editor.import.tooLarge', { file: file.name, size: megabytes(file.size), max: megabytes(MAX_SCENARIO_FILE_BYTES) }));
    }
    this.importing = true;
    try {
      this.info(t('editor.import.reading', { file: file.name }));
      const bytes = await file.arrayBuffer().catch(() => null);
      this.info(t('editor.import.checking', { file: file.name }));
      await nextTask();
      // read as the CSV import reads: UTF-8, UTF-16 with its mark, else Windows-1252 (said in the status)
      const decoded = bytes ? decodeText(new Uint8Array(bytes)) : null;
      this.importText(file.name, decoded?.text ?? null, decoded?.encoding);
    } finally {
      this.importing = false;
    }
  }

  /**
   * A file's text (null: it could not be read): loaded if it is a valid scenario; a scenario with mistakes
   * the form can hold (formShape.ts) is opened too, every problem listed and marked on its field, to be fixed
   * before it can be played or exported; anything else is refused, nothing changed.
   * `encoding`: how its bytes were read (src/import/decodeText.ts); a file that is not UTF-8 (an old
   * Windows editor's Windows-1252) is read with its accents and the status says so.
   */
  importText(fileName: string, text: string | null, encoding?: TextEncoding): void {
    if (text === null) return this.fail(t('editor.import.readFailed', { file: fileName }));
    // a picture or other binary renamed .json: one sentence, whether its bytes were read as UTF-8 or Windows-1252 (QA robust #11)
    if (checkText(text) === 'binary') return this.fail(t('editor.import.notText', { file: fileName }));
    const parsed = parseScenario(text, this.#deps.locale());
    const kind = parsed.ok ? null : notScenarioKind(text);
    if (kind === 'result') return this.fail(t('editor.import.resultFile', { file: fileName }), undefined, { href: hrefOf('class'), label: t('editor.import.openClassView') });
    if (kind === 'run') return this.fail(t('editor.import.runFile', { file: fileName }), undefined, { href: hrefOf('home'), label: t('editor.import.openHome') });
    if (kind) return this.fail(t('editor.import.notScenario', { file: fileName }));
    const windows1252 = encoding === 'windows-1252' ? ` ${t('editor.import.readAsWindows1252')}` : '';
    if (!parsed.ok) {
      // a scenario with mistakes opens in the form, its fields marked, the file's list (with lines) above (QA qa19 F9)
      const draft = openableDraft(text, parsed.errors);
      const details = parsed.errors.map((e) => e.text);
      if (!draft) return this.fail(t('editor.import.failed', { file: fileName }), details);
      return this.#guardReplace(() => {
        this.load(draft);
        this.status = { kind: 'warning', text: `${tCount('editor.import.openedWithErrors', details.length, { file: fileName })}${windows1252}`, details };
      });
    }
    const loaded = t('editor.import.loaded', { file: fileName });
    if (!windows1252) return this.#guardReplace(() => this.load(parsed.scenario, loaded));
    this.#guardReplace(() => {
      this.load(parsed.scenario);
      this.status = { kind: 'warning', text: `${loaded}${windows1252}` };
    });
  }

  /** The scenario to export as a file, or null (with the reason shown) when the draft is invalid. */
  exportable(): Scenario | null {
    if (!this.validScenario) {
      this.fail(t('editor.invalidCannotExport'));
      this.#deps.showProblems?.();
    }
    return this.validScenario;
  }

  /**
   * « Exporter le scénario maintenant », offered when the browser's storage is gone or refuses (site data
   * cleared, full), so that nothing typed is lost: the valid scenario as « Exporter » writes it, else the
   * draft as it is, mistakes and all (the editor opens such a file again, its problems listed), said so.
   */
  rescueFile(): { fileName: string; text: string } {
    const scenario = this.validScenario;
    if (scenario) {
      // said, or the status would still read « Le stockage du navigateur n’est pas disponible » with its button
      const file = scenarioFile(scenario, scenario);
      this.info(t('editor.exportedValid', { file: file.fileName }));
      return file;
    }
    const draft = this.draft.snapshot();
    this.status = { kind: 'warning', text: t('editor.exportedWithErrors', { button: t('editor.importFile') }) };
    return scenarioFile(draft, draft);
  }

  /** The draft was written to a file: leaving the page no longer asks, until the next edit. */
  exported(): void {
    this.kept = this.draft.snapshot();
  }

  /** The link shown to copy by hand was copied: the teacher has the draft it was made from (as an export). */
  linkCopiedByHand(): void {
    if (this.#linkedDraft) this.kept = this.#linkedDraft;
  }

  /**
   * « Créer un lien de partage »: the link holds the whole scenario, so once it is in the clipboard (or
   * copied by hand from the field, when the clipboard is refused) it counts as an export: leaving the
   * page no longer asks, until the next edit.
   */
  async makeLink(): Promise<void> {
    const scenario = this.exportable();
    if (!scenario) return;
    const made = this.draft.snapshot();
    this.#linkedDraft = null;
    const url = await scenarioLink(scenario, this.#deps.href());
    if (url.length > MAX_LINK_CHARS) {
      this.link = '';
      return this.fail(t('editor.linkTooLong'));
    }
    this.link = url;
    this.#linkedDraft = made;
    // a shipped shop's id: on the students' home page the linked shop takes that shop's card
    const shipped = this.#deps.shipped.find((s) => s.scenario.id === scenario.id);
    const replaces = shipped ? t('editor.linkReplaces', { name: localized(shipped.scenario.name, this.#deps.locale()) }) : '';
    try {
      await this.#deps.copyText(url);
      this.kept = made;
      this.info(t('editor.linkCopied'));
    } catch {
      // Clipboard refused (permissions, insecure context): the link stays visible to copy by hand.
      this.status = null;
    }
    if (replaces) this.status = { kind: 'warning', text: [this.status?.text, replaces].filter(Boolean).join(' ') };
  }

  save(): void {
    const id = this.draft.get(['id']);
    const name = (this.saveName.trim() || this.draftName || (typeof id === 'string' ? id : '') || 'scenario').trim();
    const doSave = () => {
      const scenario = this.playableScenario;
      const errors = this.problemCount;
      const result = saveScenario(this.#deps.storage, name, this.draft.snapshot(), this.#deps.now(), scenario ? { scenario } : { errors });
      if (!result.ok) return this.#storeFailed(result);
      this.draft.dirty = false;
      this.base = this.kept = this.draft.snapshot();
      this.restored = false;
      this.saved = listSaved(this.#deps.storage);
      this.saveName = name;
      this.savedAs = name;
      // the draft is now this saved shop: « Partir du scénario » says so, not the template it began as (QA qa31lesson m4)
      this.source = `mine:${name}`;
      if (scenario) this.info(t('editor.saved', { name }));
      // the errors counted as the summary counts them; a valid file with only notes (a shipped shop's id) says so (QA qa19 F9)
      else {
        const fileErrors = this.draft.errors.length;
        this.status = { kind: 'warning', text: fileErrors ? tCount('editor.savedDraft', fileErrors, { name }) : t('editor.savedToPlay', { name }) };
        this.#deps.showProblems?.();
      }
    };
    if (findSaved(this.#deps.storage, name))
      this.confirmation = {
        title: t('editor.confirm.overwriteTitle'),
        message: t('editor.confirm.overwriteMessage', { name }),
        label: t('editor.confirm.overwrite'),
        action: doSave,
      };
    else doSave();
  }

  openSaved(entry: SavedScenario): void {
    this.#guardReplace(() => {
      this.load(entry.draft);
      this.saveName = entry.name;
      this.savedAs = entry.name;
      this.source = `mine:${entry.name}`;
    });
  }

  /** « Jouer ce commerce »: a run of the saved shop starts (nothing happens unless `canPlay`). */
  play(): void {
    const scenario = this.playableScenario;
    if (this.canPlay && scenario) this.#deps.play?.(scenario);
  }

  renameEntry(entry: SavedScenario, name: string): void {
    const result = renameSaved(this.#deps.storage, entry.name, name);
    if (!result.ok) return this.#storeFailed(result);
    this.saved = listSaved(this.#deps.storage);
    if (this.savedAs !== null && this.savedAs.trim().toLocaleLowerCase('fr') === entry.name.trim().toLocaleLowerCase('fr')) this.savedAs = name.trim();
  }

  deleteEntry(entry: SavedScenario): void {
    this.confirmation = {
      title: t('editor.confirm.deleteTitle'),
      message: t('editor.confirm.deleteMessage', { name: entry.name }),
      label: t('editor.confirm.delete'),
      action: () => {
        const result = deleteSaved(this.#deps.storage, entry.name);
        if (!result.ok) return this.#storeFailed(result);
        this.saved = listSaved(this.#deps.storage);
        if (this.savedAs !== null && !findSaved(this.#deps.storage, this.savedAs)) this.savedAs = null;
      },
    };
  }

  confirmNow(): void {
    const action = this.confirmation?.action;
    this.confirmation = null;
    action?.();
  }

  cancel(): void {
    this.confirmation = null;
  }

  /** Runs `action` now, or after a confirmation when the draft has unsaved changes. */
  #guardReplace(action: () => void): void {
    if (!this.draft.dirty) return action();
    this.confirmation = {
      title: t('editor.confirm.replaceTitle'),
      message: t('editor.confirm.replaceMessage'),
      label: t('editor.confirm.replace'),
      action,
    };
  }

  #storeFailed(result: StoreResult): void {
    if (result.ok) return;
    const key = result.reason === 'full' ? 'editor.mine.storageFull' : result.reason === 'tooBig' ? 'editor.mine.tooBig' : 'editor.mine.storageUnavailable';
    // whatever refused it (storage gone with the site data, full), the draft can still be kept as a file
    this.status = { kind: 'error', text: t(key), exportNow: true };
  }
}
