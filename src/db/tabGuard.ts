/**
 * "This run is already open in another tab": the first tab to open a run holds a lock on it and
 * may write; any other tab gets a read-only lock and shows t('db.runLocked'). Uses the Web Locks
 * API (released by the browser even if the tab crashes); where it is missing, a BroadcastChannel
 * handshake (ask "who has run X?" and wait briefly for an answer). Without either, the tab writes.
 * commitTick refuses to write with a read-only lock.
 *
 * A read-only tab waits for the holder to go (watchRun): with Web Locks, on the lock itself, which the
 * browser frees however the holder ends (closed, crashed, killed, discarded); without them, on the
 * holder's own word, said when it lets the run go or its page is hidden for good (pagehide), so a
 * holder that dies without a word is not heard there.
 */
import { DbError } from './errors.ts';
import type { BranchName } from './schema.ts';

export interface RunLock {
  runId: string;
  canWrite: boolean;
  /** runLocked when read-only, for the interface to show */
  reason: DbError | null;
  release(): void;
}

export interface GuardEnvironment {
  locks?: LockManager | null;
  BroadcastChannel?: typeof BroadcastChannel | null;
  /** how long the BroadcastChannel handshake waits for another tab's answer */
  answerMs?: number;
  /** where this page's pagehide is heard (the window); without Web Locks, a holder says it leaves then */
  page?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> | null;
}

const lockName = (runId: string) => `fidelis-run-${runId}`;

function defaultEnvironment(): GuardEnvironment {
  const g = globalThis as { navigator?: { locks?: LockManager }; BroadcastChannel?: typeof BroadcastChannel; addEventListener?: unknown };
  const page = typeof g.addEventListener === 'function' ? (globalThis as unknown as EventTarget) : null;
  return { locks: g.navigator?.locks ?? null, BroadcastChannel: g.BroadcastChannel ?? null, page };
}

function readOnly(runId: string): RunLock {
  return { runId, canWrite: false, reason: new DbError('runLocked'), release: () => {} };
}

function withWebLocks(locks: LockManager, runId: string): Promise<RunLock> {
  return new Promise<RunLock>((resolve, reject) => {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    locks
      .request(lockName(runId), { ifAvailable: true }, async (lock) => {
        if (!lock) {
          resolve(readOnly(runId));
          return;
        }
        resolve({ runId, canWrite: true, reason: null, release });
        await held; // the lock is kept until release() or until the tab goes away
      })
      .catch(reject);
  });
}

type Message = { type: 'who' } | { type: 'mine' };

async function withBroadcast(Channel: typeof BroadcastChannel, runId: string, answerMs: number, page: GuardEnvironment['page']): Promise<RunLock> {
  const channel = new Channel(lockName(runId));
  let taken = false;
  channel.onmessage = (event: MessageEvent<Message>) => {
    if (event.data?.type === 'mine') taken = true;
  };
  channel.postMessage({ type: 'who' } satisfies Message);
  await new Promise((r) => setTimeout(r, answerMs));
  if (taken) {
    channel.close();
    return readOnly(runId);
  }
  channel.onmessage = (event: MessageEvent<Message>) => {
    if (event.data?.type === 'who') channel.postMessage({ type: 'mine' } satisfies Message);
  };
  // no lock the browser frees for us: the tabs watching the run are told here (the handshake no longer answered first,
  // so a « Reprendre ici » right after finds the run free)
  let gone = false;
  const leave = () => {
    if (gone) return;
    gone = true;
    page?.removeEventListener('pagehide', hidden);
    channel.close();
    post(Channel, runId, { type: 'released' });
  };
  // a page kept for the back button (persisted) may come back holding the run: it has not left
  const hidden = (event: Event) => {
    if (!(event as PageTransitionEvent).persisted) leave();
  };
  page?.addEventListener('pagehide', hidden);
  return { runId, canWrite: true, reason: null, release: leave };
}

/** Claims the right to write `runId` in this tab. Call release() when the run is closed. */
export async function acquireRunLock(runId: string, environment: GuardEnvironment = defaultEnvironment()): Promise<RunLock> {
  if (environment.locks) return withWebLocks(environment.locks, runId);
  if (environment.BroadcastChannel) return withBroadcast(environment.BroadcastChannel, runId, environment.answerMs ?? 150, environment.page);
  return { runId, canWrite: true, reason: null, release: () => {} };
}

/** What a tab that only shows a run hears of the tab that holds it (watchRun). */
export type RunEvent = { type: 'saved'; tick: number } | { type: 'released' };
/** A run's name after a renaming (announceRenamed): a branch's parts are gone once the learner names it (db/runsRepository.ts renameRun). */
export interface RunRenamed {
  name: string;
  branchName?: BranchName;
}
/** said on the run's channel by the tab that deleted it (announceDeleted), heard by watchRun as a release; or renamed it (announceRenamed) */
type RunWord = RunEvent | { type: 'deleted' } | ({ type: 'renamed' } & RunRenamed);

const eventsName = (runId: string) => `fidelis-run-events-${runId}`;

function post(Channel: typeof BroadcastChannel, runId: string, event: RunWord): void {
  const channel = new Channel(eventsName(runId));
  channel.postMessage(event);
  channel.close();
}

/** Tells the other tabs showing `runId` that this tab has saved it up to `tick` complete periods (nothing without BroadcastChannel). */
export function announceSaved(runId: string, tick: number, environment: GuardEnvironment = defaultEnvironment()): void {
  if (environment.BroadcastChannel) post(environment.BroadcastChannel, runId, { type: 'saved', tick });
}

/** Tells the other tabs showing `runId` that this tab has deleted it (nothing without BroadcastChannel). */
export function announceDeleted(runId: string, environment: GuardEnvironment = defaultEnvironment()): void {
  if (environment.BroadcastChannel) post(environment.BroadcastChannel, runId, { type: 'deleted' });
}

/** Tells every tab showing `runId`, this one included, its new name (nothing without BroadcastChannel). */
export function announceRenamed(runId: string, renamed: RunRenamed, environment: GuardEnvironment = defaultEnvironment()): void {
  if (environment.BroadcastChannel) post(environment.BroadcastChannel, runId, { type: 'renamed', ...renamed });
}

/**
 * Calls `onRenamed` each time `runId` is renamed (announceRenamed), in another tab or in this one (its word is posted by
 * another BroadcastChannel object, which this page's own hears). Returns the function that stops listening.
 */
export function watchRunName(runId: string, onRenamed: (renamed: RunRenamed) => void, environment: GuardEnvironment = defaultEnvironment()): () => void {
  if (!environment.BroadcastChannel) return () => {};
  const channel = new environment.BroadcastChannel(eventsName(runId));
  channel.onmessage = (event: MessageEvent<RunWord>) => {
    const word = event.data;
    if (word?.type === 'renamed' && typeof word.name === 'string') onRenamed(word.branchName ? { name: word.name, branchName: word.branchName } : { name: word.name });
  };
  return () => channel.close();
}

/**
 * For a tab that holds `runId` read-only: calls `onEvent` when the tab that holds it saves a period
 * (announceSaved) and once when that tab lets the run go (Web Locks: the lock is free again, however
 * the holder ended; the lock is not kept, « Reprendre ici » claims it. Without Web Locks: the holder
 * said so, released or pagehide). A tab that deletes the run (announceDeleted), even after another let it go, is
 * heard as a release too: the session finds the run gone (its « Reprendre ici » was offered for a run that no longer
 * was). Returns the function that stops listening.
 */
export function watchRun(runId: string, onEvent: (event: RunEvent) => void, environment: GuardEnvironment = defaultEnvironment()): () => void {
  const channel = environment.BroadcastChannel ? new environment.BroadcastChannel(eventsName(runId)) : null;
  let told = false;
  if (channel)
    channel.onmessage = (event: MessageEvent<RunWord>) => {
      if (event.data?.type === 'saved' && typeof event.data.tick === 'number') onEvent(event.data);
      else if (event.data?.type === 'deleted') onEvent({ type: 'released' });
      // the holder's word, said only where there are no Web Locks (there, the lock alone says it)
      else if (event.data?.type === 'released' && !environment.locks && !told) {
        told = true;
        onEvent({ type: 'released' });
      }
    };
  const stop = new AbortController();
  environment.locks
    ?.request(lockName(runId), { signal: stop.signal }, () => {
      if (!stop.signal.aborted) onEvent({ type: 'released' });
    })
    .catch(() => {}); // aborted: no longer watched
  return () => {
    stop.abort();
    channel?.close();
  };
}
