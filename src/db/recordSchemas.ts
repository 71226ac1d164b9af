/**
 * zod checks of what comes back from storage or from an imported file: a record that does not
 * match is skipped with a message (tCount('db.recordInvalid', …)), never a crash further down. The
 * schemas are tied to the engine's types with `satisfies`, so the shapes are not written twice:
 * a change in src/engine/types.ts that these schemas miss fails the type check.
 */
import { z } from 'zod/mini';
import { decisionsLogSchema, tickDecisionsSchema } from '../engine/decisions.ts';
import type { CustomerRecord } from '../engine/types.ts';
import { CHANNELS, COURSE_SEGMENTS, DEPARTURE_CAUSES, LADDER, MOTIVES, RF_SEGMENTS, STAGES } from '../engine/vocabulary.ts';
import { scenarioSchema } from '../scenario/schema.ts';
import { runClassSchema } from '../presets/runClassSchema.ts';
import { seedTargetsSchema } from '../results/seedTargetsSchema.ts';
import type { RunRecord } from './schema.ts';

const tick = z.int();
const score = z.int().check(z.gte(0), z.lte(5));
/** Strings from files are kept as text (HTML included, never interpreted) but bounded. */
const text = (max: number) => z.string().check(z.maxLength(max));

export const customerRecordSchema = z.object({
  id: z.int().check(z.gte(0)),
  firstName: text(100),
  lastName: text(100),
  age: z.int().check(z.gte(0), z.lte(130)),
  town: z.int().check(z.gte(0)),
  motive: z.enum(MOTIVES),
  channel: z.enum(CHANNELS),
  firstPurchaseTick: z.nullable(tick),
  lastPurchaseTick: z.nullable(tick),
  purchasesTotal: z.int().check(z.gte(0)),
  spendTotal: z.number().check(z.gte(0)),
  loyaltyCard: z.boolean(),
  clubMember: z.boolean(),
  stage: z.enum(STAGES),
  ladder: z.enum(LADDER),
  r: score,
  f: score,
  m: score,
  segment: z.nullable(z.enum(COURSE_SEGMENTS)),
  rfSegment: z.nullable(z.enum(RF_SEGMENTS)),
  measuredSatisfaction: z.nullable(z.number().check(z.gte(0), z.lte(1))),
  dataKnown: z.number().check(z.gte(0), z.lte(1)),
  consent: z.boolean(),
  referred: z.boolean(),
  departureCause: z.nullable(z.enum(DEPARTURE_CAUSES)),
}) satisfies z.ZodMiniType<CustomerRecord>;

const isoDate = z.string().check(z.maxLength(40));

export const runRecordSchema = z.object({
  id: text(100).check(z.minLength(1)),
  name: text(200),
  scenarioId: text(100),
  scenario: scenarioSchema,
  seed: z.int().check(z.gte(0), z.lte(2 ** 31 - 1)),
  customerCount: z.int().check(z.gte(0)),
  createdAt: isoDate,
  updatedAt: isoDate,
  currentTick: z.int().check(z.gte(0)),
  decisions: decisionsLogSchema,
  mode: text(50),
  stateHash: z.nullable(text(200)),
  parentRunId: z.nullable(text(100)),
  branchTick: z.nullable(z.int().check(z.gte(0))),
  pagesStamp: z.optional(text(100)),
  modelFingerprint: z.optional(text(100)),
  classSettings: z.optional(runClassSchema),
  seedTargets: z.optional(seedTargetsSchema),
  noAction: z.optional(
    z.object({ modelFingerprint: text(100), periods: z.array(z.object({ netMargin: z.number(), activeCustomers: z.number() })).check(z.maxLength(10_000)) }),
  ),
  pending: z.optional(tickDecisionsSchema),
  planned: z.optional(decisionsLogSchema),
  branchName: z.optional(z.object({ base: text(200), ticks: z.array(z.int().check(z.gte(0))) })),
}) satisfies z.ZodMiniType<RunRecord>;

// without zod, for the writers (the engine worker's tick writer does not load zod): customerShape.ts
export { looksLikeCustomer } from './customerShape.ts';
