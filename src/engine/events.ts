/**
 * The per-run event log: every customer event ("semaine 12 : réclamation traitée en retard")
 * appended to columnar typed arrays in the state (11 bytes an entry). customers.eventHead keeps each
 * customer's last entry: one customer's history is read backwards from there (customerEvents), a scan
 * of the log before it rather than 4 bytes an entry for a linked list that only the tests walk (the
 * app stores each period's events in IndexedDB). The log grows by half its size when full.
 */
import { EVENT_LOG_INITIAL_CAPACITY } from './params.ts';
import type { SimState } from './state.ts';
import type { EventBatch } from './types.ts';
import { grown } from './typedArrays.ts';
import { EVENT_TYPES, type EventType } from './vocabulary.ts';

/** Event type codes by name, for the engine's own calls. */
export const EV = Object.fromEntries(EVENT_TYPES.map((t, i) => [t, i])) as {
  [K in EventType]: number;
};

export function emptyEventLog(): Pick<SimState, 'eventCount' | 'eventTick' | 'eventCustomer' | 'eventType' | 'eventDetail'> {
  const c = EVENT_LOG_INITIAL_CAPACITY;
  return {
    eventCount: 0,
    eventTick: new Int16Array(c),
    eventCustomer: new Int32Array(c),
    eventType: new Uint8Array(c),
    eventDetail: new Int32Array(c),
  };
}

function grow(state: SimState): void {
  const c = state.eventTick.length + (state.eventTick.length >> 1);
  state.eventTick = grown(state.eventTick, c);
  state.eventCustomer = grown(state.eventCustomer, c);
  state.eventType = grown(state.eventType, c);
  state.eventDetail = grown(state.eventDetail, c);
}

/** Appends one event for customer i at the state's current tick. */
export function logEvent(state: SimState, i: number, type: number, detail: number): void {
  if (state.eventCount === state.eventTick.length) grow(state);
  const e = state.eventCount++;
  state.eventTick[e] = state.tick;
  state.eventCustomer[e] = i;
  state.eventType[e] = type;
  state.eventDetail[e] = detail;
  state.customers.eventHead[i] = e;
}

/** The events logged since entry `from` (this tick's), as a transferable batch. */
export function eventBatchSince(state: SimState, from: number): EventBatch {
  const to = state.eventCount;
  return {
    tick: state.tick,
    length: to - from,
    customer: state.eventCustomer.slice(from, to),
    type: state.eventType.slice(from, to),
    detail: state.eventDetail.slice(from, to),
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
  const owner = state.eventCustomer;
  for (let e = state.customers.eventHead[i]; e >= 0; e--)
    if (owner[e] === i)
      out.push({
        tick: state.eventTick[e],
        type: EVENT_TYPES[state.eventType[e]],
        detail: state.eventDetail[e],
      });
  return out.reverse();
}
