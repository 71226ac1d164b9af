/**
 * What the scoring lab keeps in the browser (localStorage) so that a reload between freezing a
 * prediction and checking it periods later loses nothing: the chosen score, grid and target rule,
 * and the frozen prediction (one at a time, for its run). Read back through its zod schema: a
 * damaged or older record is ignored, never trusted. Storage missing, blocked or full: the lab
 * works in memory as before, `write` says it could not keep it.
 */
import { z } from 'zod/mini';
import { pageLocalStorage } from '../pageStorage.ts';
import { targetRuleSchema } from './evaluateScore.ts';
import { SCORE_METHODS, scoringGridSchema } from './labScores.ts';
import { frozenPredictionSchema } from './prediction.ts';

export const LAB_MEMORY_KEY = 'fidelis.scoringLab.v1';

export const labMemorySchema = z.object({
  method: z.enum(SCORE_METHODS),
  grid: scoringGridSchema,
  rule: targetRuleSchema,
  prediction: z.nullable(frozenPredictionSchema),
});
export type LabMemory = z.infer<typeof labMemorySchema>;

export interface LabMemoryStorage {
  read(): LabMemory | null;
  /** false when the browser refused to keep it (full, blocked) */
  write(memory: LabMemory): boolean;
}

export function labMemoryIn(storage: Pick<Storage, 'getItem' | 'setItem'> | null): LabMemoryStorage {
  return {
    read() {
      try {
        const text = storage?.getItem(LAB_MEMORY_KEY);
        if (!text) return null;
        const parsed = labMemorySchema.safeParse(JSON.parse(text));
        return parsed.success ? parsed.data : null;
      } catch {
        return null;
      }
    },
    write(memory) {
      if (!storage) return false;
      try {
        storage.setItem(LAB_MEMORY_KEY, JSON.stringify(memory));
        return true;
      } catch {
        return false;
      }
    },
  };
}

/** The lab's memory in the page's localStorage (none where it is missing or blocked). */
export function browserLabMemory(): LabMemoryStorage {
  return labMemoryIn(pageLocalStorage());
}
