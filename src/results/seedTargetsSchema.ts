/**
 * The stored form of a run's objectives adjusted to its seed (src/engine/seedTargets.ts SeedAdjustment):
 * kept with the run (RunRecord.seedTargets, the run file) and in its result file. Optional everywhere:
 * a run on its scenario's default seed, or saved before the adjustment existed, has none.
 */
import { z } from 'zod/mini';
import type { SeedAdjustment } from '../engine/seedTargets.ts';

const finite = z.number().check(z.refine(Number.isFinite, 'finiteNumber'));
const seed = z.int().check(z.gte(0), z.lte(2 ** 31 - 1));

export const seedTargetsSchema = z.object({
  seed,
  defaultSeed: seed,
  objectives: z
    .array(
      z.object({
        id: z.string().check(z.minLength(1), z.maxLength(100)),
        base: finite,
        target: finite,
        noAction: finite,
        noActionDefault: finite,
      }),
    )
    .check(z.maxLength(100)),
}) satisfies z.ZodMiniType<SeedAdjustment>;
