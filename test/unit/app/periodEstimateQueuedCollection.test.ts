/**
 * review22 M1: a data collection queued before a personalised reminder asks consent first, and the reminder enrols who
 * accepts (engine actions.ts, a period's decisions in their order). The strategy form priced the top of that range, but once
 * « Appliquer » queued the reminder, the period's estimate (« Coût estimé de la semaine », the budget gate, the runway)
 * priced it without the collection: only who consents now, up to 3× less. Both now ask the engine with the same
 * collections (periodCost.ts collectedBefore), so the period's cost of the queued reminder is the form's estimate top.
 */
import { describe, expect, it } from 'vitest';
import { EngineClient } from '../../../src/app/engineClient.ts';
import { Notices } from '../../../src/app/notices.svelte.ts';
import { memoryRunStore } from '../../../src/app/runStore.ts';
import { GameSession } from '../../../src/app/session.svelte.ts';
import { PeriodEstimate } from '../../../src/app/periodEstimate.svelte.ts';
import { collectedBefore } from '../../../src/app/periodCost.ts';
import { strategyCost } from '../../../src/app/costEstimate.ts';
import type { Action, Target } from '../../../src/engine/decisions.ts';
import { inProcessEngineTransport } from './engineTransport.ts';
import { shippedScenarioList, smallScenario } from './testServices.ts';

const scenario = smallScenario(shippedScenarioList().find((s) => s.id === 'optique-lumiere')!, 400);

describe('the period’s estimate of a reminder queued behind a data collection', () => {
  it('collectedBefore: the collections placed before the position only', () => {
    const a: Target = { segments: ['tresBon'] };
    const b: Target = { segments: ['bon'] };
    const pending: Action[] = [
      { type: 'collecteDonnees', instrument: 'carteFidelite', target: a },
      { type: 'personnalisation', instrument: 'relancePersonnalisee', target: a },
      { type: 'collecteDonnees', instrument: 'carteFidelite', target: b },
    ];
    expect(collectedBefore(pending, 0)).toEqual([]);
    expect(collectedBefore(pending, 1)).toEqual([a]);
    expect(collectedBefore(pending, pending.length)).toEqual([a, b]);
  });

  it('costs what the strategy form estimated: the top of its range', async () => {
    const session = new GameSession({ engine: new EngineClient(inProcessEngineTransport()), store: memoryRunStore(), notices: new Notices() });
    await session.start(scenario, 5, 'test');
    const target: Target = { segments: ['tresBon'] };
    expect(session.add({ type: 'collecteDonnees', instrument: 'carteFidelite', target })).toBe(true);
    // the form, as DecisionsScreen asks it: with the queued collections
    const { count, spend } = await session.selectTarget(target, 0, true, collectedBefore(session.pending, session.pending.length));
    expect(spend.asked).toBeGreaterThan(0);
    const choice = { strategy: 'personnalisation' as const, instrument: 'relancePersonnalisee' as const, discountRate: 0, durationTicks: null };
    const form = strategyCost(choice, count, scenario.tickUnit, session.kpis.at(-1), spend, 1);
    const lower = strategyCost(choice, count, scenario.tickUnit, session.kpis.at(-1), { ...spend, asked: undefined, askedCurves: undefined }, 1);
    expect(form.setup + form.perTick).toBeGreaterThan(lower.setup + lower.perTick);

    expect(session.add({ type: 'personnalisation', instrument: 'relancePersonnalisee', target })).toBe(true);
    const estimate = new PeriodEstimate();
    await estimate.refresh(session);
    expect(estimate.cost!.decisions[1]).toBeCloseTo(form.setup + form.perTick, 6);
  });

  it('a reminder queued before the collection is not counted with it (the engine runs it first)', async () => {
    const session = new GameSession({ engine: new EngineClient(inProcessEngineTransport()), store: memoryRunStore(), notices: new Notices() });
    await session.start(scenario, 5, 'test');
    const target: Target = { segments: ['tresBon'] };
    const { count, spend } = await session.selectTarget(target, 0, true);
    const choice = { strategy: 'personnalisation' as const, instrument: 'relancePersonnalisee' as const, discountRate: 0, durationTicks: null };
    const alone = strategyCost(choice, count, scenario.tickUnit, undefined, spend, 1);
    expect(session.add({ type: 'personnalisation', instrument: 'relancePersonnalisee', target })).toBe(true);
    expect(session.add({ type: 'collecteDonnees', instrument: 'carteFidelite', target })).toBe(true);
    const estimate = new PeriodEstimate();
    await estimate.refresh(session);
    expect(estimate.cost!.decisions[0]).toBeCloseTo(alone.setup + alone.perTick, 6);
  });
});
