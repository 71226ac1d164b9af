import { describe, expect, it } from 'vitest';
import { readItem, writeItem } from '../../../src/app/pageStorage.ts';
import { memoryStorage } from '../../fixtures/memoryStorage.ts';

const blocked = {
  getItem: () => {
    throw new Error('blocked');
  },
  setItem: () => {
    throw new Error('full');
  },
  removeItem: () => {
    throw new Error('blocked');
  },
};

describe('one key of a browser storage (pageStorage.ts readItem, writeItem)', () => {
  it('keeps a value, reads it back, and removes the key when given null', () => {
    const storage = memoryStorage();
    expect(readItem(storage, 'k')).toBeNull();
    writeItem(storage, 'k', 'v');
    expect(readItem(storage, 'k')).toBe('v');
    writeItem(storage, 'k', null);
    expect(storage.getItem('k')).toBeNull();
  });

  it('reads nothing and keeps nothing, without throwing, where the storage is missing, blocked or full', () => {
    expect(readItem(null, 'k')).toBeNull();
    expect(() => writeItem(null, 'k', 'v')).not.toThrow();
    expect(readItem(blocked, 'k')).toBeNull();
    expect(() => writeItem(blocked, 'k', 'v')).not.toThrow();
    expect(() => writeItem(blocked, 'k', null)).not.toThrow();
  });
});
