/**
 * The class (group) the class view showed last, so that a reload, or the next lesson, opens it
 * again. Kept in localStorage (a name, per browser: the class records themselves are in IndexedDB);
 * unusable storage (private browsing, disabled) only means the view opens on the default class.
 */
import { pageLocalStorage } from '../../app/pageStorage.ts';
import { DEFAULT_CLASS, normalizeClassName } from '../../db/classRecords.ts';

export const LAST_CLASS_KEY = 'fidelis.classView.lastClass';

export interface LastClass {
  read(): string;
  write(name: string): void;
}

type KeyValue = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function lastClass(storage: KeyValue | null = pageLocalStorage()): LastClass {
  return {
    read() {
      try {
        const value = storage?.getItem(LAST_CLASS_KEY);
        return typeof value === 'string' ? normalizeClassName(value) : DEFAULT_CLASS;
      } catch {
        return DEFAULT_CLASS;
      }
    },
    write(name) {
      try {
        const group = normalizeClassName(name);
        if (group === DEFAULT_CLASS) storage?.removeItem(LAST_CLASS_KEY);
        else storage?.setItem(LAST_CLASS_KEY, group);
      } catch {
        // not remembered: the next visit opens the default class
      }
    },
  };
}
