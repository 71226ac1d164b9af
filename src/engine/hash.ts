/**
 * hashState: a 64-bit digest (two independent 32-bit lanes, FNV-1a-like and murmur-like) of the
 * whole simulation state, as 16 hex characters. Reads every value through a little-endian
 * DataView so the digest is the same on every platform; NaNs are canonicalised (their bit pattern
 * is engine-defined). Order: scalars (formatVersion, seed, tick, weeksPerTick, window, n,
 * prospectsRemaining, budget, complaintPolicy, priceLevel, churnSmoothed, last measurement),
 * competitorClosed, the per-customer arrays in CUSTOMER_FIELDS order over [0, n), the RFM ring
 * slots in slot order (customers, counts, spends over [0, length)), programmes in order, the event
 * log over [0, eventCount), RFM limits.
 */
import type { EventChunk } from './events.ts';
import { CUSTOMER_FIELD_NAMES, type SimState } from './state.ts';

interface Lanes {
  a: number;
  b: number;
}

function word(h: Lanes, w: number): void {
  h.a = Math.imul(h.a ^ w, 0x01000193);
  h.a ^= h.a >>> 13;
  let b = Math.imul(h.b ^ w, 0x5bd1e995);
  b ^= b >>> 15;
  h.b = Math.imul(b, 0x27d4eb2d);
}

const scratch = new DataView(new ArrayBuffer(8));

function number(h: Lanes, x: number): void {
  scratch.setFloat64(0, x !== x ? NaN : x, true);
  let lo = scratch.getUint32(0, true);
  let hi = scratch.getUint32(4, true);
  if (x !== x) {
    hi = 0x7ff80000;
    lo = 0;
  }
  word(h, lo);
  word(h, hi);
}

function text(h: Lanes, s: string): void {
  word(h, s.length);
  for (let i = 0; i < s.length; i++) word(h, s.charCodeAt(i));
}

type Typed = Uint8Array | Int16Array | Int32Array | Float32Array | Float64Array | Uint32Array;

/** Hashes elements [from, to) of a typed array. */
function array(h: Lanes, arr: Typed, from: number, to: number): void {
  word(h, to - from);
  elements(h, arr, from, to);
}

/**
 * Hashes one column of the event log over [0, eventCount): the same words as array() over the column in one
 * piece, the chunks' length being a multiple of 4 (a Uint8Array gives a word for each 4 bytes).
 */
function eventColumn(h: Lanes, state: SimState, column: (chunk: EventChunk) => Typed): void {
  const count = state.eventCount;
  word(h, count);
  for (let k = 0, from = 0; from < count; k++) {
    const arr = column(state.eventChunks[k]);
    const n = Math.min(arr.length, count - from);
    elements(h, arr, 0, n);
    from += n;
  }
}

function elements(h: Lanes, arr: Typed, from: number, to: number): void {
  const view = new DataView(arr.buffer, arr.byteOffset, arr.byteLength);
  if (arr instanceof Uint8Array) {
    let i = from;
    for (; i + 4 <= to; i += 4) word(h, (arr[i] | (arr[i + 1] << 8) | (arr[i + 2] << 16) | (arr[i + 3] << 24)) >>> 0);
    for (; i < to; i++) word(h, arr[i]);
  } else if (arr instanceof Float32Array) {
    for (let i = from; i < to; i++) {
      const w = view.getUint32(i * 4, true);
      word(h, (w & 0x7f800000) === 0x7f800000 && (w & 0x7fffff) !== 0 ? 0x7fc00000 : w);
    }
  } else if (arr instanceof Int16Array) {
    // the same words as the Int32 values (the event log's ticks were Int32 before): hashes unchanged
    for (let i = from; i < to; i++) word(h, arr[i] >>> 0);
  } else if (arr instanceof Float64Array) {
    for (let i = from; i < to; i++) {
      const lo = view.getUint32(i * 8, true);
      const hi = view.getUint32(i * 8 + 4, true);
      const nan = (hi & 0x7ff00000) === 0x7ff00000 && ((hi & 0xfffff) !== 0 || lo !== 0);
      word(h, nan ? 0 : lo);
      word(h, nan ? 0x7ff80000 : hi);
    }
  } else {
    for (let i = from; i < to; i++) word(h, view.getUint32(i * 4, true));
  }
}

function hex(x: number): string {
  return (x >>> 0).toString(16).padStart(8, '0');
}

export function hashState(state: SimState): string {
  const h: Lanes = { a: 0x811c9dc5, b: 0x9747b28c };
  for (const x of [state.formatVersion, state.seed, state.tick, state.weeksPerTick, state.window, state.n, state.prospectsRemaining])
    number(h, x);
  for (const x of [state.budget, state.complaintPolicy, state.priceLevel, state.churnSmoothed]) number(h, x);
  const m = state.lastMeasurement;
  if (m) {
    text(h, m.method);
    for (const x of [m.sampleSize, m.mean, m.marginOfError, m.tick]) number(h, x);
  } else word(h, 0);
  array(h, state.competitorClosed, 0, state.competitorClosed.length);
  const c = state.customers as unknown as Record<string, Typed>;
  for (const name of CUSTOMER_FIELD_NAMES) array(h, c[name], 0, state.n);
  for (let s = 0; s < state.window; s++) {
    const slot = state.ring[s];
    array(h, slot.customer, 0, slot.length);
    array(h, slot.count, 0, slot.length);
    array(h, slot.spend, 0, slot.length);
  }
  word(h, state.programmes.length);
  for (const p of state.programmes) {
    text(h, p.id);
    text(h, p.type);
    text(h, p.instrument);
    for (const x of [p.startTick, p.effectTick, p.endTick, p.plannedEndTick, p.discountRate, p.imitatedTick]) number(h, x);
    for (const x of [p.costThisTick, p.costToDate, p.incrementalMarginToDate]) number(h, x);
    for (const x of [p.incrementalMarginError, p.comparedTick, p.memberMarginTick, p.controlMarginTick, p.memberShare, p.controlShare]) number(h, x);
    array(h, p.members, 0, p.members.length);
    array(h, p.control, 0, p.control.length);
    array(h, p.memberCumulative, 0, p.memberCumulative.length);
    array(h, p.controlCumulative, 0, p.controlCumulative.length);
  }
  eventColumn(h, state, (c) => c.tick);
  eventColumn(h, state, (c) => c.customer);
  eventColumn(h, state, (c) => c.type);
  eventColumn(h, state, (c) => c.detail);
  for (const list of [state.rfmLimits.recency, state.rfmLimits.frequency, state.rfmLimits.monetary]) {
    word(h, list.length);
    for (const x of list) number(h, x);
  }
  return hex(h.a) + hex(h.b);
}

/** The same digest of a text (the model fingerprint joins its runs' state hashes with it). */
export function hashText(s: string): string {
  const h: Lanes = { a: 0x811c9dc5, b: 0x9747b28c };
  text(h, s);
  return hex(h.a) + hex(h.b);
}
