/**
 * The scoring lab's choices and frozen prediction, kept while the learner goes to other screens and
 * plays ticks (module-level state, one per app), and in the browser across reloads (labMemory.ts).
 * A prediction belongs to one run.
 */
import type { TargetRule } from './evaluateScore.ts';
import { browserLabMemory, type LabMemory, type LabMemoryStorage } from './labMemory.ts';
import { DEFAULT_GRID, type ScoreMethod, type ScoringGrid } from './labScores.ts';
import type { FrozenPrediction } from './prediction.ts';

export class ScoringLabStore {
  method = $state<ScoreMethod>('grid');
  grid = $state<ScoringGrid>(structuredClone(DEFAULT_GRID));
  rule = $state<TargetRule>({ kind: 'top', n: 50 });
  prediction = $state.raw<FrozenPrediction | null>(null);
  /** the last change could not be kept in the browser (a reload would lose it) */
  notKept = $state(false);

  /** `memory`: where the lab is kept between visits (null: in memory only). */
  constructor(memory: LabMemoryStorage | null = null) {
    const saved = memory?.read();
    if (saved) {
      this.method = saved.method;
      this.grid = saved.grid;
      this.rule = saved.rule;
      this.prediction = saved.prediction;
    }
    if (memory)
      $effect.root(() => {
        $effect(() => {
          this.notKept = !memory.write(this.snapshot());
        });
      });
  }

  /** The prediction if it belongs to this run. */
  predictionFor(runId: string | null): FrozenPrediction | null {
    return this.prediction && this.prediction.runId === runId ? this.prediction : null;
  }

  snapshot(): LabMemory {
    return { method: this.method, grid: $state.snapshot(this.grid), rule: $state.snapshot(this.rule), prediction: this.prediction };
  }

  reset(): void {
    this.method = 'grid';
    this.grid = structuredClone(DEFAULT_GRID);
    this.rule = { kind: 'top', n: 50 };
    this.prediction = null;
  }
}

export const scoringLab = new ScoringLabStore(browserLabMemory());
