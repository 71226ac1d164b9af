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
 */
import type { Locale, Params } from '../i18n/translate.ts';

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
}

const MAX_NOTICES = 6;

export class Notices {
  list = $state<Notice[]>([]);
  #next = 1;
  /** screen changes seen so far, and at which one each informational notice appeared */
  #screen = 0;
  #shownFrom: Record<number, number> = {};

  push(level: NoticeLevel, key: string, params?: NoticeParams, text?: string): number {
    const id = this.#next++;
    this.list = [...this.list, { id, level, key, params, text }].slice(-MAX_NOTICES);
    if (level === 'info') this.#shownFrom[id] = this.#screen;
    return id;
  }

  dismiss(id: number): void {
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
