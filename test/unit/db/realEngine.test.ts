/**
 * The database with the real engine: a run created from createSimulation, ticks saved from
 * stepSimulation, rebuilt and verified against the stored hash; the stored engine snapshot is a
 * faithful SimState (same hash after the IndexedDB round trip) and resumes to the same result.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { commitTick } from '../../../src/db/commitTick.ts';
import { queryCustomers } from '../../../src/db/customerQueries.ts';
import type { FidelisDb } from '../../../src/db/openDatabase.ts';
import { createRun } from '../../../src/db/createRun.ts';
import { loadRun } from '../../../src/db/runsRepository.ts';
import { verifyRun } from '../../../src/db/verifyRun.ts';
import type { DecisionsLog } from '../../../src/engine/decisions.ts';
import { cloneState, createSimulation, customerRecord, hashState, runSimulation, stepSimulation, type SimState } from '../../../src/engine/index.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';
import { freshDb } from './synthetic.ts';

let fdb: FidelisDb;
afterEach(() => fdb?.close());

const scenario = fixtureScenario();
const decisions: DecisionsLog = [
  { tick: 1, actions: [{ type: 'enquete', instrument: 'questionnaire', sampleSize: 40 }] },
  { tick: 2, actions: [{ type: 'politiqueReclamations', level: 'rapide' }] },
];
const records = (state: SimState) => Array.from({ length: state.n }, (_, i) => customerRecord(state, i));

describe('database with the real engine', () => {
  it('saves engine ticks, rebuilds the run from scenario + seed + decisions and finds the stored hash', async () => {
    fdb = await freshDb();
    const state = createSimulation(scenario, { seed: 11, customers: 150 });
    const run = await createRun(fdb, { name: 'Moteur', scenario, seed: 11, customerCount: 150, createdAt: 'x', customers: records(state), stateHash: hashState(state), snapshot: cloneState(state) });
    let snapshotHash = '';
    for (let tick = 0; tick < 4; tick++) {
      const actions = decisions.find((d) => d.tick === tick)?.actions ?? [];
      const report = stepSimulation(state, scenario, actions);
      const snapshot = tick === 2 ? cloneState(state) : undefined;
      if (snapshot) snapshotHash = hashState(state);
      await commitTick(fdb, { runId: run.id, report, records: records(state), stateHash: hashState(state), decisions: { tick, actions }, snapshot });
    }
    const verification = await verifyRun(fdb, run.id, { runSimulation, hashState });
    expect(verification).toMatchObject({ ok: true, ticks: 4, error: null });
    expect(verification.actual).toBe(hashState(state));

    const loaded = await loadRun(fdb, run.id);
    expect(loaded.run.decisions).toEqual(decisions);
    expect(loaded.snapshot?.tick).toBe(3);
    const restored = loaded.snapshot!.state as SimState;
    expect(hashState(restored)).toBe(snapshotHash);
    // resuming from the snapshot gives the same state as the uninterrupted run
    stepSimulation(restored, scenario, []);
    expect(hashState(restored)).toBe(hashState(state));

    const stored = await queryCustomers(fdb, run.id, { limit: 1000 });
    expect(stored.skipped).toBe(0);
    expect(stored.rows).toEqual(JSON.parse(JSON.stringify(records(state))));
  });
});
