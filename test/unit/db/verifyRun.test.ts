/**
 * Rebuild-and-verify: the stored hash is compared with a replay of scenario + seed + decisions.
 * A small deterministic stand-in engine whose hash depends on every input verifyRun must pass on.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { commitTick } from '../../../src/db/commitTick.ts';
import type { FidelisDb } from '../../../src/db/openDatabase.ts';
import { createRun } from '../../../src/db/createRun.ts';
import { verifyRun, type ReplayEngine } from '../../../src/db/verifyRun.ts';
import type { DecisionsLog } from '../../../src/engine/decisions.ts';
import { translate } from '../../../src/i18n/translate.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';
import { freshDb, makeCustomers, reportOf } from './synthetic.ts';

/** A replay whose hash depends on every input verifyRun must pass on. */
const standIn: ReplayEngine<string> = {
  runSimulation: (scenario, o) => ({ state: JSON.stringify([scenario.id, o.seed, o.customers, o.ticks, o.decisions]) }),
  hashState: (state) => `h:${state}`,
};
const expectedHash = (ticks: number, decisions: DecisionsLog) => standIn.hashState(JSON.stringify(['boutique-test', 4, 200, ticks, decisions]));

let fdb: FidelisDb;
afterEach(() => fdb.close());

describe('verifyRun', () => {
  it('accepts a run whose replay gives the stored hash, and reports a mismatch in French otherwise', async () => {
    fdb = await freshDb();
    const run = await createRun(fdb, { name: 'V', scenario: fixtureScenario(), seed: 4, createdAt: 'now', customers: makeCustomers(10) });
    const decisions: DecisionsLog = [{ tick: 0, actions: [{ type: 'enquete', instrument: 'clientMystere', sampleSize: 10 }] }];
    await commitTick(fdb, { runId: run.id, report: reportOf(0, 10), records: [], decisions: decisions[0], stateHash: expectedHash(1, decisions) });
    await commitTick(fdb, { runId: run.id, report: reportOf(1, 10), records: [], stateHash: expectedHash(2, decisions) });
    const good = await verifyRun(fdb, run.id, standIn);
    expect(good).toMatchObject({ ok: true, ticks: 2, error: null });

    await commitTick(fdb, { runId: run.id, report: reportOf(2, 10), records: [], stateHash: 'tampered' });
    const bad = await verifyRun(fdb, run.id, standIn);
    expect(bad.ok).toBe(false);
    expect(bad.error?.code).toBe('verifyMismatch');
    expect(translate('fr', bad.error!.messageKey, bad.error!.params)).toContain('tampered');
  });
});
