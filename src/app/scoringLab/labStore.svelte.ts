/**
 * The scoring lab's choices and frozen prediction, kept while the learner goes to other screens and
 * plays ticks (module-level state, one per app). A prediction belongs to one run.
 */
import type { TargetRule } from './evaluateScore.ts';
import { DEFAULT_GRID, type ScoreMethod, type ScoringGrid } from './labScores.ts';
import type { FrozenPrediction } from './prediction.ts';

export class ScoringLabStore {
  method = $state<ScoreMethod>('grid');
  grid = $state<ScoringGrid>(structuredClone(DEFAULT_GRID));
  rule = $state<TargetRule>({ kind: 'top', n: 50 });
  prediction = $state.raw<FrozenPrediction | null>(null);

  /** The prediction if it belongs to this run. */
  predictionFor(runId: string | null): FrozenPrediction | null {
    return this.prediction && this.prediction.runId === runId ? this.prediction : null;
  }

  reset(): void {
    this.method = 'grid';
    this.grid = structuredClone(DEFAULT_GRID);
    this.rule = { kind: 'top', n: 50 };
    this.prediction = null;
  }
}

export const scoringLab = new ScoringLabStore();
