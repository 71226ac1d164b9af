/**
 * The learner's decisions: what can be done at a tick, and to whom.
 * A decisions log is `DecisionsLog` (a list of { tick, actions }): the same format
 * the app records, the command line reads (`--decisions`), and result files carry.
 * Replaying a scenario with the same seed and the same log gives the same state hash.
 */
import { z } from 'zod';
import { ACQUISITION_CHANNELS, CHANNELS, COURSE_SEGMENTS, LADDER, MOTIVES, RF_SEGMENTS, STAGES } from './vocabulary.ts';

const scoreRange = z.tuple([z.number().int().min(1).max(5), z.number().int().min(1).max(5)]);

/** A filter over the customer base. Every given criterion must hold (AND); a list matches any of its values (OR). */
export const targetSchema = z.object({
  segments: z.array(z.enum(COURSE_SEGMENTS)).optional(),
  rfSegments: z.array(z.enum(RF_SEGMENTS)).optional(),
  stages: z.array(z.enum(STAGES)).optional(),
  ladder: z.array(z.enum(LADDER)).optional(),
  motives: z.array(z.enum(MOTIVES)).optional(),
  r: scoreRange.optional(),
  f: scoreRange.optional(),
  m: scoreRange.optional(),
  towns: z.array(z.number().int().min(0)).optional(),
  channels: z.array(z.enum(CHANNELS)).optional(),
  loyaltyCard: z.boolean().optional(),
  clubMember: z.boolean().optional(),
  /** minimum share of data the shop knows about the customer, 0..1 */
  minDataKnown: z.number().min(0).max(1).optional(),
  /** explicit customer indexes (e.g. from the scoring lab); combined with the other criteria */
  customerIds: z.array(z.number().int().min(0)).max(200_000).optional(),
  /** keep at most this many, in customer-id order (deterministic) */
  limit: z.number().int().min(1).optional(),
});
export type Target = z.infer<typeof targetSchema>;

const everyone: Target = {};

export const actionSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('financier'),
    instrument: z.enum(['coupon', 'points', 'remiseVolume']),
    target: targetSchema.default(everyone),
    /** discount granted on purchases of targeted customers, 0..0.5 */
    discountRate: z.number().min(0.01).max(0.5),
    /** ticks the programme lasts; omitted = until stopped */
    durationTicks: z.number().int().min(1).optional(),
  }),
  z.object({
    type: z.literal('lienSocial'),
    instrument: z.enum(['club', 'evenementPrive']),
    target: targetSchema.default(everyone),
    durationTicks: z.number().int().min(1).optional(),
  }),
  z.object({
    type: z.literal('personnalisation'),
    instrument: z.enum(['relancePersonnalisee', 'personalShopper']),
    target: targetSchema.default(everyone),
    durationTicks: z.number().int().min(1).optional(),
  }),
  z.object({
    type: z.literal('customisation'),
    instrument: z.enum(['offreSurMesure', 'contrat']),
    target: targetSchema.default(everyone),
    durationTicks: z.number().int().min(1).optional(),
  }),
  z.object({
    type: z.literal('collecteDonnees'),
    instrument: z.enum(['carteFidelite', 'jeuConcours', 'personnel']),
    target: targetSchema.default(everyone),
  }),
  z.object({
    type: z.literal('enquete'),
    instrument: z.enum(['questionnaire', 'clientMystere']),
    sampleSize: z.number().int().min(5).max(5000),
  }),
  z.object({
    type: z.literal('politiqueReclamations'),
    level: z.enum(['ignorer', 'standard', 'rapide', 'excellente']),
  }),
  z.object({
    type: z.literal('acquisition'),
    channel: z.enum(ACQUISITION_CHANNELS),
    /** euros spent this tick on the campaign */
    budget: z.number().min(0).max(1_000_000),
  }),
  z.object({
    type: z.literal('arreterProgramme'),
    /** id of a running programme, as reported in TickKpis.programmes */
    programmeId: z.string().min(1),
  }),
]);
export type Action = z.infer<typeof actionSchema>;
export type ActionInput = z.input<typeof actionSchema>;
export type ActionType = Action['type'];

export const tickDecisionsSchema = z.object({
  tick: z.number().int().min(0),
  actions: z.array(actionSchema),
});
export type TickDecisions = z.infer<typeof tickDecisionsSchema>;

export const decisionsLogSchema = z.array(tickDecisionsSchema).superRefine((log, ctx) => {
  for (let i = 1; i < log.length; i++)
    if (log[i].tick <= log[i - 1].tick)
      ctx.addIssue({ code: 'custom', path: [i, 'tick'], message: 'les périodes doivent être strictement croissantes' });
});
export type DecisionsLog = z.infer<typeof decisionsLogSchema>;

export { programmeId } from './programmeId.ts';
