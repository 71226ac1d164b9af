/**
 * Browser-side entry of the database harness: bundled (buildDbHarness.ts) and injected into a
 * real Chromium page by test/e2e/db.e2e.ts and test/bench/db.bench.ts, so src/db runs on the real
 * IndexedDB. Exposes the public API, synthetic engine output, and timed operations that measure
 * inside the page (performance.now), leaving the DevTools round trips out of the numbers.
 */
import * as db from '../../src/db/index.ts';
import { changedRecords, makeCustomers, reportOf } from '../unit/db/synthetic-data.ts';
import { fixtureScenario } from '../fixtures/scenario.ts';

/** A stand-in engine state: the typed arrays a SimState of n customers holds (about 60 bytes each). */
function syntheticState(n: number, tick: number) {
  return {
    tick,
    rng: new Uint32Array([1, 2, 3, 4]),
    satisfaction: new Float64Array(n).fill(0.7),
    purchaseRate: new Float64Array(n).fill(0.2),
    lastPurchase: new Int32Array(n).fill(tick),
    purchases: new Int32Array(n),
    spend: new Float64Array(n),
    stage: new Uint8Array(n),
    flags: new Uint8Array(n),
  };
}

async function timed<T>(work: () => Promise<T>): Promise<{ seconds: number; result: T }> {
  const start = performance.now();
  const result = await work();
  return { seconds: (performance.now() - start) / 1000, result };
}

export const harness = {
  db,
  makeCustomers,
  reportOf,
  changedRecords,
  fixtureScenario,
  syntheticState,
  timed,
};

(globalThis as { fidelisDbHarness?: typeof harness }).fidelisDbHarness = harness;
