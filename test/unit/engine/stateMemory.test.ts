/**
 * The state's memory (issue 2: < 50 MB for 100,000 customers; the bench measures it, `stateMB`):
 * the RFM ring keeps exactly its buyers (no room to spare in its 52 slots) and the event log's ticks
 * take 2 bytes. Neither changes a result: the state hash of a log held in Int32 is the same. The event log grows
 * a chunk at a time (no copy, less than a chunk free) and hashes as one piece; an entry keeps no link to the
 * customer's previous one: customerEvents reads a history back from the customer's last entry.
 */
import { describe, expect, it } from 'vitest';
import { cloneState, createSimulation, customerEvents, hashState, runSimulation, stepSimulation } from '../../../src/engine/index.ts';
import { EVENT_LOG_CHUNK } from '../../../src/engine/params.ts';
import type { SimState } from '../../../src/engine/state.ts';
import type { EventBatch } from '../../../src/engine/types.ts';
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
    const chunk = state.eventChunks[0];
    expect(chunk.tick.BYTES_PER_ELEMENT).toBe(2);
    expect(state.eventCount).toBeGreaterThan(0);
    expect(Math.min(...chunk.tick.subarray(0, Math.min(state.eventCount, chunk.tick.length)))).toBeLessThan(0); // the pre-history's ticks
    const wide = cloneState(state);
    for (const c of wide.eventChunks) (c as unknown as { tick: Int32Array }).tick = Int32Array.from(c.tick);
    expect(hashState(wide)).toBe(hashState(state));
  });
});

/** The log's entries [from, eventCount), each column in one plain array. */
function logEntries(state: SimState, from = 0) {
  const out = { tick: [] as number[], customer: [] as number[], type: [] as number[], detail: [] as number[] };
  for (let e = from; e < state.eventCount; e++) {
    const c = state.eventChunks[Math.floor(e / EVENT_LOG_CHUNK)];
    const at = e % EVENT_LOG_CHUNK;
    out.tick.push(c.tick[at]);
    out.customer.push(c.customer[at]);
    out.type.push(c.type[at]);
    out.detail.push(c.detail[at]);
  }
  return out;
}

describe('event log', () => {
  // 16,000 customers for 30 ticks: about 38,000 events, three chunks
  const scenario = testScenario();
  const sim = createSimulation(scenario, { seed: 5, customers: 16000 });
  const firstChunk = sim.eventChunks[0];
  const firstEntries = logEntries(sim);
  const from = sim.eventCount;
  const batches: EventBatch[] = [];
  for (let t = 0; t < 30; t++) batches.push(stepSimulation(sim, scenario, []).events);

  it('grows a chunk at a time: nothing it holds is copied, and it keeps less than one chunk free', () => {
    expect(sim.eventChunks.length).toBeGreaterThanOrEqual(3);
    expect(sim.eventChunks[0]).toBe(firstChunk);
    const before = logEntries(sim);
    expect(before.customer.slice(0, firstEntries.customer.length)).toEqual(firstEntries.customer);
    const room = sim.eventChunks.length * EVENT_LOG_CHUNK - sim.eventCount;
    expect(room).toBeGreaterThanOrEqual(0);
    expect(room).toBeLessThan(EVENT_LOG_CHUNK);
  });

  it('hashes the same whatever its chunks: the log in one piece gives the same state hash', () => {
    const whole = cloneState(sim);
    const length = sim.eventChunks.length * EVENT_LOG_CHUNK;
    const one = { tick: new Int16Array(length), customer: new Int32Array(length), type: new Uint8Array(length), detail: new Int32Array(length) };
    const all = logEntries(sim);
    one.tick.set(all.tick);
    one.customer.set(all.customer);
    one.type.set(all.type);
    one.detail.set(all.detail);
    whole.eventChunks = [one];
    expect(hashState(whole)).toBe(hashState(sim));
    one.detail[sim.eventCount - 1] += 1; // the last entry, in the last chunk, is hashed
    expect(hashState(whole)).not.toBe(hashState(sim));
  });

  it('gives each period its entries, a batch across two chunks included', () => {
    let start = from;
    let across = 0;
    for (const batch of batches) {
      const expected = logEntries(sim, start);
      expect(Array.from(batch.customer)).toEqual(expected.customer.slice(0, batch.length));
      expect(Array.from(batch.type)).toEqual(expected.type.slice(0, batch.length));
      expect(Array.from(batch.detail)).toEqual(expected.detail.slice(0, batch.length));
      if (batch.length > 0 && Math.floor(start / EVENT_LOG_CHUNK) !== Math.floor((start + batch.length - 1) / EVENT_LOG_CHUNK)) across++;
      start += batch.length;
    }
    expect(start).toBe(sim.eventCount);
    expect(across).toBeGreaterThanOrEqual(1);
  });

  it('an event takes 11 bytes, and a customer’s history is their entries of the log, oldest first', () => {
    const chunk = sim.eventChunks[0];
    expect(chunk.tick.BYTES_PER_ELEMENT + chunk.customer.BYTES_PER_ELEMENT + chunk.type.BYTES_PER_ELEMENT + chunk.detail.BYTES_PER_ELEMENT).toBe(11);
    expect('eventPrev' in sim).toBe(false);
    const all = logEntries(sim);
    const histories = new Map<number, { tick: number; type: string; detail: number }[]>();
    all.customer.forEach((i, e) => {
      const entry = { tick: all.tick[e], type: EVENT_TYPES[all.type[e]], detail: all.detail[e] };
      const history = histories.get(i);
      if (history) history.push(entry);
      else histories.set(i, [entry]);
    });
    expect([...histories.values()].some((h) => h.length >= 3)).toBe(true);
    for (let i = 0; i < sim.n; i += 7) expect(customerEvents(sim, i)).toEqual(histories.get(i) ?? []);
    expect(customerEvents(sim, sim.n)).toEqual([]);
  });
});
