/**
 * The per-run event log: every customer event ("semaine 12 : réclamation traitée en retard")
 * appended to columnar typed arrays in the state (11 bytes an entry), chunk after chunk of
 * EVENT_LOG_CHUNK entries: entry e is at index e & EVENT_CHUNK_MASK of chunk e >>> EVENT_CHUNK_BITS. The log
 * grows a chunk at a time and never copies what it holds, so its room to spare is less than one chunk
 * (a log grown by half when full kept up to a third of it empty, and copied everything at each growth).
 * customers.eventHead keeps each customer's last entry: one customer's history is read backwards from
 * there (customerEvents), a scan of the log before it rather than 4 bytes an entry for a linked list that
 * only the tests walk (the app stores each period's events in IndexedDB).
 */
import { EVENT_LOG_CHUNK } from './params.ts';
import type { SimState } from './state.ts';
import type { EventBatch } from './types.ts';
import { EVENT_TYPES, type EventType } from './vocabulary.ts';

/** Event type codes by name, for the engine's own calls. */
export const EV = Object.fromEntries(EVENT_TYPES.map((t, i) => [t, i])) as {
  [K in EventType]: number;
};

/** EVENT_LOG_CHUNK entries of the log, one array per column. */
export interface EventChunk {
  /** a tick fits 16 bits (history from −156, at most 260 periods): 2 bytes an event less than Int32 */
  tick: Int16Array;
  customer: Int32Array;
  type: Uint8Array;
  detail: Int32Array;
}

export const EVENT_CHUNK_BITS = Math.log2(EVENT_LOG_CHUNK);
const EVENT_CHUNK_MASK = EVENT_LOG_CHUNK - 1;

function eventChunk(): EventChunk {
  const c = EVENT_LOG_CHUNK;
  return { tick: new Int16Array(c), customer: new Int32Array(c), type: new Uint8Array(c), detail: new Int32Array(c) };
}

export function emptyEventLog(): Pick<SimState, 'eventCount' | 'eventChunks'> {
  return { eventCount: 0, eventChunks: [eventChunk()] };
}

/** Appends one event for customer i at the state's current tick. */
export function logEvent(state: SimState, i: number, type: number, detail: number): void {
  const e = state.eventCount++;
  const chunks = state.eventChunks;
  const k = e >>> EVENT_CHUNK_BITS;
  if (k === chunks.length) chunks.push(eventChunk());
  const chunk = chunks[k];
  const at = e & EVENT_CHUNK_MASK;
  chunk.tick[at] = state.tick;
  chunk.customer[at] = i;
  chunk.type[at] = type;
  chunk.detail[at] = detail;
  state.customers.eventHead[i] = e;
}

/** Copies entries [from, to) of one column of the log (chunk => column) into out. */
function copyColumn<T extends Int32Array | Uint8Array>(state: SimState, column: (chunk: EventChunk) => T, from: number, to: number, out: T): T {
  for (let e = from; e < to; ) {
    const at = e & EVENT_CHUNK_MASK;
    const n = Math.min(to - e, EVENT_LOG_CHUNK - at);
    out.set(column(state.eventChunks[e >>> EVENT_CHUNK_BITS]).subarray(at, at + n), e - from);
    e += n;
  }
  return out;
}

/** The events logged since entry `from` (this tick's), as a transferable batch. */
export function eventBatchSince(state: SimState, from: number): EventBatch {
  const to = state.eventCount;
  return {
    tick: state.tick,
    length: to - from,
    customer: copyColumn(state, (c) => c.customer, from, to, new Int32Array(to - from)),
    type: copyColumn(state, (c) => c.type, from, to, new Uint8Array(to - from)),
    detail: copyColumn(state, (c) => c.detail, from, to, new Int32Array(to - from)),
  };
}

export interface CustomerEvent {
  tick: number;
  type: EventType;
  /** meaning depends on type (see EVENT_TYPES) */
  detail: number;
}

/** Customer i's whole history, oldest first. */
export function customerEvents(state: SimState, i: number): CustomerEvent[] {
  const out: CustomerEvent[] = [];
  if (i < 0 || i >= state.n) return out;
  const chunks = state.eventChunks;
  for (let e = state.customers.eventHead[i]; e >= 0; e--) {
    const chunk = chunks[e >>> EVENT_CHUNK_BITS];
    const at = e & EVENT_CHUNK_MASK;
    if (chunk.customer[at] === i) out.push({ tick: chunk.tick[at], type: EVENT_TYPES[chunk.type[at]], detail: chunk.detail[at] });
  }
  return out.reverse();
}
