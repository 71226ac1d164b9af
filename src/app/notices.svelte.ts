/**
 * Messages shown to the learner in the shell's live region: errors (database faults,
 * refused actions), warnings and confirmations. Messages are stored as i18n keys and
 * parameters, rendered at display time, so they follow a language switch; a parameter
 * that is itself a text of the app (a decision's description) is stored as a function
 * that renders it in the language of the moment.
 *
 * Lifetime: errors and warnings stay until the learner dismisses them; an informational
 * notice (a confirmation) goes when the period advances, or when the learner leaves the
 * screen that follows the one it appeared on (it is seen on the next screen, then goes).
 *
 * One notice per cause: a notice pushed again (same level, key, text and parameters, e.g. the
 * « open in another tab » warning of a second resume, or « run not found » at every advance)
 * replaces the one on screen instead of stacking; a notice given an explicit `cause` (the run
 * import) replaces any notice of that cause, so the outcome of the last import is the only one
 * shown. `withdraw(cause)` removes it once the cause is gone.
 *
 * A notice about one run (a decision the simulation refused, a decision not allowed, the run open in
 * another tab) is pushed with that `run`: it goes when another run is started, resumed or imported
 * (`runOpened`), where it would read as about the new shop (QA F22: the bakery's « Action refusée »
 * stayed at the top of Belle Nature's pages). The others (storage faults, the app's) stay.
 */
import { untrack } from 'svelte';
import type { Locale, MessageKey, Params } from '../i18n/translate.ts';

export type NoticeLevel = 'error' | 'warning' | 'info';

/** Renders a parameter in the current language (t translates a message key). */
export type RenderedParam = (t: (key: string, params?: Params) => string, locale: Locale) => string;

export type NoticeParams = Record<string, string | number | RenderedParam>;

export interface Notice {
  id: number;
  level: NoticeLevel;
  key: string;
  params?: NoticeParams;
  /** already-translated text from another module (e.g. the db layer's French errors) */
  text?: string;
  /** what it is about: a later notice with the same cause replaces it */
  cause: string;
  /** a button next to the text (« Reprendre ici »): its label is a message key */
  action?: NoticeAction;
  /** the run it is about: it goes when another one is opened (runOpened) */
  run?: string;
  /** called when the learner closes it (dismiss), not when it goes by itself */
  onDismiss?: () => void;
  /** the outcome of the learner's action, maybe far down the page: the notices area scrolls to it and focuses it */
  reveal?: boolean;
}

export interface NoticeAction {
  label: MessageKey;
  run: () => void;
}

export interface NoticeOptions {
  /** default: the notice itself (level, key, text and plain parameters) */
  cause?: string;
  action?: NoticeAction;
  /** the run the notice is about (absent: about the app, kept whatever run is open) */
  run?: string;
  /** to remember that the learner closed it */
  onDismiss?: () => void;
  reveal?: boolean;
}

/** The cause of a notice without an explicit one: the same message with the same values. */
function sameMessage(level: NoticeLevel, key: string, params: NoticeParams | undefined, text: string | undefined): string {
  const plain = Object.entries(params ?? {}).filter(([, v]) => typeof v !== 'function');
  return JSON.stringify([level, key, text ?? '', plain]);
}

const MAX_NOTICES = 6;

export class Notices {
  list = $state<Notice[]>([]);
  #next = 1;
  /** screen changes seen so far, and at which one each informational notice appeared */
  #screen = 0;
  #shownFrom: Record<number, number> = {};
  /** the key of every notice pushed in the page's life, dismissed or not (written only: push reads nothing of it) */
  #pushed = $state<Record<string, true>>({});

  push(level: NoticeLevel, key: string, params?: NoticeParams, text?: string, options: NoticeOptions = {}): number {
    const id = this.#next++;
    const cause = options.cause ?? sameMessage(level, key, params, text);
    const notice: Notice = { id, level, key, params, text, cause, ...(options.action ? { action: options.action } : {}), ...(options.run !== undefined ? { run: options.run } : {}), ...(options.onDismiss ? { onDismiss: options.onDismiss } : {}), ...(options.reveal ? { reveal: true } : {}) };
    this.#keep((n) => n.cause !== cause);
    this.list = [...this.list, notice].slice(-MAX_NOTICES);
    this.#pushed[key] = true;
    if (level === 'info') this.#shownFrom[id] = this.#screen;
    return id;
  }

  /**
   * Gives the notice `id` a button (`action`), or takes it away (none): the notice keeps its id and its place,
   * so the live region does not read it again (a push would append it anew).
   */
  setAction(id: number, action?: NoticeAction): void {
    this.list = this.list.map((n) => {
      if (n.id !== id) return n;
      const notice = { ...n, action };
      if (!action) delete notice.action;
      return notice;
    });
  }

  /** Was a notice of `key` pushed in the page's life, even if dismissed since (db.terminated: the database stays closed)? */
  pushedOnce(key: string): boolean {
    return this.#pushed[key] === true;
  }

  /** The cause is gone (the run is no longer open elsewhere): its notice goes. */
  withdraw(cause: string): void {
    this.#keep((n) => n.cause !== cause);
  }

  /**
   * A period was just saved: the browser's storage has room again, and its « stockage plein » errors (db.quota*: a period, a
   * decision, a branch… not saved) told of a full disk that no longer is (QA qa33robust m3: they stayed under the saved week).
   * Only those of writes the size of a period's: db.quotaExceeded (a period), db.quotaDecision and db.quotaRemoval (a decision
   * added or taken out); an import, a new game or a branch write far more, and a saved period proves nothing about them (review23 m4).
   */
  storageWritten(): void {
    this.#keep((n) => !/^db\.quota[EDR]/.test(n.key));
  }

  /** Another run is open now (`runId`; null: a run imported, none open yet): the notices about other runs go. */
  runOpened(runId: string | null): void {
    this.#keep((n) => n.run === undefined || n.run === runId);
  }

  dismiss(id: number): void {
    this.list.find((n) => n.id === id)?.onDismiss?.();
    this.#keep((n) => n.id !== id);
  }

  clear(): void {
    this.#keep(() => false);
  }

  /** The learner moved to another screen: confirmations already seen on a screen change go. */
  screenChanged(): void {
    this.#screen += 1;
    this.#keep((n) => n.level !== 'info' || (this.#shownFrom[n.id] ?? this.#screen) >= this.#screen - 1);
  }

  /** A period was simulated: the confirmations of the previous one go. */
  periodAdvanced(): void {
    this.#keep((n) => n.level !== 'info');
  }

  #keep(keep: (n: Notice) => boolean): void {
    const kept = this.list.filter(keep);
    if (kept.length === this.list.length) return;
    this.list = kept;
    for (const id of Object.keys(this.#shownFrom).map(Number)) if (!kept.some((n) => n.id === id)) delete this.#shownFrom[id];
  }
}

/**
 * While a screen is open, the notice of `key` (shown now, or when it comes) offers `action` (the editor's
 * « Exporter le scénario maintenant » in the closed-database notice); the returned function, called when the
 * screen closes, takes the offer back. The notice is never pushed again (setAction): it is not read twice.
 */
export function offerWhileOpen(notices: Notices, key: string, action: NoticeAction): () => void {
  return $effect.root(() => {
    $effect(() => {
      const notice = notices.list.find((n) => n.key === key);
      // the list is deep state: a notice's action is a proxy of the one given, its `run` the same function
      if (notice && notice.action?.run !== action.run) untrack(() => notices.setAction(notice.id, action));
    });
    return () => {
      const notice = untrack(() => notices.list.find((n) => n.key === key && n.action?.run === action.run));
      if (notice) notices.setAction(notice.id);
    };
  });
}
