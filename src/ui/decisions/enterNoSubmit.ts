/**
 * Attachment for a decision form that spends the budget: Enter in one of its fields does not submit it
 * (QA class #3: Enter in « Budget de la campagne (€) » launched a 500 € campaign at once). The browser's
 * implicit submission clicks the form's submit button for an Enter in a text, number or other input
 * field; here only the button itself, clicked or pressed, queues the decision. Enter on a button,
 * a link or in a text area keeps its usual meaning.
 */
import type { Attachment } from 'svelte/attachments';

export const enterNoSubmit: Attachment<HTMLFormElement> = (form) => {
  function keydown(event: KeyboardEvent) {
    if (event.key !== 'Enter' || event.isComposing) return;
    if (event.target instanceof HTMLInputElement) event.preventDefault();
  }
  form.addEventListener('keydown', keydown);
  return () => form.removeEventListener('keydown', keydown);
};
