/**
 * Leaving the page (a reload, closing the tab) while the session is still saving: the browser asks
 * first, with its own standard prompt (the text of a beforeunload prompt cannot be chosen). A reload
 * right after « Avancer d’une période » would otherwise resume at the period before, the one saved.
 * The scenario editor asks the same while its draft holds changes neither saved nor exported.
 */
export function askBeforeLeaving(event: BeforeUnloadEvent, saving: boolean): void {
  if (!saving) return;
  event.preventDefault();
  // older browsers show the prompt only when returnValue is set
  event.returnValue = '';
}
