/**
 * A what-if branch that takes up its parent's later decisions: the decisions of the branch tick are its
 * queue, the later ones its plan, and each saved tick moves the plan of the new current tick into the
 * queue, in the same transaction (a reload in between loses or doubles nothing).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { commitTick } from '../../../src/db/commitTick.ts';
import type { FidelisDb } from '../../../src/db/openDatabase.ts';
import { pendingOf, planAt, plannedOf, savePlanned } from '../../../src/db/pendingDecisions.ts';
import { createRun } from '../../../src/db/createRun.ts';
import { getRun, loadRun } from '../../../src/db/runsRepository.ts';
import { createBranch } from '../../../src/db/createBranch.ts';
import type { Action } from '../../../src/engine/decisions.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';
import { changedRecords, freshDb, makeCustomers, reportOf } from './synthetic.ts';

let fdb: FidelisDb;
afterEach(() => fdb?.close());

const scenario = fixtureScenario();
const social: Action = { type: 'lienSocial', instrument: 'club', target: { segments: ['futurNonClient'] } };
const survey: Action = { type: 'enquete', instrument: 'questionnaire', sampleSize: 50 };
const policy: Action = { type: 'politiqueReclamations', level: 'rapide' };

/** A run of four ticks: the club at tick 1, a survey at tick 2, the policy at tick 3. */
async function playedRun() {
  const base = makeCustomers(50);
  const run = await createRun(fdb, { name: 'Classe', scenario, seed: 4242, createdAt: '2026-12-01T08:00:00.000Z', customers: base, stateHash: 'h0' });
  const log = [null, { tick: 1, actions: [social] }, { tick: 2, actions: [survey] }, { tick: 3, actions: [policy] }];
  for (let tick = 0; tick < 4; tick++)
    await commitTick(fdb, { runId: run.id, report: reportOf(tick, 50), records: changedRecords(base, tick, 5), stateHash: `h${tick + 1}`, ...(log[tick] ? { decisions: log[tick]! } : {}) });
  return { run, base };
}

const branchAt = (parentRunId: string, base: ReturnType<typeof makeCustomers>, branchTick: number, keepLaterDecisions?: boolean) =>
  createBranch(fdb, {
    parentRunId,
    branchTick,
    name: 'b',
    createdAt: '2026-12-01T09:00:00.000Z',
    customers: base,
    stateHash: `h${branchTick}`,
    ...(keepLaterDecisions !== undefined ? { keepLaterDecisions } : {}),
  });

describe('planAt', () => {
  it('splits a plan into the queue of a tick and the later ticks, dropping the played ones and empty ticks', () => {
    const plan = [
      { tick: 1, actions: [social] },
      { tick: 2, actions: [survey] },
      { tick: 3, actions: [] },
      { tick: 4, actions: [policy] },
    ];
    expect(planAt(plan, 2)).toEqual({ pending: { tick: 2, actions: [survey] }, planned: [{ tick: 4, actions: [policy] }] });
    expect(planAt(plan, 3)).toEqual({ planned: [{ tick: 4, actions: [policy] }] });
    expect(planAt(plan, 4)).toEqual({ pending: { tick: 4, actions: [policy] } });
    expect(planAt(undefined, 0)).toEqual({});
  });
});

describe('a branch that takes up its parent’s later decisions', () => {
  it('starts with none of them by default', async () => {
    fdb = await freshDb();
    const { run, base } = await playedRun();
    const branch = await branchAt(run.id, base, 1);
    expect(branch).not.toHaveProperty('pending');
    expect(branch).not.toHaveProperty('planned');
  });

  it('queues those of its first tick, plans the later ones, and each saved tick queues the next tick’s', async () => {
    fdb = await freshDb();
    const { run, base } = await playedRun();
    const branch = await branchAt(run.id, base, 1, true);
    expect(branch.decisions).toEqual([]);
    expect(pendingOf(branch)).toEqual([social]);
    expect(plannedOf(branch)).toEqual([
      { tick: 2, actions: [survey] },
      { tick: 3, actions: [policy] },
    ]);
    // read back through the record schema (loadRun validates it)
    expect((await loadRun(fdb, branch.id)).run.planned).toEqual(plannedOf(branch));
    // the parent keeps its own log, without any plan
    expect(await getRun(fdb, run.id)).not.toHaveProperty('planned');

    await commitTick(fdb, { runId: branch.id, report: reportOf(1, 50), records: changedRecords(base, 1, 5), stateHash: 'b2', decisions: { tick: 1, actions: [social] } });
    let stored = await getRun(fdb, branch.id);
    expect(stored.decisions).toEqual([{ tick: 1, actions: [social] }]);
    expect(pendingOf(stored)).toEqual([survey]);
    expect(plannedOf(stored)).toEqual([{ tick: 3, actions: [policy] }]);

    // the learner removes the plan of tick 3: nothing is queued when the run gets there
    expect(await savePlanned(fdb, { runId: branch.id, tick: 2, planned: [] })).toBe(true);
    expect(await getRun(fdb, branch.id)).not.toHaveProperty('planned');
    await commitTick(fdb, { runId: branch.id, report: reportOf(2, 50), records: changedRecords(base, 2, 5), stateHash: 'b3', decisions: { tick: 2, actions: [survey] } });
    stored = await getRun(fdb, branch.id);
    expect(stored).not.toHaveProperty('pending');
    expect(stored).not.toHaveProperty('planned');
  });

  it('does not write a plan for a tick the run has left, nor from a read-only tab', async () => {
    fdb = await freshDb();
    const { run, base } = await playedRun();
    const branch = await branchAt(run.id, base, 1, true);
    expect(await savePlanned(fdb, { runId: branch.id, tick: 0, planned: [] })).toBe(false);
    expect(plannedOf(await getRun(fdb, branch.id))).toHaveLength(2);
    const lock = { runId: branch.id, canWrite: false, reason: null, release: () => {} };
    await expect(savePlanned(fdb, { runId: branch.id, tick: 1, planned: [], lock })).rejects.toMatchObject({ code: 'readOnly' });
    expect(plannedOf(await getRun(fdb, branch.id))).toHaveLength(2);
  });
});
