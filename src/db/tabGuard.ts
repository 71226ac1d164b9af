/**
 * "This run is already open in another tab": the first tab to open a run holds a lock on it and
 * may write; any other tab gets a read-only lock and shows t('db.runLocked'). Uses the Web Locks
 * API (released by the browser even if the tab crashes); where it is missing, a BroadcastChannel
 * handshake (ask "who has run X?" and wait briefly for an answer). Without either, the tab writes.
 * commitTick refuses to write with a read-only lock.
 */
import { DbError } from './errors.ts';

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
}

const lockName = (runId: string) => `fidelis-run-${runId}`;

function defaultEnvironment(): GuardEnvironment {
  const g = globalThis as { navigator?: { locks?: LockManager }; BroadcastChannel?: typeof BroadcastChannel };
  return { locks: g.navigator?.locks ?? null, BroadcastChannel: g.BroadcastChannel ?? null };
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

async function withBroadcast(Channel: typeof BroadcastChannel, runId: string, answerMs: number): Promise<RunLock> {
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
  return { runId, canWrite: true, reason: null, release: () => channel.close() };
}

/** Claims the right to write `runId` in this tab. Call release() when the run is closed. */
export async function acquireRunLock(runId: string, environment: GuardEnvironment = defaultEnvironment()): Promise<RunLock> {
  if (environment.locks) return withWebLocks(environment.locks, runId);
  if (environment.BroadcastChannel) return withBroadcast(environment.BroadcastChannel, runId, environment.answerMs ?? 150);
  return { runId, canWrite: true, reason: null, release: () => {} };
}

/** What a tab that only shows a run hears of the tab that holds it (watchRun). */
export type RunEvent = { type: 'saved'; tick: number } | { type: 'released' };

const eventsName = (runId: string) => `fidelis-run-events-${runId}`;

/** Tells the other tabs showing `runId` that this tab has saved it up to `tick` complete periods (nothing without BroadcastChannel). */
export function announceSaved(runId: string, tick: number, environment: GuardEnvironment = defaultEnvironment()): void {
  if (!environment.BroadcastChannel) return;
  const channel = new environment.BroadcastChannel(eventsName(runId));
  channel.postMessage({ type: 'saved', tick } satisfies RunEvent);
  channel.close();
}

/**
 * For a tab that holds `runId` read-only: calls `onEvent` when the tab that holds it saves a period
 * (announceSaved) and once when that tab lets the run go (Web Locks: the lock is free again; the
 * lock is not kept, « Reprendre ici » claims it). Returns the function that stops listening.
 */
export function watchRun(runId: string, onEvent: (event: RunEvent) => void, environment: GuardEnvironment = defaultEnvironment()): () => void {
  const channel = environment.BroadcastChannel ? new environment.BroadcastChannel(eventsName(runId)) : null;
  if (channel)
    channel.onmessage = (event: MessageEvent<RunEvent>) => {
      if (event.data?.type === 'saved' && typeof event.data.tick === 'number') onEvent(event.data);
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
