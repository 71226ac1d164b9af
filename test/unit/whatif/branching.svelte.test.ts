import { describe, expect, it } from 'vitest';
import { GameSession } from '../../../src/app/session.svelte.ts';
import { Notices } from '../../../src/app/notices.svelte.ts';
import { EngineClient } from '../../../src/app/engineClient.ts';
import { dbServices } from '../../../src/app/dbRunStore.ts';
import { openMemoryDb } from '../../../src/db/openDatabase.ts';
import { dbBranchStore } from '../../../src/app/whatif/dbBranchStore.ts';
import { branchFrom, branchRefusal, firstMismatch, switchTo } from '../../../src/app/whatif/branching.ts';
import { compareTimelines } from '../../../src/ui/whatif/compareTimelines.ts';
import type { RunMode } from '../../../src/app/runMode.ts';
import { makeKpi } from '../../fixtures/kpis.ts';
import { shippedScenarioList, smallScenario } from '../app/testServices.ts';
import { inProcessEngineTransport } from '../app/engineTransport.ts';

const scenario = smallScenario(shippedScenarioList()[0], 300);

async function setup(mode: RunMode) {
  const fdb = await openMemoryDb();
  const { store } = dbServices(fdb);
  const engine = new EngineClient(inProcessEngineTransport());
  const notices = new Notices();
  const session = new GameSession({ engine, store, notices });
  const branches = dbBranchStore(fdb);
  await session.start(scenario, 11, 'principale', { mode });
  return { fdb, engine, notices, session, branches, deps: { session, engine, store: branches, notices } };
}

describe('branchRefusal', () => {
  const view = { active: true, busy: false, mode: 'sandbox' as RunMode, finished: false, tick: 4 };
  it('allows any past tick in sandbox mode and refuses future ticks, no run, a busy session', () => {
    expect(branchRefusal(view, 0)).toBeNull();
    expect(branchRefusal(view, 3)).toBeNull();
    expect(branchRefusal(view, 4)).toBe('badTick');
    expect(branchRefusal(view, -1)).toBe('badTick');
    expect(branchRefusal({ ...view, active: false }, 1)).toBe('noRun');
    expect(branchRefusal({ ...view, busy: true }, 1)).toBe('busy');
  });
  it('refuses in committed mode until the run is over', () => {
    expect(branchRefusal({ ...view, mode: 'committed' }, 1)).toBe('committed');
    expect(branchRefusal({ ...view, mode: 'committed', finished: true }, 1)).toBeNull();
  });
  it('refuses in a tab that only shows the run (held by another tab)', () => {
    expect(branchRefusal({ ...view, readOnly: true }, 1)).toBe('readOnly');
    expect(branchRefusal({ ...view, readOnly: false }, 1)).toBeNull();
  });
});

describe('firstMismatch', () => {
  it('finds the first tick a replay disagrees with the stored KPIs', () => {
    const stored = [makeKpi(0), makeKpi(1), makeKpi(2)];
    expect(
      firstMismatch(
        stored.map((k) => ({ ...k })),
        stored,
      ),
    ).toBe(-1);
    expect(firstMismatch([makeKpi(0), { ...makeKpi(1), turnover: 1 }, makeKpi(2)], stored)).toBe(1);
    expect(firstMismatch(stored.slice(0, 2), stored)).toBe(2);
  });
});

describe('branching a run (real engine, IndexedDB in memory)', () => {
  it('branches from tick 2: same KPIs before, other decisions after; both timelines kept and switchable', async () => {
    const { session, branches, deps, notices } = await setup('sandbox');
    await session.advance(2);
    session.add({ type: 'financier', instrument: 'coupon', discountRate: 0.1, durationTicks: 4, target: {} });
    await session.advance(2);
    const mainId = session.runId!;
    const mainKpis = session.kpis;
    expect(session.tick).toBe(4);

    const branchId = await branchFrom(deps, 2, 'et si', { base: 'Ma partie', ticks: [2] });
    expect(notices.list).toEqual([]);
    expect(branchId).not.toBeNull();
    expect(session.runId).toBe(branchId);
    expect(session.tick).toBe(2);
    expect(session.mode).toBe('sandbox');
    expect(session.kpis).toEqual(mainKpis.slice(0, 2));
    session.add({ type: 'enquete', instrument: 'questionnaire', sampleSize: 30 });
    await session.advance(2);

    const [a, b] = await Promise.all([branches.timeline(mainId), branches.timeline(branchId!)]);
    expect(b.parentRunId).toBe(mainId);
    expect(b.branchTick).toBe(2);
    const c = compareTimelines(a, b);
    expect(c.firstKpiDifference).toBe(2);
    expect(c.firstDecisionDifference).toBe(2);
    expect(c.decisions.map((d) => d.tick)).toEqual([2]);
    expect(c.metrics.find((m) => m.id === 'budgetLeft')!.differs).toEqual([false, false, true, true]);

    expect((await branches.family(branchId!)).map((m) => [m.id, m.depth])).toEqual([
      [mainId, 0],
      [branchId, 1],
    ]);
    expect(await switchTo(deps, mainId)).toBe(true);
    expect(session.runId).toBe(mainId);
    expect(session.tick).toBe(4);
    expect(session.kpis).toEqual(mainKpis);
  });

  // QA qa30robust M2: a full disk said the period's « la dernière période n'a pas été enregistrée… avancez à nouveau »
  it('a branch not stored for a full disk says so, with the branch’s own message, and the game goes on unchanged', async () => {
    const { session, deps, notices, branches } = await setup('sandbox');
    await session.advance(3);
    const id = session.runId;
    const full = { ...branches, createBranch: () => Promise.reject(Object.assign(new Error('quota'), { name: 'DbError', code: 'quotaExceeded' })) };
    expect(await branchFrom({ ...deps, store: full }, 1, 'et si', { base: 'Ma partie', ticks: [1] })).toBeNull();
    expect(notices.list.map((n) => n.key)).toEqual(['db.quotaBranch']);
    expect(session.runId).toBe(id);
    expect(session.tick).toBe(3);
    expect(await branches.family(id!)).toHaveLength(1);
  });

  it('refuses to go back in committed mode while the run is played, with a notice, and changes nothing', async () => {
    const { session, deps, notices, branches } = await setup('committed');
    await session.advance(3);
    const id = session.runId;
    expect(await branchFrom(deps, 1, 'retour', { base: 'Ma partie', ticks: [1] })).toBeNull();
    expect(notices.list.map((n) => n.key)).toEqual(['whatif.refused.committed']);
    expect(session.runId).toBe(id);
    expect(session.tick).toBe(3);
    expect(await branches.family(id!)).toHaveLength(1);
  });
});
