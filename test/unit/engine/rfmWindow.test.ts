/**
 * The engine's fused RFM scorer (scoreRfm: histograms, cursors and boundary groups) must give exactly
 * what the reference scorer (computeRfmScores on the same inputs) gives: scores, segments, limits and
 * counts, on real simulation states and on synthetic bases full of ties, zeros and tiny sizes.
 */
import { describe, expect, it } from 'vitest';
import { createSimulation, stepSimulation } from '../../../src/engine/index.ts';
import { countRfmHistograms, scoreRfm, scoreRfmGeneric, scoreRfmTracked, type SegmentCounts } from '../../../src/engine/rfmWindow.ts';
import { allocateCustomers, cloneState, ensureCapacity, NO_TICK, type RfmTrack, type SimState } from '../../../src/engine/state.ts';
import { STAGES } from '../../../src/engine/vocabulary.ts';
import { testScenario } from './fixtures.ts';

function snapshot(state: SimState, counts: SegmentCounts) {
  const n = state.n;
  const c = state.customers;
  return {
    r: Array.from(c.r.subarray(0, n)),
    f: Array.from(c.f.subarray(0, n)),
    m: Array.from(c.m.subarray(0, n)),
    segment: Array.from(c.segment.subarray(0, n)),
    rfSegment: Array.from(c.rfSegment.subarray(0, n)),
    limits: JSON.parse(JSON.stringify(state.rfmLimits, (_k, v) => (typeof v === 'number' && Number.isNaN(v) ? 'NaN' : v))),
    segments: Array.from(counts.segments),
    rfSegments: Array.from(counts.rfSegments),
    rfGrid: Array.from(counts.rfGrid),
  };
}

/** Scores a copy with each scorer (scores first scrambled so nothing stale can pass) and compares. */
function expectSameAsReference(state: SimState, newCustomerTicks = 13): void {
  const a = cloneState(state);
  const b = cloneState(state);
  a.customers.r.fill(9);
  a.customers.segment.fill(7);
  b.customers.r.fill(3);
  const fused = scoreRfm(a, newCustomerTicks);
  const reference = scoreRfmGeneric(b, newCustomerTicks);
  expect(snapshot(a, fused)).toEqual(snapshot(b, reference));
}

/** A bare state whose RFM inputs are drawn by `fill` (lastPurchaseTick, frequency12, monetary12). */
function syntheticState(n: number, tick: number, fill: (i: number) => [last: number, freq: number, money: number]): SimState {
  const state = createSimulation(testScenario(), { seed: 1, customers: 1 });
  const customers = allocateCustomers(n);
  for (let i = 0; i < n; i++) {
    const [last, freq, money] = fill(i);
    customers.lastPurchaseTick[i] = last;
    customers.firstPurchaseTick[i] = last === NO_TICK ? NO_TICK : last - (i % 20);
    customers.frequency12[i] = freq;
    customers.monetary12[i] = money;
  }
  return { ...state, n, capacity: n, tick, customers };
}

const state0 = createSimulation(testScenario(), { seed: 1, customers: 1 });

/** Small deterministic generator for the synthetic cases. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

describe('fused RFM scorer', () => {
  it('equals the reference scorer along a simulation (history, recruits, dormant and lost customers)', () => {
    const scenario = testScenario();
    const state = createSimulation(scenario, { seed: 3, customers: 3000 });
    expectSameAsReference(state);
    for (let t = 0; t < 30; t++) {
      stepSimulation(state, scenario, []);
      if (t % 6 === 0) expectSameAsReference(state);
    }
  });

  it('equals the reference with ties everywhere, many zero amounts, and a boundary at a bucket start', () => {
    for (const n of [1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 25, 101, 2000]) {
      const rand = lcg(n);
      // amounts from a few values only (ties inside buckets), half of them 0, some never-buyers
      expectSameAsReference(
        syntheticState(n, 50, () => {
          const never = rand() < 0.1;
          const money = rand() < 0.5 ? 0 : [3.5, 3.5000001, 3.75, 12, 12, 100][Math.floor(rand() * 6)];
          return [never ? NO_TICK : 50 - Math.floor(rand() * 8), Math.floor(rand() * 4), never ? 0 : money];
        }),
      );
      // continuous amounts: boundaries inside buckets, selected exactly
      expectSameAsReference(syntheticState(n, 10, (i) => [10 - (i % 3), i % 7, 1 + rand() * 1000]));
      // everybody equal
      expectSameAsReference(syntheticState(n, 0, () => [0, 1, 42.5]));
    }
  });

  it('equals the reference on a base whose window holds (no purchase in 12 months: frequency and amount 0), with dormant and lost customers', () => {
    for (const n of [1, 5, 6, 11, 101, 2000]) {
      const rand = lcg(n + 3);
      const state = syntheticState(n, 120, (i) => {
        if (rand() < 0.1) return [NO_TICK, 0, 0];
        const last = 120 - Math.floor(rand() * 110);
        // out of the window (last purchase 52 or more ticks ago): nothing in it
        if (last <= 120 - state0.ring.length) return [last, 0, 0];
        const money = [3.5, 3.75, 12, 12, 100][Math.floor(rand() * 5)] * (1 + (i % 3));
        return [last, 1 + Math.floor(rand() * 6), money];
      });
      for (let i = 0; i < n; i++) state.customers.stage[i] = i % STAGES.length;
      expectSameAsReference(state);
    }
  });

  it('buckets -0, the smallest denormals and values next to a bucket edge like the reference (the branch-free bucket)', () => {
    const odd = [0, -0, 5e-324, 1e-310, 2.2250738585072014e-308, 1, 1.0000000000000002, 0.9999999999999999, 65536, 1e300];
    for (const n of [5, 12, 40]) {
      const rand = lcg(n + 7);
      expectSameAsReference(syntheticState(n, 20, (i) => [20 - (i % 5), i % 3, odd[Math.floor(rand() * odd.length)]]));
    }
  });

  it('equals the reference when nobody has bought, and falls back on the reference for values it cannot bucket', () => {
    expectSameAsReference(syntheticState(50, 5, () => [NO_TICK, 0, 0]));
    const negative = syntheticState(40, 5, (i) => [5 - (i % 4), i % 3, i === 7 ? -2 : i * 1.5]);
    expectSameAsReference(negative);
  });
});

/** A histogram's non-zero bins (index -> count), for comparisons that ignore capacity. */
function bins(h: Int32Array, offset = 0): Record<number, number> {
  const out: Record<number, number> = {};
  for (let k = 0; k < h.length; k++) if (h[k] !== 0) out[k + offset] = h[k];
  return out;
}

function histograms(t: RfmTrack) {
  return { eligible: t.eligible, broken: t.broken, byLast: bins(t.byLast, t.base), freq: bins(t.freq), mon: bins(t.mon) };
}

describe('tracked RFM histograms (state.rfmTrack)', () => {
  it('equal a fresh count after every tick, through recruits, lost customers, a growth and a copy', () => {
    const scenario = testScenario();
    const state = createSimulation(scenario, { seed: 5, customers: 2500 });
    for (let t = 0; t < 70; t++) {
      if (t === 20) ensureCapacity(state, state.capacity + 1); // the histograms follow the new arrays
      stepSimulation(state, scenario, []);
      const tracked = state.rfmTrack;
      expect(tracked, `tick ${t}`).toBeTruthy();
      expect(tracked!.customers).toBe(state.customers);
      expect(histograms(tracked!), `tick ${t}`).toEqual(histograms(countRfmHistograms(state)!));
    }
    expect(state.rfmTrack!.byLast.some((k, l) => k > 0 && l + state.rfmTrack!.base < state.tick - 52)).toBe(true); // lost customers' old bins
    // a copy counts its own (and scores like the reference); the original keeps its histograms
    const copy = cloneState(state);
    expect(copy.rfmTrack).toBeNull();
    stepSimulation(copy, scenario, []);
    stepSimulation(state, scenario, []);
    expect(histograms(copy.rfmTrack!)).toEqual(histograms(countRfmHistograms(copy)!));
    expect(histograms(state.rfmTrack!)).toEqual(histograms(countRfmHistograms(state)!));
    expect(copy.rfmTrack).not.toBe(state.rfmTrack);
    expectSameAsReference(copy);
  });

  it('are counted afresh for a state whose arrays are not theirs (a spread copy with other customers)', () => {
    const scenario = testScenario();
    const state = createSimulation(scenario, { seed: 2, customers: 800 });
    stepSimulation(state, scenario, []);
    const other = cloneState(state);
    const spread: SimState = { ...state, customers: other.customers, ring: other.ring };
    expect(spread.rfmTrack).toBe(state.rfmTrack);
    stepSimulation(spread, scenario, []);
    expect(spread.rfmTrack).not.toBe(state.rfmTrack);
    expect(histograms(spread.rfmTrack!)).toEqual(histograms(countRfmHistograms(spread)!));
    expect(histograms(state.rfmTrack!)).toEqual(histograms(countRfmHistograms(state)!)); // untouched
  });
});

describe('frozen customers of the RFM scorer (rfmTrack.scored)', () => {
  const DORMANT = STAGES.indexOf('dormant');

  it('leave the pass and keep exactly what the reference gives them, through purchases back into the window and departures', () => {
    const scenario = testScenario();
    const state = createSimulation(scenario, { seed: 4, customers: 2500 });
    let woken = 0;
    let frozenSeen = 0;
    for (let t = 0; t < 90; t++) {
      // dormant customers out of the window now (frozen after this tick's score if not new)
      const c = state.customers;
      const before: number[] = [];
      for (let i = 0; i < state.n; i++) if (c.stage[i] === DORMANT && c.frequency12[i] === 0 && c.lastPurchaseTick[i] !== NO_TICK) before.push(i);
      stepSimulation(state, scenario, []);
      // a dormant customer out of the window who bought again or left: its frozen scores had to change
      woken += before.filter((i) => c.stage[i] !== DORMANT).length;
      const t1 = state.rfmTrack!;
      frozenSeen = Math.max(frozenSeen, t1.frozenLost + t1.frozenDormant);
      expect(t1.scoredLength + t1.frozenLost + t1.frozenDormant, `tick ${t}`).toBe(state.n);
      // the simulation's scorer (its frozen customers untouched) against the reference on a copy
      const reference = cloneState(state);
      reference.customers.r.fill(9);
      reference.customers.segment.fill(7);
      reference.customers.rfSegment.fill(7);
      const expected = snapshot(reference, scoreRfmGeneric(reference, 13));
      expect(snapshot(state, scoreRfmTracked(state, 13)), `tick ${t}`).toEqual(expected);
    }
    expect(frozenSeen).toBeGreaterThan(state.n / 10);
    expect(woken).toBeGreaterThan(10);
  });
});
