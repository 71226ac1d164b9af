import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { EngineClient } from '../../../src/app/engineClient.ts';
import { reportBuffers } from '../../../src/app/engineProtocol.ts';
import type { Action } from '../../../src/engine/decisions.ts';
import { shippedScenarioList, smallScenario } from './testServices.ts';
import { inProcessEngineTransport } from './engineTransport.ts';

const scenario = smallScenario(shippedScenarioList()[0], 250);
const club: Action = { type: 'lienSocial', instrument: 'club', target: { segments: ['bon'] } };

describe('engine protocol (in-process, as the worker runs it)', () => {
  it('creates a run, steps it, and sends every record that changed since the base it created', async () => {
    const engine = new EngineClient(inProcessEngineTransport());
    const created = await engine.create('a', scenario, 9);
    expect(created).toMatchObject({ tick: 0, reports: [] });
    expect(created.customerCount).toBeGreaterThanOrEqual(scenario.customers.initial);
    const base = await engine.customers('a');
    const step = await engine.step('a', [club]);
    // the page gets the report, the budget reserves and the customer count (a read-only tab's follow); the autosave's records and hash come with tickChanges
    expect(Object.keys(step)).toEqual(['report', 'reserves', 'customerCount']);
    expect(step.customerCount).toBeGreaterThanOrEqual(created.customerCount);
    expect(step.reserves).toEqual([{ id: '0:0', reserve: expect.any(Number), ahead: { reserve: expect.any(Array), cost: expect.any(Array) } }]);
    // period after period until the end of the game, the next one being the engine's own reserve
    expect(step.reserves[0].ahead!.reserve).toHaveLength(scenario.durationTicks - 1);
    expect(step.reserves[0].ahead!.reserve[0]).toBeCloseTo(step.reserves[0].reserve);
    const { report } = step;
    expect(report.tick).toBe(0);
    expect(reportBuffers(report).length).toBeGreaterThan(0);
    const { changed, stateHash } = await engine.tickChanges('a');
    expect(stateHash).toBe(await engine.hash('a'));
    expect(stateHash).toMatch(/^[0-9a-f]+$/);
    const now = await engine.customers('a');
    expect(changed).toEqual(now.filter((c, i) => !isDeepStrictEqual(c, base[i])));
    // not only the buyers and the customers with an event: RFM scores, segments and stages move for others
    const touched = new Set([...report.purchases.customer, ...report.events.customer]);
    expect(changed.some((c) => !touched.has(c.id))).toBe(true);
    for (const id of touched) expect(changed.map((c) => c.id)).toContain(id);
    // applied to the base, the changed records give the engine's base
    const applied = [...base];
    for (const c of changed) applied[c.id] = c;
    expect(applied).toEqual(now);
  });

  it('sends the changes of every tick stepped since the last tickChanges, per run (clones included)', async () => {
    const engine = new EngineClient(inProcessEngineTransport());
    await engine.create('a', scenario, 9);
    const base = await engine.customers('a');
    await engine.step('a', [club]);
    await engine.clone('a', 'b');
    await engine.step('a', []);
    const applied = [...base];
    for (const c of (await engine.tickChanges('a')).changed) applied[c.id] = c;
    expect(applied).toEqual(await engine.customers('a'));
    // nothing stepped since: nothing to send
    expect((await engine.tickChanges('a')).changed).toEqual([]);
    // the clone still owes the page its first tick, whatever the trunk sent
    const branch = [...base];
    for (const c of (await engine.tickChanges('b')).changed) branch[c.id] = c;
    expect(branch).toEqual(await engine.customers('b'));
  });

  it('says when a replay does not give the saved hash, and owes the page only what changes after the replayed state', async () => {
    const engine = new EngineClient(inProcessEngineTransport());
    await engine.create('played', scenario, 9);
    await engine.step('played', [club]);
    await engine.step('played', []);
    const saved = await engine.hash('played');
    const decisions = [{ tick: 0, actions: [club] }];
    expect((await engine.create('same', scenario, 9, decisions, 2, saved)).recalculated).toBe(false);
    expect((await engine.create('none', scenario, 9, decisions, 2)).recalculated).toBe(false);
    const other = await engine.create('other', scenario, 9, decisions, 2, '0123456789abcdef');
    expect(other.recalculated).toBe(true);
    expect(other.reports.map((r) => r.tick)).toEqual([0, 1]);
    // the page rewrites the stored history with this state (session resume): nothing is owed for it...
    expect((await engine.tickChanges('other')).changed).toEqual([]);
    // ...and after a tick, only what that tick changed, as for a run saved by the same model
    await engine.step('other', []);
    await engine.step('same', []);
    const changed = (await engine.tickChanges('other')).changed;
    expect(changed.length).toBeLessThan((await engine.customers('other')).length);
    expect(changed).toEqual((await engine.tickChanges('same')).changed);
  });

  it('replays a decisions log to the same state as playing it tick by tick', async () => {
    const engine = new EngineClient(inProcessEngineTransport());
    await engine.create('played', scenario, 9);
    await engine.step('played', [club]);
    await engine.step('played', []);
    await engine.step('played', [{ type: 'enquete', instrument: 'questionnaire', sampleSize: 40 }]);
    const log = [
      { tick: 0, actions: [club] },
      { tick: 2, actions: [{ type: 'enquete', instrument: 'questionnaire', sampleSize: 40 } as Action] },
    ];
    const replayed = await engine.create('replayed', scenario, 9, log, 3);
    expect(replayed.tick).toBe(3);
    expect(replayed.reports.map((r) => r.tick)).toEqual([0, 1, 2]);
    expect(await engine.hash('replayed')).toBe(await engine.hash('played'));
  });

  it('replays a result file without keeping a run, to the hash of the run played tick by tick', async () => {
    const engine = new EngineClient(inProcessEngineTransport());
    await engine.create('played', scenario, 9);
    await engine.step('played', [club]);
    await engine.step('played', []);
    const played = await engine.hash('played');
    const transport = inProcessEngineTransport();
    const outcome = await transport.send({ kind: 'replay', scenario, seed: 9, ticks: 2, decisions: [{ tick: 0, actions: [club] }] });
    expect(outcome.stateHash).toBe(played);
    expect(outcome.kpis.map((k) => k.tick)).toEqual([0, 1]);
    // the replaying engine says which model it is: the one the page's engine reports for result files
    expect(outcome.modelFingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(outcome.modelFingerprint).toBe(await engine.modelFingerprint());
    await expect(transport.send({ kind: 'hash', run: 'replay' })).rejects.toThrow(/inconnue/);
  });

  it('counts a target and previews its first customers still there in id order', async () => {
    const engine = new EngineClient(inProcessEngineTransport());
    const created = await engine.create('a', scenario, 9);
    const all = await engine.selectTarget('a', {}, 5);
    expect(all.count).toBe(created.customerCount);
    // the first customers still there (customer 4 of this base is lost: left out, as the count leaves him out)
    const stillThere = (await engine.customers('a')).filter((c) => c.stage !== 'perdu');
    expect(all.preview.map((c) => c.id)).toEqual(stillThere.slice(0, 5).map((c) => c.id));
    const some = await engine.selectTarget('a', { segments: ['tresBon'] }, 3, true);
    expect(some.count).toBeLessThan(all.count);
    expect(some.preview.every((c) => c.segment === 'tresBon')).toBe(true);
    // and, asked for, what the engine expects of them period after period: the very good customers are not lost and buy
    expect(some.spend.active).toBe(some.count);
    expect(some.spend.curves!.all.members[0]).toBe(some.count);
    expect(some.spend.curves!.all.spend[0]).toBeGreaterThan(0);
    expect(some.spend.curves!.all.members).toHaveLength(scenario.durationTicks);
    // a count alone (the target builder while the learner edits, a mission's check) is not priced:
    // the curves, O(customers x periods left), are not worked out for it
    expect(all.spend.curves).toBeUndefined();
    expect((await engine.selectTarget('a', { segments: ['tresBon'] }, 3)).spend).toEqual({
      active: some.spend.active,
      withoutConsent: some.spend.withoutConsent,
      data: some.spend.data,
      complaints: some.spend.complaints,
    });
    // the complaints the engine expects of them next period (the first period's runway prices them)
    expect(all.spend.complaints).toBeGreaterThan(some.spend.complaints!);
    // and what the shop knows of them (visible « données connues »), for the personalisation form (QA shops F8)
    expect(some.spend.data).toBeDefined();
    expect(some.spend.data!.withData).toBeLessThanOrEqual(some.spend.active);
    expect(some.spend.data!.known).toBeLessThanOrEqual(some.spend.data!.withData);
    const limited = await engine.selectTarget('a', { limit: 7 }, 100);
    // 7 customers still there; a lost one before the 7th is selected too, never counted in the limit (engine target.ts)
    expect(limited.count).toBeGreaterThan(7);
    expect(limited.spend.active).toBe(7);
    // but not previewed: « Premiers clients de la cible » lists those the action reaches, the count beside it
    expect(limited.preview.map((c) => c.stage)).toEqual(Array(7).fill(expect.not.stringMatching(/^perdu$/)));
  });

  it('previews only the customers still there, the ones the count counts, and none when every one matching is lost', async () => {
    const engine = new EngineClient(inProcessEngineTransport());
    await engine.create('a', scenario, 9);
    const everyone = await engine.customers('a');
    const lost = everyone.filter((c) => c.stage === 'perdu');
    expect(lost.length).toBeGreaterThan(0);
    // a target that matches lost customers by their last scores: R at 1 is mostly lost ones (QA play 26 #2)
    const lowR = await engine.selectTarget('a', { r: [1, 1] }, 1000);
    const matching = everyone.filter((c) => c.r === 1);
    expect(lowR.count).toBe(matching.length);
    expect(matching.some((c) => c.stage === 'perdu')).toBe(true);
    expect(lowR.preview.map((c) => c.id)).toEqual(matching.filter((c) => c.stage !== 'perdu').map((c) => c.id));
    expect(lowR.preview).toHaveLength(lowR.spend.active);
    // only lost customers: counted apart, no one to preview
    const gone = await engine.selectTarget('a', { stages: ['perdu'] }, 8);
    expect(gone.count).toBe(lost.length);
    expect(gone.spend.active).toBe(0);
    expect(gone.preview).toEqual([]);
  });

  it('clones a run into an independent branch', async () => {
    const engine = new EngineClient(inProcessEngineTransport());
    await engine.create('trunk', scenario, 9);
    await engine.step('trunk', []);
    await engine.clone('trunk', 'branch');
    expect(await engine.hash('branch')).toBe(await engine.hash('trunk'));
    await engine.step('branch', [club]);
    expect(await engine.hash('branch')).not.toBe(await engine.hash('trunk'));
    await engine.dispose('branch');
    await expect(engine.hash('branch')).rejects.toThrow(/inconnue/);
  });
});
