/**
 * « The saved runs changed »: a tab that makes a what-if branch, starts, imports, renames or deletes a run says so to the
 * other tabs of the browser, whose « Et si… ? » screen then lists the family as it is (QA qa13: a second tab listed the
 * family as it was when it opened) and whose home page lists the saved runs again (a run deleted in the other tab was
 * still offered to « Reprendre »). A tab does not hear itself: it changed what it shows. Nothing without
 * BroadcastChannel: the lists are read again when their screen is opened, and Home's after a « Reprendre » that fails.
 */
const CHANNEL = 'fidelis-timelines';
/** this page's own word, not heard by itself (another BroadcastChannel object of the same page would hear it) */
const SELF = Math.random();

/** Tells the other tabs a run was made, imported, renamed or deleted. */
export function announceTimelines(Channel: typeof BroadcastChannel | undefined = globalThis.BroadcastChannel): void {
  if (!Channel) return;
  const channel = new Channel(CHANNEL);
  channel.postMessage(SELF);
  channel.close();
}

/** Calls `onChange` each time another tab announces a change; returns the function that stops listening. */
export function watchTimelines(onChange: () => void, Channel: typeof BroadcastChannel | undefined = globalThis.BroadcastChannel): () => void {
  if (!Channel) return () => {};
  const channel = new Channel(CHANNEL);
  channel.onmessage = (event) => event.data !== SELF && onChange();
  return () => channel.close();
}
