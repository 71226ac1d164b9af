/**
 * « Retirer les événements après la fin »: once the duration is shortened, the events it no longer
 * reaches and the deadlines past its end (pastEnd.ts) go in one edit instead of one by one. What went
 * is kept (`done`) to be said and put back by « Annuler » until the draft's next change: lengthening
 * the duration again does not bring them back.
 */
import type { JsonObject } from './draftPath.ts';
import { pastEnd, withoutPastEnd, type PastEndItem } from './pastEnd.ts';
import type { ScenarioDraft } from './scenarioDraft.svelte.ts';

export interface PastEndDone {
  /** the draft before, to put back */
  before: JsonObject;
  removed: PastEndItem[];
  /** the duration they fell after */
  duration: number;
  /** the draft's revision right after: « Annuler » holds while it is unchanged */
  revision: number;
}

export class PastEndPrune {
  readonly #draft: ScenarioDraft;
  #done = $state.raw<PastEndDone | null>(null);
  /** the duration, once the scenario's check accepts it (a duration being typed, « 2 », says nothing of the events) */
  readonly duration: number | null = $derived.by(() => {
    const value = this.#draft.get(['durationTicks']);
    return typeof value === 'number' && this.#draft.errorsAt(['durationTicks']).length === 0 ? value : null;
  });
  readonly items: PastEndItem[] = $derived.by(() => pastEnd(this.#draft.draft, this.duration));
  readonly events: number = $derived(this.items.filter((item) => item.what === 'event').length);
  readonly deadlines: number = $derived(this.items.length - this.events);

  constructor(draft: ScenarioDraft) {
    this.#draft = draft;
  }

  /** What the last removal took, while « Annuler » can still put it back (null after any other change). */
  get done(): PastEndDone | null {
    const done = this.#done;
    return done && done.revision === this.#draft.revision ? done : null;
  }

  /** Removes the events after the end and moves the deadlines past it to the end, as one edit. */
  prune(): void {
    const removed = this.items;
    if (removed.length === 0 || this.duration === null) return;
    const before = this.#draft.snapshot();
    this.#draft.rewrite(withoutPastEnd(before, removed));
    this.#done = { before, removed, duration: this.duration, revision: this.#draft.revision };
  }

  /** « Annuler »: the draft as it was before the removal (only until its next change). */
  undo(): void {
    const done = this.done;
    if (!done) return;
    this.#done = null;
    this.#draft.rewrite(done.before);
  }
}
