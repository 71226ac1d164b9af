/**
 * « The saved timelines changed »: a tab that makes a what-if branch says so to the other tabs of the browser, whose
 * « Et si… ? » screen then lists it (QA qa13: a second tab listed the family as it was when it opened). Nothing
 * without BroadcastChannel: the list is read again when the screen is opened.
 */
const CHANNEL = 'fidelis-timelines';

/** Tells the other tabs a timeline was made or deleted. */
export function announceTimelines(Channel: typeof BroadcastChannel | undefined = globalThis.BroadcastChannel): void {
  if (!Channel) return;
  const channel = new Channel(CHANNEL);
  channel.postMessage('changed');
  channel.close();
}

/** Calls `onChange` each time another tab announces a change; returns the function that stops listening. */
export function watchTimelines(onChange: () => void, Channel: typeof BroadcastChannel | undefined = globalThis.BroadcastChannel): () => void {
  if (!Channel) return () => {};
  const channel = new Channel(CHANNEL);
  channel.onmessage = () => onChange();
  return () => channel.close();
}
