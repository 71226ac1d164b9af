/**
 * The run file format: a whole run as ONE JSON document, what exportRun writes and importRun
 * accepts. Typed arrays become plain number arrays. Engine snapshots are not exported: the state
 * is rebuilt from scenario + seed + decisions (the engine is deterministic) and checked against
 * `stateHash`. Limits bound what a hostile file can make the browser allocate.
 *
 *   { format: 'fidelis-run', version: 1, exportedAt, run: {id, name, ...}, scenario, seed,
 *     decisions, stateHash, kpis: TickKpis[], customers: CustomerRecord[],
 *     purchases: [{tick, customer[], amount[], productType[], channel[]}], events: [{tick, customer[], type[], detail[]}],
 *     modelFingerprint? }
 *
 * `run.classSettings` (optional, still version 1): the teacher's class link settings the run keeps
 * (locks, hidden tools...), so a run moved to another computer keeps them.
 * `modelFingerprint` (optional, still version 1; files exported before it have none): the engine's
 * modelFingerprint() of the model that computed the stored figures (RunRecord.modelFingerprint). An
 * import by the same model replays the file and refuses it when its figures are not the replay's
 * (the file was modified); another or an unknown model imports it, and the resume recalculates it.
 */
import { z } from 'zod/mini';
import { decisionsLogSchema } from '../engine/decisions.ts';
import type { TickKpis } from '../engine/types.ts';
import { ACQUISITION_CHANNELS, EVENT_TYPES, STAGES } from '../engine/vocabulary.ts';
import { scenarioSchema } from '../scenario/schema.ts';
import { customerRecordSchema } from './recordSchemas.ts';
import { runClassSchema } from '../presets/runClassSchema.ts';
import { seedTargetsSchema } from '../results/seedTargetsSchema.ts';

export const RUN_FILE_FORMAT = 'fidelis-run';
export const RUN_FILE_VERSION = 1;

export const RUN_FILE_LIMITS = {
  /** characters of JSON text */
  fileChars: 600_000_000,
  customers: 1_500_000,
  ticks: 300,
  /** rows of one purchase or event batch */
  batchRows: 5_000_000,
} as const;

const text = (max: number) => z.string().check(z.maxLength(max));
const ints = (min: number, max: number) => z.array(z.int().check(z.gte(min), z.lte(max))).check(z.maxLength(RUN_FILE_LIMITS.batchRows));

export const runMetaSchema = z.object({
  id: text(100).check(z.minLength(1)),
  name: text(200),
  scenarioId: text(100),
  customerCount: z.int().check(z.gte(0)),
  createdAt: text(40),
  updatedAt: text(40),
  currentTick: z.int().check(z.gte(0), z.lte(RUN_FILE_LIMITS.ticks)),
  mode: text(50),
  parentRunId: z.nullable(text(100)),
  branchTick: z.nullable(z.int().check(z.gte(0))),
  /** the class link settings the run keeps (RunRecord.classSettings; optional, still version 1: files without them import as before) */
  classSettings: z.optional(runClassSchema),
  /** the objectives adjusted to the run's seed (RunRecord.seedTargets; optional, still version 1) */
  seedTargets: z.optional(seedTargetsSchema),
});

const sameLength = (keys: string[]) => (batch: Record<string, unknown>) => keys.every((k) => (batch[k] as unknown[]).length === (batch.customer as unknown[]).length);

const purchaseBatchSchema = z
  .object({
    tick: z.int().check(z.gte(0), z.lte(RUN_FILE_LIMITS.ticks)),
    customer: ints(0, 2 ** 31 - 1),
    amount: z.array(z.number().check(z.gte(0), z.lte(1e9))).check(z.maxLength(RUN_FILE_LIMITS.batchRows)),
    productType: ints(0, 255),
    channel: ints(0, 255),
  })
  .check(z.refine(sameLength(['amount', 'productType', 'channel']), 'purchaseColumns'));

const eventBatchSchema = z
  .object({
    tick: z.int().check(z.gte(0), z.lte(RUN_FILE_LIMITS.ticks)),
    customer: ints(0, 2 ** 31 - 1),
    type: ints(0, EVENT_TYPES.length - 1),
    detail: ints(-(2 ** 31), 2 ** 31 - 1),
  })
  .check(z.refine(sameLength(['type', 'detail']), 'eventColumns'));

/** KPIs are checked for shape (a tick and plain numbers where numbers are expected), not re-derived. */
const kpisSchema = z.looseObject({
  tick: z.int().check(z.gte(0), z.lte(RUN_FILE_LIMITS.ticks)),
  turnover: z.number(),
  activeCustomers: z.number(),
  retentionRate: z.number(),
  churnRate: z.number(),
  stages: z.record(text(40), z.number()),
  segments: z.record(text(40), z.number()),
  programmes: z.array(z.looseObject({ id: text(40) })).check(z.maxLength(10_000)),
  // gross stage transitions: absent in files exported before 2026-12-02 (engine/types.ts TickKpis.stageFlows)
  stageFlows: z.optional(
    z.array(z.object({ from: z.enum(STAGES), to: z.enum(STAGES), count: z.int().check(z.gte(0), z.lte(RUN_FILE_LIMITS.customers)) })).check(z.maxLength(STAGES.length ** 2)),
  ),
  // would-be customers turned away by unresolved complaints: absent in files exported before 2026-12-02 (TickKpis.deterredByComplaints)
  deterredByComplaints: z.optional(z.number().check(z.gte(0), z.lte(RUN_FILE_LIMITS.customers))),
  // each acquisition channel's campaign recruits (recruited, still customers, their margin): absent in files exported before 2026-12-02 (TickKpis.campaignRecruits)
  campaignRecruits: z.optional(
    z.partialRecord(
      z.enum(ACQUISITION_CHANNELS),
      z.object({
        recruited: z.int().check(z.gte(0), z.lte(RUN_FILE_LIMITS.customers)),
        stillCustomers: z.int().check(z.gte(0), z.lte(RUN_FILE_LIMITS.customers)),
        margin: z.number(),
      }),
    ),
  ),
});

export const runFileSchema = z.object({
  format: z.literal(RUN_FILE_FORMAT),
  version: z.literal(RUN_FILE_VERSION),
  exportedAt: text(40),
  run: runMetaSchema,
  scenario: scenarioSchema,
  seed: z.int().check(z.gte(0), z.lte(2 ** 31 - 1)),
  decisions: decisionsLogSchema,
  stateHash: z.nullable(text(200)),
  kpis: z.array(kpisSchema).check(z.maxLength(RUN_FILE_LIMITS.ticks)),
  customers: z.array(customerRecordSchema).check(z.maxLength(RUN_FILE_LIMITS.customers)),
  purchases: z.array(purchaseBatchSchema).check(z.maxLength(RUN_FILE_LIMITS.ticks)),
  events: z.array(eventBatchSchema).check(z.maxLength(RUN_FILE_LIMITS.ticks)),
  modelFingerprint: z.optional(text(100)),
});
/** KPIs are typed as the engine's TickKpis: the schema checks their shape, not every field. */
export type RunFile = Omit<z.infer<typeof runFileSchema>, 'kpis'> & { kpis: TickKpis[] };
