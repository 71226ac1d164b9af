/** Naming a new class in the class view, and remembering the class shown last. */
import { describe, expect, it } from 'vitest';
import { checkNewClassName, classFileName, sameClassName } from '../../../src/ui/class/classNames.ts';
import { LAST_CLASS_KEY, lastClass } from '../../../src/ui/class/lastClass.ts';

describe('new class name', () => {
  const existing = ['', 'MCO 1', 'NDRC 2'];
  it('takes a new name, trimmed, inner spaces made one', () => {
    expect(checkNewClassName('  MCO   2 ', existing, ['Ma classe'])).toEqual({
      name: 'MCO 2',
    });
  });
  it('refuses an empty name, or one of spaces only', () => {
    expect(checkNewClassName('', existing, [])).toEqual({ problem: 'empty' });
    expect(checkNewClassName('   ', existing, [])).toEqual({
      problem: 'empty',
    });
  });
  it('refuses a class that exists, whatever the case, accents and spaces', () => {
    expect(checkNewClassName('mco 1', existing, [])).toEqual({
      problem: 'duplicate',
    });
    expect(checkNewClassName(' NDRC  2', existing, [])).toEqual({
      problem: 'duplicate',
    });
    expect(sameClassName('Équipe', 'equipe')).toBe(true);
    expect(sameClassName('MCO 1', 'MCO 2')).toBe(false);
  });
  it('refuses the default class’s shown name, which the selector could not tell apart', () => {
    expect(checkNewClassName('ma classe', existing, ['Ma classe'])).toEqual({
      problem: 'duplicate',
    });
  });
  it('refuses a name longer than 60 characters instead of cutting it', () => {
    expect(checkNewClassName('x'.repeat(61), existing, [])).toEqual({
      problem: 'tooLong',
    });
    expect(checkNewClassName('x'.repeat(60), existing, [])).toEqual({
      name: 'x'.repeat(60),
    });
  });
});

describe('class export file name', () => {
  it('names the class in the file, letters and digits kept, the rest one dash; the default class keeps the base name', () => {
    expect(classFileName('fidelis-classe.csv', '')).toBe('fidelis-classe.csv');
    expect(classFileName('fidelis-classe.csv', 'MCO 1')).toBe('fidelis-classe-MCO-1.csv');
    expect(classFileName('fidelis-classe.csv', ' Négo / Digital — 2e ')).toBe('fidelis-classe-Négo-Digital-2e.csv');
    expect(classFileName('fidelis-classe.csv', '../..')).toBe('fidelis-classe.csv');
    expect(classFileName('export', 'A')).toBe('export-A');
  });
});

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> & { values: Map<string, string> } {
  const values = new Map<string, string>();
  return {
    values,
    getItem: (k) => values.get(k) ?? null,
    setItem: (k, v) => void values.set(k, v),
    removeItem: (k) => void values.delete(k),
  };
}

describe('last class shown', () => {
  it('reads back the class written, and the default class when none was', () => {
    const storage = memoryStorage();
    const memory = lastClass(storage);
    expect(memory.read()).toBe('');
    memory.write(' NDRC 2 ');
    expect(storage.values.get(LAST_CLASS_KEY)).toBe('NDRC 2');
    expect(lastClass(storage).read()).toBe('NDRC 2');
    memory.write('');
    expect(storage.values.has(LAST_CLASS_KEY)).toBe(false);
    expect(memory.read()).toBe('');
  });
  it('opens the default class when the storage is missing or throws (private browsing)', () => {
    const throwing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
      removeItem: () => undefined,
    };
    expect(lastClass(null).read()).toBe('');
    expect(() => lastClass(throwing).write('MCO 1')).not.toThrow();
    expect(lastClass(throwing).read()).toBe('');
  });
});
