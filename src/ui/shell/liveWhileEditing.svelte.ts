/**
 * Figures that follow a form (the target's size, a strategy's cost estimate) are said to screen
 * readers while the learner edits that form, not when the game moves on: after « Avancer d’une
 * période » the listener hears the period's result, not the whole estimate again.
 *
 * One `LiveWhileEditing` per screen: attach `editing.within` to each part of the form, and give the
 * figures `aria-live={editing.live}` (« polite » while the focus is in one of those parts, else « off »).
 *
 * The focus handlers never write `active` at once: Chromium fires `focusout` synchronously when the
 * focused element is removed, i.e. while Svelte tears a block down (« Ouvrir la fiche complète » in
 * a glossary pop-up of the form leaves the screen), and a `$state` write there throws
 * `state_unsafe_mutation`. They read where the focus is once the current work is done.
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

  /** sets `active` from where the focus is, after the current task (never inside Svelte's flush) */
  #update(document: Document): void {
    queueMicrotask(() => {
      const active = this.#inside(document.activeElement);
      if (active !== this.active) this.active = active;
    });
  }

  readonly within: Attachment<HTMLElement> = (part) => {
    this.#parts.push(part);
    const document = part.ownerDocument;
    const onfocusin = () => this.#update(document);
    const onfocusout = (event: FocusEvent) => {
      if (!this.#inside(event.relatedTarget as Node | null)) this.#update(document);
    };
    part.addEventListener('focusin', onfocusin);
    part.addEventListener('focusout', onfocusout);
    this.#update(document);
    return () => {
      this.#parts = this.#parts.filter((p) => p !== part);
      part.removeEventListener('focusin', onfocusin);
      part.removeEventListener('focusout', onfocusout);
      this.#update(document);
    };
  };
}
