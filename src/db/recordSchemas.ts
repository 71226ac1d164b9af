/**
 * zod checks of what comes back from storage or from an imported file: a record that does not
 * match is skipped with a message (t('db.recordInvalid')), never a crash further down. The
 * schemas are tied to the engine's types with `satisfies`, so the shapes are not written twice:
 * a change in src/engine/types.ts that these schemas miss fails the type check.
 */
import { z } from 'zod';
import { decisionsLogSchema } from '../engine/decisions.ts';
import type { CustomerRecord } from '../engine/types.ts';
import { CHANNELS, COURSE_SEGMENTS, DEPARTURE_CAUSES, LADDER, MOTIVES, RF_SEGMENTS, STAGES } from '../engine/vocabulary.ts';
import { scenarioSchema } from '../scenario/schema.ts';
import type { RunRecord } from './schema.ts';

const tick = z.number().int();
const score = z.number().int().min(0).max(5);
/** Strings from files are kept as text (HTML included, never interpreted) but bounded. */
const text = (max: number) => z.string().max(max);

export const customerRecordSchema = z.object({
  id: z.number().int().min(0),
  firstName: text(100),
  lastName: text(100),
  age: z.number().int().min(0).max(130),
  town: z.number().int().min(0),
  motive: z.enum(MOTIVES),
  channel: z.enum(CHANNELS),
  firstPurchaseTick: tick.nullable(),
  lastPurchaseTick: tick.nullable(),
  purchasesTotal: z.number().int().min(0),
  spendTotal: z.number().min(0),
  loyaltyCard: z.boolean(),
  clubMember: z.boolean(),
  stage: z.enum(STAGES),
  ladder: z.enum(LADDER),
  r: score,
  f: score,
  m: score,
  segment: z.enum(COURSE_SEGMENTS).nullable(),
  rfSegment: z.enum(RF_SEGMENTS).nullable(),
  measuredSatisfaction: z.number().min(0).max(1).nullable(),
  dataKnown: z.number().min(0).max(1),
  consent: z.boolean(),
  referred: z.boolean(),
  departureCause: z.enum(DEPARTURE_CAUSES).nullable(),
}) satisfies z.ZodType<CustomerRecord>;

const isoDate = z.string().max(40);

export const runRecordSchema = z.object({
  id: text(100).min(1),
  name: text(200),
  scenarioId: text(100),
  scenario: scenarioSchema,
  seed: z.number().int().min(0).max(2 ** 31 - 1),
  customerCount: z.number().int().min(0),
  createdAt: isoDate,
  updatedAt: isoDate,
  currentTick: z.number().int().min(0),
  decisions: decisionsLogSchema,
  mode: text(50),
  stateHash: text(200).nullable(),
  parentRunId: text(100).nullable(),
  branchTick: z.number().int().min(0).nullable(),
  pagesStamp: text(100).optional(),
}) satisfies z.ZodType<RunRecord>;

const STAGE_SET = new Set<string>(STAGES);
const MOTIVE_SET = new Set<string>(MOTIVES);
const CHANNEL_SET = new Set<string>(CHANNELS);
const LADDER_SET = new Set<string>(LADDER);

/**
 * Cheap check used while reading 100,000 customers (zod runs on the returned page only): the
 * fields filters and sorts rely on have the right types and vocabularies.
 */
export function looksLikeCustomer(value: unknown): value is CustomerRecord {
  if (!value || typeof value !== 'object') return false;
  const c = value as Record<string, unknown>;
  return (
    typeof c.id === 'number' &&
    typeof c.firstName === 'string' &&
    typeof c.lastName === 'string' &&
    typeof c.town === 'number' &&
    typeof c.spendTotal === 'number' &&
    STAGE_SET.has(c.stage as string) &&
    MOTIVE_SET.has(c.motive as string) &&
    CHANNEL_SET.has(c.channel as string) &&
    LADDER_SET.has(c.ladder as string)
  );
}
