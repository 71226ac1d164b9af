/**
 * The customers' visible fields (record.ts), apart from the engine's state and record code: the learner's
 * decisions screen (app/targetSpend.ts) reads them, and importing record.ts brought the engine's state and
 * identity code into every learner's download (bench app-learner-js, test/unit/toolchain/learnerPathImports.test.ts).
 */
import type { CustomerArrays } from './state.ts';

/**
 * The per-customer arrays customerRecord reads; the rest of a record (the identity) is fixed by
 * (seed, id). A customer's record changed iff one of these entries did, so the app can keep the
 * last sent values and send only the changed records (src/app/changedCustomers.ts).
 */
export const VISIBLE_FIELDS = [
  'motive',
  'channel',
  'firstPurchaseTick',
  'lastPurchaseTick',
  'purchases',
  'spend',
  'loyaltyCard',
  'clubMember',
  'stage',
  'ladder',
  'r',
  'f',
  'm',
  'segment',
  'rfSegment',
  'measuredSatisfaction',
  'dataKnown',
  'consent',
  'referred',
  'cause',
] as const satisfies readonly (keyof CustomerArrays)[];

export type VisibleColumn = CustomerArrays[(typeof VISIBLE_FIELDS)[number]];
