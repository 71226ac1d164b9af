/**
 * A new game's name is chosen and saved one start at a time, across tabs through Web Locks (433fabbd). A start stuck in
 * another tab held the lock and every other tab's « Commencer » waited on it with no word (review21 m7): a start now waits
 * for the lock a bounded time, then goes on without it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { namedOneAtATime } from '../../../src/app/session.svelte.ts';

/** Web Locks where another tab holds the name lock for good: a request is granted never, and rejected when its signal aborts. */
function heldElsewhere() {
  return {
    request: (_name: string, options: { signal?: AbortSignal }) =>
      new Promise((_resolve, reject) => options.signal?.addEventListener('abort', () => reject(options.signal!.reason))),
  };
}

/** Web Locks free: the callback runs at once. */
function free() {
  return { request: (_name: string, _options: unknown, callback: () => Promise<unknown>) => callback() };
}

afterEach(() => vi.unstubAllGlobals());

describe('namedOneAtATime', () => {
  it('goes on without the lock when another tab keeps it past the wait', async () => {
    vi.stubGlobal('navigator', { locks: heldElsewhere() });
    const work = vi.fn(async () => 'Boulangerie du Marché (1907)');
    await expect(namedOneAtATime(work, 30)).resolves.toBe('Boulangerie du Marché (1907)');
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('runs the work under the lock when it is free, and does not run it again when it fails', async () => {
    vi.stubGlobal('navigator', { locks: free() });
    const work = vi.fn(async () => {
      throw new Error('disque plein');
    });
    await expect(namedOneAtATime(work, 30)).rejects.toThrow('disque plein');
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('keeps this page’s starts in order', async () => {
    vi.stubGlobal('navigator', { locks: free() });
    const order: string[] = [];
    const slow = namedOneAtATime(async () => {
      await new Promise((r) => setTimeout(r, 20));
      order.push('first');
    });
    const quick = namedOneAtATime(async () => {
      order.push('second');
    });
    await Promise.all([slow, quick]);
    expect(order).toEqual(['first', 'second']);
  });
});
