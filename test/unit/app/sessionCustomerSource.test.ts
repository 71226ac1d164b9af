/**
 * The customer base without a database: records from the engine's current state, so after ticks it
 * is the engine's (RFM scores and segments of customers the ticks did not touch included).
 */
import { describe, expect, it } from 'vitest';
import { EngineClient } from '../../../src/app/engineClient.ts';
import { Notices } from '../../../src/app/notices.svelte.ts';
import { memoryRunStore } from '../../../src/app/runStore.ts';
import { GameSession } from '../../../src/app/session.svelte.ts';
import { sessionCustomerSource } from '../../../src/app/sessionCustomerSource.ts';
import { inProcessEngineTransport } from './engineTransport.ts';
import { shippedScenarioList, smallScenario } from './testServices.ts';

const scenario = smallScenario(shippedScenarioList()[0], 300);
const byId = { column: 'id', direction: 'asc' } as const;

describe('sessionCustomerSource', () => {
  it('shows the engine customer base after ticks, segment filter and customer files included', async () => {
    const engine = new EngineClient(inProcessEngineTransport());
    const session = new GameSession({ engine, store: memoryRunStore(), notices: new Notices(), keepHistory: true });
    await session.start(scenario, 4, 'mémoire');
    const before = await sessionCustomerSource(session).page({}, byId, 0, 1000);
    await session.advance(3);
    const source = sessionCustomerSource(session);
    const records = await engine.customers('partie');
    expect(await source.page({}, byId, 0, 1000)).toEqual(records);
    expect(records).not.toEqual(before);
    const segment = records.find((c) => c.segment !== null)!.segment!;
    const inSegment = records.filter((c) => c.segment === segment);
    expect(await source.count({ segment })).toBe(inSegment.length);
    expect((await source.page({ segment }, byId, 0, 1000)).map((c) => c.id)).toEqual(inSegment.map((c) => c.id));
    const buyer = records.find((c) => c.lastPurchaseTick === 2)!;
    const file = await source.file(buyer.id);
    expect(file.record).toEqual(buyer);
    expect(file.purchases.some((p) => p.tick === 2)).toBe(true);
  });
});
