/**
 * customerRecord: the visible record of one customer (what the shop's database shows), built
 * from the state's arrays and the generated identity.
 */
import { customerIdentity } from './identity.ts';
import { NO_CODE, NO_TICK, type SimState } from './state.ts';
import type { CustomerRecord } from './types.ts';
import { VISIBLE_FIELDS, type VisibleColumn } from './visibleFields.ts';
import { CHANNELS, COURSE_SEGMENTS, DEPARTURE_CAUSES, LADDER, MOTIVES, RF_SEGMENTS, STAGES } from './vocabulary.ts';

export function customerRecord(state: SimState, i: number): CustomerRecord {
  if (!(i >= 0 && i < state.n)) throw new RangeError(`client inconnu\u00a0: ${i}`);
  const c = state.customers;
  const measured = c.measuredSatisfaction[i];
  return {
    id: i,
    ...customerIdentity(state.seed, i),
    motive: MOTIVES[c.motive[i]],
    channel: CHANNELS[c.channel[i]],
    firstPurchaseTick: c.firstPurchaseTick[i] === NO_TICK ? null : c.firstPurchaseTick[i],
    lastPurchaseTick: c.lastPurchaseTick[i] === NO_TICK ? null : c.lastPurchaseTick[i],
    purchasesTotal: c.purchases[i],
    spendTotal: c.spend[i],
    loyaltyCard: c.loyaltyCard[i] !== 0,
    clubMember: c.clubMember[i] !== 0,
    stage: STAGES[c.stage[i]],
    ladder: LADDER[c.ladder[i]],
    r: c.r[i],
    f: c.f[i],
    m: c.m[i],
    segment: c.segment[i] === NO_CODE ? null : COURSE_SEGMENTS[c.segment[i]],
    rfSegment: c.rfSegment[i] === NO_CODE ? null : RF_SEGMENTS[c.rfSegment[i]],
    measuredSatisfaction: measured === measured ? measured : null,
    dataKnown: c.dataKnown[i],
    consent: c.consent[i] !== 0,
    referred: c.referred[i] !== 0,
    departureCause: c.cause[i] === NO_CODE ? null : DEPARTURE_CAUSES[c.cause[i]],
  };
}

// the visible fields in a file of their own: the decisions screen (app/targetSpend.ts) reads them without the engine's state
export { VISIBLE_FIELDS, type VisibleColumn } from './visibleFields.ts';

/** The arrays behind the visible records of customers [0, n): views on the live state, read them at once. */
export function visibleColumns(state: SimState): { n: number; columns: VisibleColumn[] } {
  return { n: state.n, columns: VISIBLE_FIELDS.map((k) => state.customers[k]) };
}
