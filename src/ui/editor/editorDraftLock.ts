/**
 * One tab keeps the editor's draft (editorDraftStore.ts, a single key in localStorage): with two tabs
 * on the editor, each writing its own draft there, the last to write won and the other's work came
 * back after a reload as « your last visit » (QA qa25 M1). The first tab to open the editor holds a
 * Web Lock and keeps the draft; another tab opening it meanwhile neither reads nor writes it and says
 * so. The lock is claimed before the screen is built (its module's `prepare`, run by app/screens.ts),
 * so the screen knows at once which draft it opens with; it is let go when the screen closes, and the
 * browser frees it however the tab ends. Without Web Locks, every tab keeps the draft (as before).
 * The other tab's screen waits for the lock meanwhile (`waitForOwner`): once the first tab closes or leaves
 * the editor, it holds the lock and takes the draft over, without a reload.
 */

export interface DraftClaim {
  /** this tab keeps the draft */
  owner: boolean;
  /** lets the lock go (an owner), or stops waiting for it (another tab's screen) */
  release(): void;
  /**
   * Another tab keeps the draft: `onOwner` is called once this page holds the lock (that tab closed or left
   * the editor), with the claim the screen then keeps; never called after release(). Absent on an owner.
   */
  waitForOwner?(onOwner: (claim: DraftClaim) => void): void;
}

const LOCK_NAME = 'fidelis-editor-draft';

const owningClaim = (): DraftClaim => ({ owner: true, release: () => {} });

export function claimEditorDraft(locks: LockManager | null | undefined): Promise<DraftClaim> {
  if (!locks) return Promise.resolve(owningClaim());
  return new Promise<DraftClaim>((resolve) => {
    let release!: () => void;
    const heldUntil = new Promise<void>((r) => (release = r));
    locks
      .request(LOCK_NAME, { ifAvailable: true }, async (lock) => {
        if (!lock) {
          resolve(waitingClaim(locks));
          return;
        }
        resolve({ owner: true, release });
        await heldUntil; // kept until release() or until the tab goes away
      })
      // locks refused (an opaque origin): keep the draft, as without them
      .catch(() => resolve(owningClaim()));
  });
}

/** The claim of a page whose editor opened while another tab held the lock: it may wait for the lock, until released. */
function waitingClaim(locks: LockManager): DraftClaim {
  let stop: AbortController | null = null;
  let released = false;
  return {
    owner: false,
    release: () => {
      released = true;
      stop?.abort();
    },
    waitForOwner(onOwner) {
      if (stop || released) return;
      stop = new AbortController();
      const signal = stop.signal;
      let release!: () => void;
      const heldUntil = new Promise<void>((r) => (release = r));
      locks
        .request(LOCK_NAME, { signal }, async () => {
          // granted in the task where the screen closed: let it go at once
          if (signal.aborted) return;
          onOwner(adopt({ owner: true, release }, locks));
          await heldUntil;
        })
        // the screen closed while waiting (AbortError), or the browser refused: this tab goes on without the draft
        .catch(() => undefined);
    },
  };
}

/** The page's lock manager, as the last claim was made with it (claimAgain asks the same). */
let pageLocks: LockManager | null | undefined = null;

/**
 * A screen that declined the draft (its takeover was 'blocked': a draft already set aside) asks for it again,
 * once what blocked it may have changed (that draft resumed or forgotten): `onOwner` once this page holds the
 * lock (at once when it is free); the returned function stops asking. It is asked once per change, never in a
 * loop: a takeover still blocked lets the lock go and waits for the next change.
 */
export function claimAgain(onOwner: (claim: DraftClaim) => void): () => void {
  const locks = pageLocks;
  let stopped = false;
  let waiting: DraftClaim | null = null;
  void claimEditorDraft(locks).then((claim) => {
    if (stopped) return claim.release();
    if (!claim.owner) {
      waiting = claim;
      return claim.waitForOwner?.(onOwner);
    }
    onOwner(locks ? adopt(claim, locks) : claim);
  });
  return () => {
    stopped = true;
    waiting?.release();
  };
}

/** The lock this page holds (asked of `heldOf`, the page's lock manager), and how many editor screens use it. */
let held: DraftClaim | null = null;
let heldOf: LockManager | null | undefined = null;
let users = 0;
/** The claim being made for the screen about to open, while it has not resolved. */
let pending: Promise<void> | null = null;
/** The claim made for the screen about to open, not yet taken by it. */
let ready: DraftClaim | null = null;

/** Claims the draft for the editor screen about to be built (once per opening of the screen). */
export function prepareEditorDraft(locks: LockManager | null | undefined = (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks): Promise<void> {
  pageLocks = locks;
  // this page holds the lock already (the screen built again, a share link opened over it): it keeps it
  if (held && heldOf === locks) {
    ready = held;
    dropIfUntaken(held);
    return Promise.resolve();
  }
  // a claim still being made (the screen asked for again before it came) serves this opening
  if (pending) return pending;
  // a claim made earlier tells how things were then (the other tab may have closed since): ask again
  ready = null;
  const claiming = claimEditorDraft(locks).then((claim) => {
    if (pending === claiming) pending = null;
    ready = claim;
    if (claim.owner) {
      held = claim;
      heldOf = locks;
    }
    dropIfUntaken(claim);
  });
  pending = claiming;
  return claiming;
}

/**
 * The screen takes its claim as soon as it is built, in the task where the claim came. A claim not taken by
 * the end of that task was for a screen that never opened (the route changed while its code loaded): it is
 * dropped, and the lock let go unless a screen of this page uses it, so that this page does not keep the
 * draft from another tab's editor while it is not on the editor.
 */
function dropIfUntaken(claim: DraftClaim) {
  setTimeout(() => {
    if (ready !== claim) return;
    ready = null;
    if (users > 0 || held !== claim) return;
    held = null;
    claim.release();
  }, 0);
}

/**
 * The claim prepared for this screen, taken once; a screen built without `prepare` (a component test)
 * keeps the draft, as before. Its release lets the lock go once no screen of this page uses it, after the
 * current task: a screen built again at once keeps it rather than racing another tab for it.
 */
export function takeEditorDraftClaim(): DraftClaim {
  const claim = ready ?? owningClaim();
  ready = null;
  if (!claim.owner || claim !== held) return claim;
  return use(claim);
}

/** A lock this page has just been granted after waiting: held for the screen that waited. */
function adopt(claim: DraftClaim, locks: LockManager): DraftClaim {
  held = claim;
  heldOf = locks;
  return use(claim);
}

/** The held lock, used by one more screen: its release lets the lock go once no screen of this page uses it, after the current task. */
function use(claim: DraftClaim): DraftClaim {
  users++;
  let done = false;
  return {
    owner: true,
    release: () => {
      if (done) return;
      done = true;
      users--;
      setTimeout(() => {
        if (users > 0 || held !== claim) return;
        held = null;
        claim.release();
      }, 0);
    },
  };
}
