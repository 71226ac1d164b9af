/**
 * Adding and deleting a product type, a competitor or an objective (QA qa27editor M4, minor 3): adding
 * moves the focus to the new item's first field; deleting moves it to the next item's first field (the
 * one before when it was the last, « Ajouter … » once the list is empty), so that a second Enter does
 * not delete another item, and keeps what went for ListUndo's line and its « Annuler » (UndoableEdit,
 * until the draft's next change), which puts the item back with the focus on its first field.
 */
import type { JsonPath } from '../../scenario/jsonText.ts';
import { fieldId, itemsOf } from './draftPath.ts';
import { focusAfterUpdate } from './focusAfterUpdate.ts';
import type { ScenarioDraft } from './scenarioDraft.svelte.ts';
import { UndoableEdit, type EditDone } from './undoableEdit.svelte.ts';

/** The item deleted: its place in the list (its content is in `before`). */
export type ItemRemoved = EditDone<{ index: number }>;

export class ListEdits {
  readonly #draft: ScenarioDraft;
  readonly #edit: UndoableEdit<{ index: number }>;
  /** the list's path: ['economics', 'productTypes'], ['competitors'], ['objectives'] */
  readonly list: JsonPath;
  /** the id of its « Ajouter … » button */
  readonly addId: string;

  constructor(draft: ScenarioDraft, list: JsonPath) {
    this.#draft = draft;
    this.#edit = new UndoableEdit(draft);
    this.list = list;
    this.addId = `${fieldId(list)}-add`;
  }

  /** The id of an item's first field (every item of these lists starts with its « Identifiant »). */
  firstField(index: number): string {
    return fieldId([...this.list, index, 'id']);
  }

  get done(): ItemRemoved | null {
    return this.#edit.done;
  }

  add(item: unknown): void {
    this.#draft.add(this.list, item);
    void focusAfterUpdate(this.firstField(itemsOf(this.#draft.get(this.list)).length - 1));
  }

  remove(index: number): void {
    this.#edit.apply(() => this.#draft.removeAt(this.list, index), { index });
    const next = Math.min(index, itemsOf(this.#draft.get(this.list)).length - 1);
    void focusAfterUpdate(next >= 0 ? this.firstField(next) : this.addId);
  }

  undo(): void {
    const index = this.done?.index;
    if (index !== undefined && this.#edit.undo()) void focusAfterUpdate(this.firstField(index));
  }
}
