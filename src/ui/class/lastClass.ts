/**
 * The class (group) the class view showed last, so that a reload, or the next lesson, opens it
 * again. Kept in localStorage (a name, per browser: the class records themselves are in IndexedDB);
 * unusable storage (private browsing, disabled) only means the view opens on the default class.
 */
import { pageLocalStorage, readItem, writeItem } from '../../app/pageStorage.ts';
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
      const value = readItem(storage, LAST_CLASS_KEY);
      return value === null ? DEFAULT_CLASS : normalizeClassName(value);
    },
    write(name) {
      const group = normalizeClassName(name);
      // not remembered (full or blocked storage): the next visit opens the default class
      writeItem(storage, LAST_CLASS_KEY, group === DEFAULT_CLASS ? null : group);
    },
  };
}
