/** "Mes scénarios" in localStorage: save, list, rename, delete, and failures reported, never thrown. */
import { beforeEach, describe, expect, it } from 'vitest';
import { deleteSaved, listSaved, MAX_STORED_CHARS, renameSaved, saveScenario, STORAGE_KEY } from '../../../src/scenario/localScenarios.ts';

class MemoryStorage implements Storage {
  data = new Map<string, string>();
  quota = Infinity;
  get length() {
    return this.data.size;
  }
  clear() {
    this.data.clear();
  }
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  key(i: number) {
    return [...this.data.keys()][i] ?? null;
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
  setItem(key: string, value: string) {
    if (value.length > this.quota) throw new DOMException('full', 'QuotaExceededError');
    this.data.set(key, value);
  }
}

describe('local scenarios', () => {
  let storage: MemoryStorage;
  beforeEach(() => {
    storage = new MemoryStorage();
  });

  it('saves, lists newest first, replaces by name (case-insensitive)', () => {
    expect(saveScenario(storage, 'A', { id: 'a' }, '2026-01-01T00:00:00Z')).toEqual({ ok: true });
    saveScenario(storage, 'B', { id: 'b' }, '2026-01-02T00:00:00Z');
    expect(listSaved(storage).map((s) => s.name)).toEqual(['B', 'A']);
    saveScenario(storage, 'a', { id: 'a2' }, '2026-01-03T00:00:00Z');
    expect(listSaved(storage).map((s) => [s.name, (s.draft as { id: string }).id])).toEqual([
      ['a', 'a2'],
      ['B', 'b'],
    ]);
  });

  it('renames and deletes; a missing name is reported', () => {
    saveScenario(storage, 'A', { id: 'a' }, '2026-01-01T00:00:00Z');
    expect(renameSaved(storage, 'A', 'Séance 1')).toEqual({ ok: true });
    expect(listSaved(storage)[0].name).toBe('Séance 1');
    expect(renameSaved(storage, 'nope', 'x')).toEqual({ ok: false, reason: 'notFound' });
    expect(deleteSaved(storage, 'séance 1')).toEqual({ ok: true });
    expect(listSaved(storage)).toEqual([]);
    expect(deleteSaved(storage, 'A')).toEqual({ ok: false, reason: 'notFound' });
  });

  it('reports a full storage and keeps what was saved', () => {
    saveScenario(storage, 'A', { id: 'a' }, '2026-01-01T00:00:00Z');
    storage.quota = 80;
    expect(saveScenario(storage, 'B', { id: 'b', text: 'x'.repeat(100) }, '2026-01-02T00:00:00Z')).toEqual({ ok: false, reason: 'full' });
    expect(listSaved(storage).map((s) => s.name)).toEqual(['A']);
    expect(saveScenario(storage, 'C', { big: 'x'.repeat(MAX_STORED_CHARS) }, '2026-01-02T00:00:00Z')).toEqual({ ok: false, reason: 'tooBig' });
    expect(saveScenario(null, 'D', {}, '2026-01-02T00:00:00Z')).toEqual({ ok: false, reason: 'unavailable' });
  });

  it('survives a hand-altered storage entry', () => {
    storage.setItem(STORAGE_KEY, '{not json');
    expect(listSaved(storage)).toEqual([]);
    storage.setItem(STORAGE_KEY, JSON.stringify([{ name: 'ok', savedAt: '2026', draft: {} }, { name: 3 }, null]));
    expect(listSaved(storage).map((s) => s.name)).toEqual(['ok']);
  });
});
