/**
 * Messages shown to the learner in the shell's live region: errors (database faults,
 * refused actions), warnings and confirmations. Messages are stored as i18n keys so
 * they follow a language switch.
 */
import type { Params } from '../i18n/translate.ts';

export type NoticeLevel = 'error' | 'warning' | 'info';

export interface Notice {
  id: number;
  level: NoticeLevel;
  key: string;
  params?: Params;
  /** already-translated text from another module (e.g. the db layer's French errors) */
  text?: string;
}

const MAX_NOTICES = 6;

export class Notices {
  list = $state<Notice[]>([]);
  #next = 1;

  push(level: NoticeLevel, key: string, params?: Params, text?: string): number {
    const id = this.#next++;
    this.list = [...this.list, { id, level, key, params, text }].slice(-MAX_NOTICES);
    return id;
  }

  dismiss(id: number): void {
    this.list = this.list.filter((n) => n.id !== id);
  }

  clear(): void {
    this.list = [];
  }
}
