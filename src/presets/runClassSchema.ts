/**
 * The zod schemas of a run's class settings: its mode, the tools a link or a mission locks or hides,
 * and the settings a run keeps (runClass.ts). Apart from runClass.ts, tools.ts and resultMode.ts, which
 * the learner's app imports at startup: zod comes only with what reads a stored run, a file or a link
 * (bench app-learner-js, issue 4).
 */
import { z } from 'zod/mini';
import { RESULT_MODES } from '../results/resultMode.ts';
import { TOOLS } from '../missions/tools.ts';

export const resultModeSchema = z.enum(RESULT_MODES);
export const toolSchema = z.enum(TOOLS);

export const runClassSchema = z.object({
  shop: z.optional(z.string().check(z.maxLength(100))),
  mission: z.optional(z.int().check(z.gte(1))),
  seed: z.optional(z.int().check(z.gte(0), z.lte(2 ** 31 - 1))),
  mode: z.optional(resultModeSchema),
  lock: z.array(toolSchema).check(z.maxLength(TOOLS.length)),
  hide: z.array(toolSchema).check(z.maxLength(TOOLS.length)),
});
