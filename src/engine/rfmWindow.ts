/**
 * The exact 12-month RFM window: a ring buffer of purchase counts (Uint8) and spend (Float32) per
 * customer and tick (slot-major), with running sums. Frequency is an exact integer; monetary is an
 * exact sum of Float32 values in Float64 (no drift), so F and M over 12 months are exact.
 * Then RFM scores and segments via rfm.ts (quintiles over customers who ever bought).
 */
import type { TickContext } from './context.ts';
import { computeRfmScores, courseSegment, rfSegment, type RfmScores } from './rfm.ts';
import { NO_CODE, NO_TICK, type SimState } from './state.ts';
import { COURSE_SEGMENTS, RF_SEGMENTS } from './vocabulary.ts';

/** Moves customer i's window to this tick: drops the slot that leaves, writes this tick's values. */
export function windowStep(ctx: TickContext, i: number, visits: number, spent: number): void {
  const s = ctx.state;
  const k = ctx.ringSlot * s.capacity + i;
  // no purchase now and none in the slot that leaves: nothing changes (spend > 0 only with a purchase)
  if (visits === 0 && s.ringCount[k] === 0) return;
  const c = s.customers;
  c.frequency12[i] += (visits > 255 ? 255 : visits) - s.ringCount[k];
  c.monetary12[i] += Math.fround(spent) - s.ringSpend[k];
  s.ringCount[k] = visits > 255 ? 255 : visits;
  s.ringSpend[k] = spent;
}

// Segment look-up tables over every (r, f, m, isNew), filled once from rfm.ts's rules, except that in
// the simulation a new customer (first purchase less than NEW_CUSTOMER_WEEKS ago, the lifecycle's own
// definition of stage nouveau) is always segment nouveau, even in the lowest recency quintile: stage
// and segment agree by definition (lifecycle.ts). rfm.ts keeps inactif first for imported logs.
const COURSE_TABLE = new Int8Array(250);
const SEG_NOUVEAU = COURSE_SEGMENTS.indexOf('nouveau');
const RF_TABLE = new Int8Array(25);
for (let r = 1; r <= 5; r++)
  for (let f = 1; f <= 5; f++) {
    RF_TABLE[(r - 1) * 5 + f - 1] = rfSegment(r, f);
    for (let m = 1; m <= 5; m++)
      for (let isNew = 0; isNew <= 1; isNew++)
        COURSE_TABLE[(r - 1) * 50 + (f - 1) * 10 + (m - 1) * 2 + isNew] = isNew === 1 ? SEG_NOUVEAU : courseSegment(r, f, m, false);
  }

let recency = new Float64Array(0);
let eligible = new Uint8Array(0);

/** Customers per course segment, per R x F segment, and per (r, f) cell (index (r - 1) * 5 + f - 1). */
export interface SegmentCounts {
  segments: Float64Array;
  rfSegments: Float64Array;
  rfGrid: Float64Array;
}

/** Scores every customer who ever bought; segments from the scores; returns the counts. */
export function scoreRfm(state: SimState, newCustomerTicks: number): SegmentCounts {
  const counts: SegmentCounts = {
    segments: new Float64Array(COURSE_SEGMENTS.length),
    rfSegments: new Float64Array(RF_SEGMENTS.length),
    rfGrid: new Float64Array(25),
  };
  const n = state.n;
  const c = state.customers;
  if (recency.length < n) {
    recency = new Float64Array(state.capacity);
    eligible = new Uint8Array(state.capacity);
  }
  for (let i = 0; i < n; i++) {
    const last = c.lastPurchaseTick[i];
    const ok = last !== NO_TICK && last <= state.tick;
    eligible[i] = ok ? 1 : 0;
    recency[i] = ok ? state.tick - last : 0;
  }
  const out: RfmScores = { r: c.r, f: c.f, m: c.m, limits: state.rfmLimits };
  const res = computeRfmScores({ n, recency, frequency: c.frequency12, monetary: c.monetary12, eligible }, out);
  state.rfmLimits = res.limits;
  if (res.r !== c.r) {
    c.r.set(res.r.subarray(0, n));
    c.f.set(res.f.subarray(0, n));
    c.m.set(res.m.subarray(0, n));
  }
  for (let i = 0; i < n; i++) {
    const r = c.r[i];
    if (r === 0) {
      c.segment[i] = NO_CODE;
      c.rfSegment[i] = NO_CODE;
      continue;
    }
    const isNew = state.tick - c.firstPurchaseTick[i] < newCustomerTicks ? 1 : 0;
    const f = c.f[i];
    const seg = COURSE_TABLE[(r - 1) * 50 + (f - 1) * 10 + (c.m[i] - 1) * 2 + isNew];
    const rf = RF_TABLE[(r - 1) * 5 + f - 1];
    c.segment[i] = seg < 0 ? NO_CODE : seg;
    c.rfSegment[i] = rf < 0 ? NO_CODE : rf;
    if (seg >= 0) counts.segments[seg]++;
    if (rf >= 0) counts.rfSegments[rf]++;
    counts.rfGrid[(r - 1) * 5 + c.f[i] - 1]++;
  }
  return counts;
}
