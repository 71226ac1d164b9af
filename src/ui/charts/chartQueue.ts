/**
 * Charts created one per task: the four or five charts that come into view together when the Graphiques screen
 * opens were created in one task, which held the page 0.9 to 1.2 s at CPU x4 after a 104-week game (qa28big m1);
 * one each, the browser paints and answers clicks and keys between them.
 */
const waiting: (() => void)[] = [];
let scheduled = false;

function runNext(): void {
  scheduled = false;
  const run = waiting.shift();
  if (waiting.length > 0) schedule();
  run?.();
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  setTimeout(runNext, 0);
}

/** Runs `run` in a task of its own after the charts queued before it; the returned function takes it out of the queue. */
export function inTurn(run: () => void): () => void {
  waiting.push(run);
  schedule();
  return () => {
    const at = waiting.indexOf(run);
    if (at >= 0) waiting.splice(at, 1);
  };
}
