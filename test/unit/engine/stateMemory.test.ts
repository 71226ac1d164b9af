/**
 * The state's memory (issue 2: < 50 MB for 100,000 customers; the bench measures it, `stateMB`):
 * the RFM ring keeps exactly its buyers (no room to spare in its 52 slots) and the event log's ticks
 * take 2 bytes. Neither changes a result: the state hash of a log held in Int32 is the same. An entry keeps
 * no link to the customer's previous one: customerEvents reads a history back from the customer's last entry.
 */
import { describe, expect, it } from 'vitest';
import { cloneState, customerEvents, hashState, runSimulation } from '../../../src/engine/index.ts';
import { EVENT_TYPES } from '../../../src/engine/vocabulary.ts';
import { testScenario } from './fixtures.ts';

describe('state memory', () => {
  const { state } = runSimulation(testScenario(), { seed: 5, customers: 3000, ticks: 30 });

  it('each RFM ring slot holds exactly its buyers', () => {
    expect(state.ring.some((slot) => slot.length > 0)).toBe(true);
    for (const slot of state.ring) {
      expect(slot.customer.length).toBe(slot.length);
      expect(slot.count.length).toBe(slot.length);
      expect(slot.spend.length).toBe(slot.length);
    }
  });

  it('event ticks take 2 bytes, and the state hash is the one of the same log in Int32', () => {
    expect(state.eventTick.BYTES_PER_ELEMENT).toBe(2);
    expect(state.eventCount).toBeGreaterThan(0);
    expect(Math.min(...state.eventTick.subarray(0, state.eventCount))).toBeLessThan(0); // the pre-history's ticks
    const wide = cloneState(state);
    (wide as unknown as { eventTick: Int32Array }).eventTick = Int32Array.from(state.eventTick);
    expect(hashState(wide)).toBe(hashState(state));
  });

  it('an event takes 11 bytes, and a customer’s history is their entries of the log, oldest first', () => {
    const { eventTick, eventCustomer, eventType, eventDetail } = state;
    expect(eventTick.BYTES_PER_ELEMENT + eventCustomer.BYTES_PER_ELEMENT + eventType.BYTES_PER_ELEMENT + eventDetail.BYTES_PER_ELEMENT).toBe(11);
    expect('eventPrev' in state).toBe(false);
    const histories = new Map<number, { tick: number; type: string; detail: number }[]>();
    for (let e = 0; e < state.eventCount; e++) {
      const entry = { tick: eventTick[e], type: EVENT_TYPES[eventType[e]], detail: eventDetail[e] };
      const history = histories.get(eventCustomer[e]);
      if (history) history.push(entry);
      else histories.set(eventCustomer[e], [entry]);
    }
    expect([...histories.values()].some((h) => h.length >= 3)).toBe(true);
    for (let i = 0; i < state.n; i++) expect(customerEvents(state, i)).toEqual(histories.get(i) ?? []);
    expect(customerEvents(state, state.n)).toEqual([]);
  });
});
