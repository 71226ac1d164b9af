/**
 * The fake Web Locks of test/fixtures/webLocks.ts behave as a browser's for what the editor's tests ask
 * (review16 m11): a signal aborted after its request was granted changes nothing (the callback ran, the
 * other waiters keep their turn), and a signal already aborted is refused at once.
 */
import { describe, expect, it } from 'vitest';
import { browserLocks } from '../../fixtures/webLocks.ts';

const NAME = 'fidelis-editor-draft';

describe('the fake Web Locks fixture', () => {
  it('an abort after the grant neither rejects that request nor drops another waiter', async () => {
    const locks = browserLocks().page();
    let letFirstGo!: () => void;
    const first = locks.request(NAME, {}, () => new Promise<void>((r) => (letFirstGo = r)));
    const second = new AbortController();
    let letSecondGo!: () => void;
    let secondRan = false;
    const secondDone = locks.request(NAME, { signal: second.signal }, () => {
      secondRan = true;
      return new Promise<void>((r) => (letSecondGo = r));
    });
    let thirdRan = false;
    const thirdDone = locks.request(NAME, {}, () => {
      thirdRan = true;
    });
    letFirstGo();
    await first;
    await Promise.resolve();
    expect(secondRan).toBe(true);
    second.abort();
    letSecondGo();
    await expect(secondDone).resolves.toBeUndefined();
    await thirdDone;
    expect(thirdRan).toBe(true);
  });

  it('a signal already aborted is refused at once, the callback never run', async () => {
    const locks = browserLocks().page();
    let ran = false;
    await expect(locks.request(NAME, { signal: AbortSignal.abort() }, () => (ran = true))).rejects.toThrow(/abort/);
    expect(ran).toBe(false);
  });
});
