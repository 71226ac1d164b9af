/**
 * The learner's decisions: what can be done at a tick, and to whom.
 * A decisions log is `DecisionsLog` (a list of { tick, actions }): the same format
 * the app records, the command line reads (`--decisions`), and result files carry.
 * Replaying a scenario with the same seed and the same log gives the same state hash.
 * The learner's forms check an action with actionCheck.ts (same rules, no zod on the learner's path).
 */
import { z } from 'zod/mini';
import { ACQUISITION_CHANNELS, CHANNELS, COURSE_SEGMENTS, LADDER, MOTIVES, RF_SEGMENTS, STAGES } from './vocabulary.ts';
import {
  CAMPAIGN_BUDGET,
  COLLECTION_INSTRUMENTS,
  COMPLAINT_LEVELS,
  CUSTOMISATION_INSTRUMENTS,
  DISCOUNT_RATE,
  FINANCIER_INSTRUMENTS,
  LIEN_SOCIAL_INSTRUMENTS,
  MAX_TARGET_IDS,
  PERSONNALISATION_INSTRUMENTS,
  SURVEY_INSTRUMENTS,
  SURVEY_SAMPLE,
} from './actionCheck.ts';

const scoreRange = z.tuple([z.int().check(z.gte(1), z.lte(5)), z.int().check(z.gte(1), z.lte(5))]);

/** A filter over the customer base. Every given criterion must hold (AND); a list matches any of its values (OR). */
export const targetSchema = z.object({
  segments: z.optional(z.array(z.enum(COURSE_SEGMENTS))),
  rfSegments: z.optional(z.array(z.enum(RF_SEGMENTS))),
  stages: z.optional(z.array(z.enum(STAGES))),
  ladder: z.optional(z.array(z.enum(LADDER))),
  motives: z.optional(z.array(z.enum(MOTIVES))),
  r: z.optional(scoreRange),
  f: z.optional(scoreRange),
  m: z.optional(scoreRange),
  towns: z.optional(z.array(z.int().check(z.gte(0)))),
  channels: z.optional(z.array(z.enum(CHANNELS))),
  loyaltyCard: z.optional(z.boolean()),
  clubMember: z.optional(z.boolean()),
  /** minimum share of data the shop knows about the customer, 0..1 */
  minDataKnown: z.optional(z.number().check(z.gte(0), z.lte(1))),
  /** explicit customer indexes (e.g. from the scoring lab); combined with the other criteria */
  customerIds: z.optional(z.array(z.int().check(z.gte(0))).check(z.maxLength(MAX_TARGET_IDS))),
  /** keep at most this many customers not lost, in customer-id order (deterministic); the lost never count, kept apart (target.ts) */
  limit: z.optional(z.int().check(z.gte(1))),
});
export type Target = z.infer<typeof targetSchema>;

const everyone: Target = {};

export const actionSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('financier'),
    instrument: z.enum(FINANCIER_INSTRUMENTS),
    target: z._default(targetSchema, everyone),
    /** discount granted on purchases of targeted customers, 0..0.5 */
    discountRate: z.number().check(z.gte(DISCOUNT_RATE.min), z.lte(DISCOUNT_RATE.max)),
    /** ticks the programme lasts; omitted = until stopped */
    durationTicks: z.optional(z.int().check(z.gte(1))),
  }),
  z.object({
    type: z.literal('lienSocial'),
    instrument: z.enum(LIEN_SOCIAL_INSTRUMENTS),
    target: z._default(targetSchema, everyone),
    durationTicks: z.optional(z.int().check(z.gte(1))),
  }),
  z.object({
    type: z.literal('personnalisation'),
    instrument: z.enum(PERSONNALISATION_INSTRUMENTS),
    target: z._default(targetSchema, everyone),
    durationTicks: z.optional(z.int().check(z.gte(1))),
  }),
  z.object({
    type: z.literal('customisation'),
    instrument: z.enum(CUSTOMISATION_INSTRUMENTS),
    target: z._default(targetSchema, everyone),
    durationTicks: z.optional(z.int().check(z.gte(1))),
  }),
  z.object({
    type: z.literal('collecteDonnees'),
    instrument: z.enum(COLLECTION_INSTRUMENTS),
    target: z._default(targetSchema, everyone),
  }),
  z.object({
    type: z.literal('enquete'),
    instrument: z.enum(SURVEY_INSTRUMENTS),
    sampleSize: z.int().check(z.gte(SURVEY_SAMPLE.min), z.lte(SURVEY_SAMPLE.max)),
  }),
  z.object({
    type: z.literal('politiqueReclamations'),
    level: z.enum(COMPLAINT_LEVELS),
  }),
  z.object({
    type: z.literal('acquisition'),
    channel: z.enum(ACQUISITION_CHANNELS),
    /** euros spent this tick on the campaign */
    budget: z.number().check(z.gte(CAMPAIGN_BUDGET.min), z.lte(CAMPAIGN_BUDGET.max)),
  }),
  z.object({
    type: z.literal('arreterProgramme'),
    /** id of a running programme, as reported in TickKpis.programmes */
    programmeId: z.string().check(z.minLength(1)),
  }),
]);
export type Action = z.infer<typeof actionSchema>;
export type ActionInput = z.input<typeof actionSchema>;
export type ActionType = Action['type'];

export const tickDecisionsSchema = z.object({
  tick: z.int().check(z.gte(0)),
  actions: z.array(actionSchema),
});
export type TickDecisions = z.infer<typeof tickDecisionsSchema>;

export const decisionsLogSchema = z.array(tickDecisionsSchema).check(
  z.superRefine((log, ctx) => {
    for (let i = 1; i < log.length; i++)
      if (log[i].tick <= log[i - 1].tick)
        ctx.addIssue({ code: 'custom', path: [i, 'tick'], message: 'ticksIncreasing' });
  }),
);
export type DecisionsLog = z.infer<typeof decisionsLogSchema>;

export { programmeId } from './programmeId.ts';
