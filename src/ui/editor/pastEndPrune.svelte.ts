/**
 * « Retirer les événements après la fin »: once the duration is shortened, the events it no longer
 * reaches and the deadlines past its end (pastEnd.ts) go in one edit instead of one by one. What went
 * is kept (`done`) to be said and put back by « Annuler » until the draft's next change: lengthening
 * the duration again does not bring them back.
 */
import { pastEnd, withoutPastEnd, type PastEndItem } from './pastEnd.ts';
import type { ScenarioDraft } from './scenarioDraft.svelte.ts';
import { UndoableEdit, type EditDone } from './undoableEdit.svelte.ts';

/** What the removal took: the draft before it, the items and the duration they fell after. */
export type PastEndDone = EditDone<{ removed: PastEndItem[]; duration: number }>;

export class PastEndPrune {
  readonly #draft: ScenarioDraft;
  readonly #edit: UndoableEdit<{ removed: PastEndItem[]; duration: number }>;
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
    this.#edit = new UndoableEdit(draft);
  }

  /** What the last removal took, while « Annuler » can still put it back (null after any other change). */
  get done(): PastEndDone | null {
    return this.#edit.done;
  }

  /** Removes the events after the end and moves the deadlines past it to the end, as one edit. */
  prune(): void {
    const removed = this.items;
    if (removed.length === 0 || this.duration === null) return;
    this.#edit.apply((before) => this.#draft.rewrite(withoutPastEnd(before, removed)), { removed, duration: this.duration });
  }

  /** « Annuler »: the draft as it was before the removal (only until its next change). */
  undo(): void {
    this.#edit.undo();
  }
}
