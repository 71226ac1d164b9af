/**
 * One edit of the draft that « Annuler » can put back until the draft's next change (its revision):
 * the events after the end removed in one go (PastEndPrune), a product type, competitor or objective
 * deleted (ListEdits, listEdits.svelte.ts). It keeps the whole draft as it was before and what the edit did, to be said.
 */
import type { JsonObject } from './draftPath.ts';
import type { ScenarioDraft } from './scenarioDraft.svelte.ts';

/** What an edit did (`T`), with the draft before it and the draft's revision right after. */
export type EditDone<T> = T & {
  /** the draft before, to put back */
  before: JsonObject;
  /** the draft's revision right after: « Annuler » holds while it is unchanged */
  revision: number;
};

export class UndoableEdit<T extends object> {
  readonly #draft: ScenarioDraft;
  #done = $state.raw<EditDone<T> | null>(null);

  constructor(draft: ScenarioDraft) {
    this.#draft = draft;
  }

  /** What the last edit did, while « Annuler » can still put it back (null after any other change). */
  get done(): EditDone<T> | null {
    const done = this.#done;
    return done && done.revision === this.#draft.revision ? done : null;
  }

  /** Makes the edit (given the draft before it) and keeps what it did. */
  apply(edit: (before: JsonObject) => void, what: T): void {
    const before = this.#draft.snapshot();
    edit(before);
    this.#done = { ...what, before, revision: this.#draft.revision };
  }

  /** « Annuler »: the draft as it was before the edit (only until its next change); false when there is nothing to undo. */
  undo(): boolean {
    const done = this.done;
    if (!done) return false;
    this.#done = null;
    this.#draft.rewrite(done.before);
    return true;
  }
}
