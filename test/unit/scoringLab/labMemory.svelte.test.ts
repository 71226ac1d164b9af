/** The scoring lab survives a reload: its choices and frozen prediction come back from the browser's storage. */
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { LAB_MEMORY_KEY, labMemoryIn } from '../../../src/app/scoringLab/labMemory.ts';
import { ScoringLabStore } from '../../../src/app/scoringLab/labStore.svelte.ts';

class MapStorage {
  data = new Map<string, string>();
  refuse = false;
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.refuse) throw new DOMException('plein', 'QuotaExceededError');
    this.data.set(key, value);
  }
}

const prediction = { runId: 'run-1', tick: 3, method: 'rfm' as const, rule: { kind: 'top' as const, n: 2 }, ids: [0, 1, 2], scores: [0.9, 0.1, 0.5], target: [0, 2] };
const stores: ScoringLabStore[] = [];
function storeOn(storage: MapStorage) {
  const store = new ScoringLabStore(labMemoryIn(storage));
  stores.push(store);
  flushSync();
  return store;
}
afterEach(() => {
  stores.length = 0;
});

describe('scoring lab memory', () => {
  it('keeps the choices and the frozen prediction as they change, and a new visit finds them', () => {
    const storage = new MapStorage();
    const lab = storeOn(storage);
    lab.method = 'rfm';
    lab.rule = { kind: 'threshold', min: 4 };
    lab.grid.recency.points = 7;
    lab.prediction = prediction;
    flushSync();
    expect(lab.notKept).toBe(false);

    const again = storeOn(storage);
    expect(again.method).toBe('rfm');
    expect(again.rule).toEqual({ kind: 'threshold', min: 4 });
    expect(again.grid.recency.points).toBe(7);
    expect(again.predictionFor('run-1')).toEqual(prediction);
    expect(again.predictionFor('another-run')).toBeNull();
  });

  it('ignores a damaged or foreign record instead of trusting it', () => {
    const storage = new MapStorage();
    storage.data.set(LAB_MEMORY_KEY, '{"method":"grid","grid":{},"rule":{"kind":"top","n":-1},"prediction":null}');
    expect(storeOn(storage).method).toBe('grid');
    storage.data.set(LAB_MEMORY_KEY, 'pas du JSON');
    const lab = storeOn(storage);
    expect(lab.prediction).toBeNull();
    expect(lab.rule).toEqual({ kind: 'top', n: 50 });
  });

  it('says when the browser refuses to keep it, and keeps working in memory', () => {
    const storage = new MapStorage();
    const lab = storeOn(storage);
    storage.refuse = true;
    lab.prediction = prediction;
    flushSync();
    expect(lab.notKept).toBe(true);
    expect(lab.predictionFor('run-1')).toEqual(prediction);
    storage.refuse = false;
    lab.prediction = null;
    flushSync();
    expect(lab.notKept).toBe(false);
  });
});
