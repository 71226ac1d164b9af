/** "Mes scénarios" in localStorage: save, list, rename, delete, the playable shops, and failures reported, never thrown. */
import { beforeEach, describe, expect, it } from 'vitest';
import { deleteSaved, listSaved, MAX_STORED_CHARS, playableShops, renameSaved, saveScenario, STORAGE_KEY } from '../../../src/scenario/localScenarios.ts';
import { mayHavePlayableShops } from '../../../src/scenario/localShopsKey.ts';
import { shippedScenarios } from '../../../src/scenario/shipped.ts';
import type { Scenario } from '../../../src/scenario/schema.ts';

const optician = shippedScenarios().scenarios.find((s) => s.scenario.sector === 'optique')?.scenario ?? shippedScenarios().scenarios[0].scenario;
const mine = (id: string, fr: string): Scenario => ({ ...structuredClone(optician), id, name: { fr } });

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

  it('lists as playable shops only the entries saved with a checked scenario, most recent first', () => {
    saveScenario(storage, 'Optique du Lycée', { id: 'optique-du-lycee' }, '2026-01-02T00:00:00Z', { scenario: mine('optique-du-lycee', 'Optique du Lycée') });
    saveScenario(storage, 'Brouillon', { id: 'x' }, '2026-01-03T00:00:00Z', { errors: 3 });
    saveScenario(storage, 'Ancien', { id: 'y' }, '2026-01-04T00:00:00Z');
    saveScenario(storage, 'Sport', { id: 'sport-du-lycee' }, '2026-01-05T00:00:00Z', { scenario: mine('sport-du-lycee', 'Sport du Lycée') });
    expect(playableShops(storage).map((s) => [s.name, s.scenario.id])).toEqual([
      ['Sport', 'sport-du-lycee'],
      ['Optique du Lycée', 'optique-du-lycee'],
    ]);
    expect(listSaved(storage).find((s) => s.name === 'Brouillon')).toMatchObject({ errors: 3 });
    // the home page's first look agrees, without reading the list
    expect(mayHavePlayableShops(storage)).toBe(true);
    expect(listSaved(storage).find((s) => s.name === 'Brouillon')?.scenario).toBeUndefined();
    // a draft saved over a playable shop (same name) takes it off the home page
    saveScenario(storage, 'sport', { id: 'sport-du-lycee' }, '2026-01-06T00:00:00Z', { errors: 1 });
    expect(playableShops(storage).map((s) => s.name)).toEqual(['Optique du Lycée']);
    // renaming keeps it playable; deleting removes it
    renameSaved(storage, 'Optique du Lycée', 'Optique, séance 2');
    expect(playableShops(storage).map((s) => s.name)).toEqual(['Optique, séance 2']);
    deleteSaved(storage, 'Optique, séance 2');
    expect(playableShops(storage)).toEqual([]);
    expect(mayHavePlayableShops(storage)).toBe(false);
    expect(mayHavePlayableShops(null)).toBe(false);
  });

  it('leaves out a playable entry whose stored scenario the home card could not read', () => {
    const good = mine('optique-du-lycee', 'Optique du Lycée');
    const broken = { ...good, budget: { initial: 'beaucoup' } };
    storage.setItem(
      STORAGE_KEY,
      JSON.stringify([
        { name: 'bon', savedAt: '2026-01-01', draft: {}, scenario: good, errors: 0 },
        { name: 'abîmé', savedAt: '2026-01-02', draft: {}, scenario: broken, errors: 0 },
        { name: 'sans nom', savedAt: '2026-01-03', draft: {}, scenario: { ...good, name: 'x' }, errors: 0 },
        { name: 'erreurs', savedAt: '2026-01-04', draft: {}, scenario: good, errors: 2 },
      ]),
    );
    expect(playableShops(storage).map((s) => s.name)).toEqual(['bon']);
    expect(listSaved(storage)).toHaveLength(4);
    expect(playableShops(null)).toEqual([]);
  });
});
