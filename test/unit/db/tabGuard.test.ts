/**
 * A read-only tab learns that the tab writing the run is gone (robustness « a second tab »): with Web
 * Locks, from the lock the browser frees however that tab ends (a crash says nothing); without them,
 * from the holder's own word (released, pagehide). navigator.locks is a fake here, shared by « tabs ».
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { acquireRunLock, announceDeleted, announceRenamed, watchRun, watchRunName, type RunEvent, type RunRenamed } from '../../../src/db/tabGuard.ts';

interface Tab {
  locks: LockManager;
  dead: boolean;
}

/** One browser's lock table seen from several tabs: exclusive locks, waiting requests in order, ifAvailable, abort; crash() frees a tab's locks as the browser does. */
function fakeBrowser() {
  const holders = new Map<string, { tab: Tab; grant: number }>();
  const queues = new Map<string, { tab: Tab; start: () => void; reject: (e: unknown) => void }[]>();
  let grants = 0;

  function free(name: string, grant: number): void {
    if (holders.get(name)?.grant !== grant) return; // already freed (a crash)
    holders.delete(name);
    queues.get(name)?.shift()?.start();
  }

  function managerOf(tab: Tab): LockManager {
    return {
      request(name: string, options: LockOptions, callback: (lock: Lock | null) => unknown) {
        return new Promise((resolve, reject) => {
          const start = () => {
            const grant = ++grants;
            holders.set(name, { tab, grant });
            Promise.resolve()
              .then(() => callback({ name, mode: 'exclusive' } as Lock))
              .then(resolve, reject)
              .finally(() => free(name, grant));
          };
          const queue = queues.get(name) ?? [];
          queues.set(name, queue);
          if (!holders.has(name) && queue.length === 0) start();
          else if (options.ifAvailable) Promise.resolve(callback(null)).then(resolve, reject);
          else {
            const waiting = { tab, start, reject };
            queue.push(waiting);
            options.signal?.addEventListener('abort', () => {
              queue.splice(queue.indexOf(waiting), 1);
              reject(options.signal?.reason);
            });
          }
        });
      },
      query: async () => ({}),
    } as unknown as LockManager;
  }

  return {
    tab(): Tab {
      const tab = { dead: false } as Tab;
      tab.locks = managerOf(tab);
      return tab;
    },
    /** the tab's process is gone: its held locks are freed and its waiting requests dropped; it runs nothing more */
    crash(tab: Tab): void {
      tab.dead = true;
      for (const [name, held] of holders) if (held.tab === tab) free(name, held.grant);
      for (const queue of queues.values()) for (const w of [...queue]) if (w.tab === tab) queue.splice(queue.indexOf(w), 1);
    },
  };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('with Web Locks', () => {
  it('a read-only tab hears a writing tab that dies without releasing or saying anything, and may then write', async () => {
    const browser = fakeBrowser();
    const writer = browser.tab();
    const reader = browser.tab();
    const env = (tab: Tab) => ({ locks: tab.locks, BroadcastChannel: null });
    expect((await acquireRunLock('run-1', env(writer))).canWrite).toBe(true);
    expect((await acquireRunLock('run-1', env(reader))).canWrite).toBe(false);
    const heard: RunEvent[] = [];
    const stop = watchRun('run-1', (e) => heard.push(e), env(reader));
    await settle();
    expect(heard).toEqual([]);
    browser.crash(writer); // no release(), no message
    await vi.waitFor(() => expect(heard).toEqual([{ type: 'released' }]), { timeout: 10_000 });
    // the watch did not keep the lock: « Reprendre ici » gets it
    expect((await acquireRunLock('run-1', env(reader))).canWrite).toBe(true);
    stop();
  });

  it('is what the default environment uses when navigator.locks is there (a word on the channel is not taken for it)', async () => {
    const browser = fakeBrowser();
    const writer = browser.tab();
    const reader = browser.tab();
    await acquireRunLock('run-2', { locks: writer.locks, BroadcastChannel: null });
    vi.stubGlobal('navigator', { locks: reader.locks });
    const heard: RunEvent[] = [];
    const stop = watchRun('run-2', (e) => heard.push(e));
    const channel = new BroadcastChannel('fidelis-run-events-run-2');
    channel.postMessage({ type: 'released' } satisfies RunEvent);
    channel.close();
    await new Promise((r) => setTimeout(r, 20));
    expect(heard).toEqual([]);
    browser.crash(writer);
    await vi.waitFor(() => expect(heard).toEqual([{ type: 'released' }]), { timeout: 10_000 });
    stop();
  });

  it('hears the run deleted by a tab even after the one that held it left: as its release, which the session checks', async () => {
    const browser = fakeBrowser();
    const writer = browser.tab();
    const reader = browser.tab();
    const env = (tab: Tab) => ({ locks: tab.locks, BroadcastChannel });
    const held = await acquireRunLock('run-7', env(writer));
    const heard: RunEvent[] = [];
    const stop = watchRun('run-7', (e) => heard.push(e), env(reader));
    held.release();
    await vi.waitFor(() => expect(heard).toEqual([{ type: 'released' }]), { timeout: 10_000 });
    // the read-only tab still offers « Reprendre ici »; the run is then deleted (the lock says nothing more: no one holds it)
    announceDeleted('run-7', env(writer));
    await vi.waitFor(() => expect(heard).toEqual([{ type: 'released' }, { type: 'released' }]), { timeout: 10_000 });
    stop();
  });

  it('stops waiting when the watch is stopped: a later end of the writer is not heard', async () => {
    const browser = fakeBrowser();
    const writer = browser.tab();
    const reader = browser.tab();
    await acquireRunLock('run-3', { locks: writer.locks, BroadcastChannel: null });
    const heard: RunEvent[] = [];
    watchRun('run-3', (e) => heard.push(e), { locks: reader.locks, BroadcastChannel: null })();
    browser.crash(writer);
    await settle();
    expect(heard).toEqual([]);
  });
});

describe('without Web Locks (BroadcastChannel only)', () => {
  const pageHide = (persisted: boolean) => Object.assign(new Event('pagehide'), { persisted });
  const env = (page: EventTarget | null) => ({ locks: null, BroadcastChannel, answerMs: 20, page });
  // a tab that must hear the holder's answer waits long enough for it on a loaded machine
  const patient = { ...env(null), answerMs: 1_000 };

  it('the writing tab says it leaves on pagehide: the read-only tab hears it once and may then write', async () => {
    const writerPage = new EventTarget();
    expect((await acquireRunLock('run-4', env(writerPage))).canWrite).toBe(true);
    expect((await acquireRunLock('run-4', patient)).canWrite).toBe(false);
    const heard: RunEvent[] = [];
    const stop = watchRun('run-4', (e) => heard.push(e), env(null));
    writerPage.dispatchEvent(pageHide(false));
    await vi.waitFor(() => expect(heard).toEqual([{ type: 'released' }]), { timeout: 10_000 });
    // the gone tab no longer answers the handshake
    const taken = await acquireRunLock('run-4', env(null));
    expect(taken.canWrite).toBe(true);
    taken.release();
    writerPage.dispatchEvent(pageHide(false));
    await new Promise((r) => setTimeout(r, 20));
    expect(heard).toHaveLength(1);
    stop();
  });

  it('a page kept for the back button (pagehide persisted) has not left: nothing said, it still holds the run', async () => {
    const writerPage = new EventTarget();
    const writer = await acquireRunLock('run-5', env(writerPage));
    const heard: RunEvent[] = [];
    const stop = watchRun('run-5', (e) => heard.push(e), env(null));
    writerPage.dispatchEvent(pageHide(true));
    expect((await acquireRunLock('run-5', patient)).canWrite).toBe(false);
    expect(heard).toEqual([]);
    writer.release();
    stop();
  });

  it('the writing tab that lets the run go (another run opened) says so, and nothing more at its pagehide', async () => {
    const writerPage = new EventTarget();
    const writer = await acquireRunLock('run-6', env(writerPage));
    const heard: RunEvent[] = [];
    const stop = watchRun('run-6', (e) => heard.push(e), env(null));
    writer.release();
    await vi.waitFor(() => expect(heard).toEqual([{ type: 'released' }]), { timeout: 10_000 });
    writerPage.dispatchEvent(pageHide(false));
    await new Promise((r) => setTimeout(r, 20));
    expect(heard).toHaveLength(1);
    stop();
  });
});

describe('a run renamed', () => {
  it('is heard with its new name by every watch of that run, a page\'s own too, and by no other run\'s; the read-only watch hears nothing of it', async () => {
    const env = { locks: null, BroadcastChannel };
    const named: RunRenamed[] = [];
    const otherRun: RunRenamed[] = [];
    const events: RunEvent[] = [];
    const stops = [watchRunName('run-8', (r) => named.push(r), env), watchRunName('run-9', (r) => otherRun.push(r), env), watchRun('run-8', (e) => events.push(e), env)];
    announceRenamed('run-8', { name: 'Groupe B' }, env);
    announceRenamed('run-8', { name: 'Groupe B — et si…', branchName: { base: 'Groupe B', ticks: [3] } }, env);
    await vi.waitFor(() => expect(named).toHaveLength(2), { timeout: 10_000 });
    expect(named).toEqual([{ name: 'Groupe B' }, { name: 'Groupe B — et si…', branchName: { base: 'Groupe B', ticks: [3] } }]);
    await new Promise((r) => setTimeout(r, 20));
    expect([otherRun, events]).toEqual([[], []]);
    for (const stop of stops) stop();
    // stopped: heard no more
    announceRenamed('run-8', { name: 'plus tard' }, env);
    await new Promise((r) => setTimeout(r, 20));
    expect(named).toHaveLength(2);
  });
});
