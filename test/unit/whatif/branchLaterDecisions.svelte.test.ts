/**
 * « Et si… ? » that takes up the original's later decisions (issue #4): « same plan, but without the
 * coupon in week 5 ». The engine runs under Node, the runs are in an in-memory IndexedDB.
 * A branch that keeps every later decision unchanged ends in the original's very state (same hash);
 * one that drops a decision differs exactly there.
 */
import { describe, expect, it, vi } from 'vitest';
import { GameSession } from '../../../src/app/session.svelte.ts';
import { Notices } from '../../../src/app/notices.svelte.ts';
import { EngineClient } from '../../../src/app/engineClient.ts';
import { dbServices } from '../../../src/app/dbRunStore.ts';
import { openMemoryDb } from '../../../src/db/openDatabase.ts';
import { dbBranchStore } from '../../../src/app/whatif/dbBranchStore.ts';
import { branchFrom, switchTo } from '../../../src/app/whatif/branching.ts';
import { compareTimelines } from '../../../src/ui/whatif/compareTimelines.ts';
import type { Action } from '../../../src/engine/decisions.ts';
import type { Scenario } from '../../../src/scenario/schema.ts';
import { shippedScenarioList, smallScenario } from '../app/testServices.ts';
import { inProcessEngineTransport } from '../app/engineTransport.ts';

/** the bakery cut to 10 weeks (its events and objectives within them): short games under Node */
const DURATION = 10;
const bakery = smallScenario(shippedScenarioList()[0], 300);
const scenario: Scenario = {
  ...bakery,
  durationTicks: DURATION,
  events: bakery.events.filter((e) => e.tick < DURATION),
  competitors: bakery.competitors.map((c) => ({ ...c, events: c.events.filter((e) => e.tick < DURATION) })),
  objectives: bakery.objectives.map((o) => (o.byTick !== undefined && o.byTick > DURATION ? { ...o, byTick: DURATION } : o)),
};
const survey: Action = { type: 'enquete', instrument: 'questionnaire', sampleSize: 30 };
const coupon: Action = { type: 'financier', instrument: 'coupon', discountRate: 0.1, durationTicks: 3, target: { limit: 80 } };
const club: Action = { type: 'lienSocial', instrument: 'club', target: { limit: 60 } };
const campaign: Action = { type: 'acquisition', channel: 'flyers', budget: 300 };

/** The original, played to the end: a survey in week 1, the coupon in week 3, the club and a survey in week 5, a campaign in week 7. */
async function playedOriginal(plan: Record<number, Action[]> = { 0: [survey], 2: [coupon], 4: [club, survey], 6: [campaign] }) {
  const fdb = await openMemoryDb();
  const engine = new EngineClient(inProcessEngineTransport());
  const notices = new Notices();
  const session = new GameSession({ engine, store: dbServices(fdb).store, notices });
  const branches = dbBranchStore(fdb);
  await session.start(scenario, 21, 'principale', { mode: 'sandbox' });
  while (!session.finished) {
    for (const action of plan[session.tick] ?? []) expect(session.add(action)).toBe(true);
    await session.advance(1);
  }
  expect(notices.list).toEqual([]);
  return { session, notices, branches, deps: { session, engine, store: branches, notices }, hash: await session.stateHash(), originalId: session.runId! };
}

describe('a what-if branch that takes up the original’s later decisions', () => {
  it('queues them tick by tick and, unchanged, ends in the original’s very state', async () => {
    const { session, notices, branches, deps, hash, originalId } = await playedOriginal();
    const original = await branches.timeline(originalId);

    const branchId = await branchFrom(deps, 2, 'et si', { base: 'principale', ticks: [2] }, 'original');
    expect(notices.list).toEqual([]);
    expect(session.runId).toBe(branchId);
    expect(session.tick).toBe(2);
    // week 3's decisions are the queue, the later ones the plan: the same log the engine replays
    expect(session.pending).toEqual([coupon]);
    expect(session.planned).toEqual(original.decisions.filter((d) => d.tick > 2));

    await session.advance(2);
    expect(session.pending).toEqual([club, survey]);
    expect(session.planned.map((d) => d.tick)).toEqual([6]);
    // a reload finds the queue and the plan as they were (the tick's save moved them)
    expect(await session.resume(branchId!)).toBe(true);
    expect(session.tick).toBe(4);
    expect(session.pending).toEqual([club, survey]);
    expect(session.planned).toEqual([{ tick: 6, actions: [campaign] }]);

    await session.advanceToEnd();
    expect(notices.list).toEqual([]);
    expect(session.finished).toBe(true);
    expect(await session.stateHash()).toBe(hash);
    const branch = await branches.timeline(branchId!);
    expect(branch.decisions).toEqual(original.decisions);
    expect(branch.kpis).toEqual(original.kpis);
    const c = compareTimelines(original, branch);
    expect(c.decisions).toEqual([]);
    expect(c.firstKpiDifference).toBeNull();
  }, 60_000);

  it('without the coupon of week 3: the comparison names that decision alone, and the branch ends elsewhere', async () => {
    const { session, notices, branches, deps, hash, originalId } = await playedOriginal();
    const branchId = await branchFrom(deps, 1, 'sans coupon', { base: 'principale', ticks: [1] }, 'original');
    expect(session.pending).toEqual([]);
    expect(session.planned.map((d) => d.tick)).toEqual([2, 4, 6]);
    session.removePlanned(2, 0);
    expect(session.planned.map((d) => d.tick)).toEqual([4, 6]);
    // kept with the run, once written (« Enregistrement… » until then)
    await vi.waitFor(() => expect(session.saving).toBe(false), { timeout: 10_000 });
    expect(await session.resume(branchId!)).toBe(true);
    expect(session.planned.map((d) => d.tick)).toEqual([4, 6]);

    await session.advanceToEnd();
    expect(notices.list).toEqual([]);
    expect(await session.stateHash()).not.toBe(hash);
    const c = compareTimelines(await branches.timeline(originalId), await branches.timeline(branchId!));
    expect(c.decisions).toEqual([{ tick: 2, a: [coupon], b: [], onlyA: [coupon], onlyB: [], kept: [], reordered: false, unplayedIn: null }]);
    expect(c.firstDecisionDifference).toBe(2);
    expect(c.firstKpiDifference).toBe(2);
  }, 60_000);

  it('starts empty after its shared ticks by default, as before', async () => {
    const { session, deps, originalId } = await playedOriginal();
    expect(await branchFrom(deps, 2, 'vide', { base: 'principale', ticks: [2] })).not.toBeNull();
    expect(session.pending).toEqual([]);
    expect(session.planned).toEqual([]);
    expect(await switchTo(deps, originalId)).toBe(true);
    expect(session.planned).toEqual([]);
  }, 60_000);

  it('a launch removed from the plan takes its planned stop with it, and a stop of a programme moved up keeps stopping it', async () => {
    // week 3: a survey and the club (programme « 2:1 »), stopped in week 7
    const stopClub: Action = { type: 'arreterProgramme', programmeId: '2:1' };
    const { session, notices, branches, deps, originalId } = await playedOriginal({ 2: [survey, club], 6: [stopClub] });

    // without the survey: the club is « 2:0 » in the branch, and so is its planned stop
    const withoutSurvey = await branchFrom(deps, 2, 'sans enquête', { base: 'principale', ticks: [2] }, 'original');
    expect(session.pending).toEqual([survey, club]);
    expect(session.removePlanned(2, 0)).toEqual([]);
    expect(session.pending).toEqual([club]);
    expect(session.planned).toEqual([{ tick: 6, actions: [{ type: 'arreterProgramme', programmeId: '2:0' }] }]);
    await vi.waitFor(() => expect(session.saving).toBe(false), { timeout: 10_000 });
    expect(await session.resume(withoutSurvey!)).toBe(true);
    expect(session.planned).toEqual([{ tick: 6, actions: [{ type: 'arreterProgramme', programmeId: '2:0' }] }]);
    await session.advanceToEnd();
    // the stop was played, not refused (« programme inconnu »)
    expect(session.rejections).toEqual([]);
    expect(notices.list).toEqual([]);
    expect(compareTimelines(await branches.timeline(originalId), await branches.timeline(withoutSurvey!)).decisions).toMatchObject([{ tick: 2, onlyA: [survey], kept: [club] }]);

    // without the club: its stop goes too, and is named so the page can say it
    expect(await switchTo(deps, originalId)).toBe(true);
    const withoutClub = await branchFrom(deps, 2, 'sans club', { base: 'principale', ticks: [2] }, 'original');
    expect(session.removePlanned(2, 1)).toEqual([{ tick: 6, action: stopClub }]);
    expect(session.pending).toEqual([survey]);
    expect(session.planned).toEqual([]);
    await vi.waitFor(() => expect(session.saving).toBe(false), { timeout: 10_000 });
    expect(await session.resume(withoutClub!)).toBe(true);
    expect(session.planned).toEqual([]);
    await session.advanceToEnd();
    expect(session.rejections).toEqual([]);
    expect(notices.list).toEqual([]);
  }, 60_000);
  it('« Retirer » and « Annuler » on the Décisions screen follow the same rule: a launch takes its planned stop, a later launch’s stop follows its new id', async () => {
    const stopClub: Action = { type: 'arreterProgramme', programmeId: '2:1' };
    const { session, notices, deps, originalId } = await playedOriginal({ 2: [survey, club], 6: [stopClub] });

    // the survey removed from the queue: the club moves up to « 2:0 », and so does its planned stop
    const withoutSurvey = await branchFrom(deps, 2, 'sans enquête', { base: 'principale', ticks: [2] }, 'original');
    expect(session.remove(0)).toEqual([]);
    expect(session.pending).toEqual([club]);
    expect(session.planned).toEqual([{ tick: 6, actions: [{ type: 'arreterProgramme', programmeId: '2:0' }] }]);
    await vi.waitFor(() => expect(session.saving).toBe(false), { timeout: 10_000 });
    expect(await session.resume(withoutSurvey!)).toBe(true);
    expect(session.planned).toEqual([{ tick: 6, actions: [{ type: 'arreterProgramme', programmeId: '2:0' }] }]);
    await session.advanceToEnd();
    expect(session.rejections).toEqual([]);
    expect(notices.list).toEqual([]);

    // the club removed from the queue: its planned stop goes with it, named for the page
    expect(await switchTo(deps, originalId)).toBe(true);
    await branchFrom(deps, 2, 'sans club', { base: 'principale', ticks: [2] }, 'original');
    expect(session.remove(1)).toEqual([{ tick: 6, action: stopClub }]);
    expect(session.pending).toEqual([survey]);
    expect(session.planned).toEqual([]);

    // the club undone (the queue's last decision): the same
    expect(await switchTo(deps, originalId)).toBe(true);
    await branchFrom(deps, 2, 'club annulé', { base: 'principale', ticks: [2] }, 'original');
    expect(session.undo()).toEqual(club);
    expect(session.pending).toEqual([survey]);
    expect(session.planned).toEqual([]);
    await session.advanceToEnd();
    expect(session.rejections).toEqual([]);
    expect(notices.list).toEqual([]);
  }, 60_000);
});
