/**
 * Figures that follow a form (the target's size, a strategy's cost estimate) are said to screen
 * readers while the learner edits that form, not when the game moves on: after « Avancer d’une
 * période » the listener hears the period's result, not the whole estimate again.
 *
 * One `LiveWhileEditing` per screen: attach `editing.within` to each part of the form, and give the
 * figures `aria-live={editing.live}` (« polite » while the focus is in one of those parts, else « off »).
 */
import type { Attachment } from 'svelte/attachments';

export class LiveWhileEditing {
  /** the focus is in one of the attached parts */
  active = $state(false);
  /** not reactive: read only by the focus handlers */
  #parts: HTMLElement[] = [];

  get live(): 'polite' | 'off' {
    return this.active ? 'polite' : 'off';
  }

  #inside(node: Node | null): boolean {
    return node !== null && this.#parts.some((part) => part.contains(node));
  }

  readonly within: Attachment<HTMLElement> = (part) => {
    this.#parts.push(part);
    const onfocusin = () => (this.active = true);
    const onfocusout = (event: FocusEvent) => {
      if (!this.#inside(event.relatedTarget as Node | null)) this.active = false;
    };
    part.addEventListener('focusin', onfocusin);
    part.addEventListener('focusout', onfocusout);
    if (this.#inside(part.ownerDocument.activeElement)) this.active = true;
    return () => {
      this.#parts = this.#parts.filter((p) => p !== part);
      part.removeEventListener('focusin', onfocusin);
      part.removeEventListener('focusout', onfocusout);
      if (!this.#inside(part.ownerDocument.activeElement)) this.active = false;
    };
  };
}
