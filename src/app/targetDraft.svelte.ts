/**
 * The target being built on the decisions screen, and its live count, preview and recorded
 * spend (targetSpend.ts) asked from the engine worker. Answers that arrive after a newer question
 * are dropped. The cost curves the strategy form prices a strategy with (O(customers x periods left),
 * a third of a second at 200,000 customers) are asked once the count says the question is still the
 * current one: a learner editing a filter no longer has them worked out for every count on the way.
 */
import type { Target } from '../engine/decisions.ts';
import type { CustomerRecord } from '../engine/types.ts';
import { emptyCriteria, toTarget, type TargetCriteria } from './targetCriteria.ts';
import type { TargetSpend } from './targetSpend.ts';
import type { GameSession } from './session.svelte.ts';
import type { StrategyChoice } from './strategyForm.ts';

/** The strategy form's choice, kept with the target so that it too survives a visit to another screen (the glossary, the dashboard). */
export interface KeptStrategy {
  choice: StrategyChoice;
  limited: boolean;
  ticks: number;
}

export const PREVIEW_SIZE = 8;

type Select = (target: Target, preview: number, curves: boolean) => Promise<{ count: number; preview: CustomerRecord[]; spend: TargetSpend }>;

export class TargetDraft {
  criteria = $state<TargetCriteria>(emptyCriteria());
  /**
   * The engine's target for the criteria. A getter, not a $derived: the draft outlives the decisions
   * screen that first reads it (draftFor), and a class $derived made while that screen was mounted
   * stopped following the criteria once it was gone (the count froze when the learner came back).
   */
  get target(): Target {
    return toTarget(this.criteria);
  }
  /** null while counting */
  count = $state<number | null>(null);
  preview = $state.raw<CustomerRecord[]>([]);
  /** what the target's customers spend per period by their records; null while counting */
  spend = $state.raw<TargetSpend | null>(null);
  /** written by the strategy form as the learner chooses, read when it mounts again: not reactive */
  strategy: KeptStrategy | null = null;
  #asked = 0;

  reset(): void {
    this.criteria = emptyCriteria();
  }

  /** Changes some criteria (components call this rather than writing into the draft they were given). */
  update(patch: Partial<TargetCriteria>): void {
    this.criteria = { ...this.criteria, ...patch };
  }

  /**
   * Asks the count and preview of the current target, and with `priced` (a strategy form shows its
   * cost) the spend's cost curves; returns when the answers are in (or superseded). Count, preview and
   * spend are shown together, as one answer.
   */
  async refresh(select: Select, priced = true): Promise<void> {
    const question = ++this.#asked;
    this.count = null;
    this.spend = null;
    try {
      const target = $state.snapshot(this.target) as Target;
      const answer = await select(target, PREVIEW_SIZE, false);
      if (question !== this.#asked) return;
      const spend = priced ? (await select(target, 0, true)).spend : answer.spend;
      if (question !== this.#asked) return;
      this.count = answer.count;
      this.preview = answer.preview;
      this.spend = spend;
    } catch {
      if (question === this.#asked) {
        this.count = 0;
        this.preview = [];
      }
    }
  }
}

const drafts = new WeakMap<GameSession, { runId: string | null; draft: TargetDraft }>();

/**
 * The session's draft target: the same one each time the decisions screen opens, so leaving the
 * screen (dashboard, customer base...) and coming back keeps the target; a new one when another
 * run is played (started, resumed) in the session.
 */
export function draftFor(session: GameSession): TargetDraft {
  const kept = drafts.get(session);
  if (kept && kept.runId === session.runId) return kept.draft;
  const draft = new TargetDraft();
  drafts.set(session, { runId: session.runId, draft });
  return draft;
}
