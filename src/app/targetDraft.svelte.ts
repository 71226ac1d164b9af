/**
 * The target being built on the decisions screen, and its live count and preview asked
 * from the engine worker. Answers that arrive after a newer question are dropped.
 */
import type { Target } from '../engine/decisions.ts';
import type { CustomerRecord } from '../engine/types.ts';
import { emptyCriteria, toTarget, type TargetCriteria } from './targetCriteria.ts';

export const PREVIEW_SIZE = 8;

type Select = (target: Target, preview: number) => Promise<{ count: number; preview: CustomerRecord[] }>;

export class TargetDraft {
  criteria = $state<TargetCriteria>(emptyCriteria());
  target = $derived<Target>(toTarget(this.criteria));
  /** null while counting */
  count = $state<number | null>(null);
  preview = $state.raw<CustomerRecord[]>([]);
  #asked = 0;

  reset(): void {
    this.criteria = emptyCriteria();
  }

  /** Changes some criteria (components call this rather than writing into the draft they were given). */
  update(patch: Partial<TargetCriteria>): void {
    this.criteria = { ...this.criteria, ...patch };
  }

  /** Asks the count and preview of the current target; returns when the answer is in (or superseded). */
  async refresh(select: Select): Promise<void> {
    const question = ++this.#asked;
    this.count = null;
    try {
      const answer = await select($state.snapshot(this.target) as Target, PREVIEW_SIZE);
      if (question !== this.#asked) return;
      this.count = answer.count;
      this.preview = answer.preview;
    } catch {
      if (question === this.#asked) {
        this.count = 0;
        this.preview = [];
      }
    }
  }
}
