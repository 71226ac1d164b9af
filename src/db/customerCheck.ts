/**
 * A customer record read back from storage, checked without zod (engine/shapeCheck.ts): the customers
 * screen reads them on every learner's path, and zod (~11 KB gz) stays out of that download (bench
 * app-learner-js, issue 4). The same rules as recordSchemas.ts's customerRecordSchema, which an imported
 * run file is checked with; test/unit/db/customerCheck.test.ts holds the two to the same answers.
 */
import type { CustomerRecord } from '../engine/types.ts';
import { CHANNELS, COURSE_SEGMENTS, DEPARTURE_CAUSES, LADDER, MOTIVES, RF_SEGMENTS, STAGES } from '../engine/vocabulary.ts';
import { bool, int, nullable, num, oneOf, pick, required, text, type Shape } from '../engine/shapeCheck.ts';

const score = required(int(0, 5));
const tick = required(nullable(int()));

const CUSTOMER: Record<keyof CustomerRecord, Shape[string]> = {
  id: required(int(0)),
  firstName: required(text(0, 100)),
  lastName: required(text(0, 100)),
  age: required(int(0, 130)),
  town: required(int(0)),
  motive: required(oneOf(MOTIVES)),
  channel: required(oneOf(CHANNELS)),
  firstPurchaseTick: tick,
  lastPurchaseTick: tick,
  purchasesTotal: required(int(0)),
  spendTotal: required(num(0)),
  loyaltyCard: required(bool),
  clubMember: required(bool),
  stage: required(oneOf(STAGES)),
  ladder: required(oneOf(LADDER)),
  r: score,
  f: score,
  m: score,
  segment: required(nullable(oneOf(COURSE_SEGMENTS))),
  rfSegment: required(nullable(oneOf(RF_SEGMENTS))),
  measuredSatisfaction: required(nullable(num(0, 1))),
  dataKnown: required(num(0, 1)),
  consent: required(bool),
  referred: required(bool),
  departureCause: required(nullable(oneOf(DEPARTURE_CAUSES))),
};

/** The customer record `value` holds (its known fields only), or null when it is not one. */
export function customerRecordOf(value: unknown): CustomerRecord | null {
  return pick(CUSTOMER, value) as CustomerRecord | null;
}
