/**
 * A lazily loaded component (app/lazyComponent.ts: the dashboard's view of the periods played, « Aller jusqu’à la fin »'s
 * question, the Bilan): fetched at the first ask only, kept once fetched, and a failure either forgotten, the ask given
 * `failed` (the next ask fetches again after a Wi-Fi drop), or kept.
 */
import { describe, expect, it, vi } from 'vitest';
import { lazyComponent } from '../../../src/app/lazyComponent.ts';

const part = { name: 'the component' };
const module = { default: part };

/** a fetch that fails its first `failures` times, then gives `part`'s module */
function fetchFailing(failures: number) {
  let calls = 0;
  return vi.fn(() => (++calls <= failures ? Promise.reject(new Error(`fetch ${calls} failed`)) : Promise.resolve(module)));
}

describe('a component fetched once', () => {
  for (const [how, failed] of [
    ['failure forgotten', null],
    ['failure kept', undefined],
  ] as const)
    it(`is fetched at the first ask, not before, then kept: asked again, it is not fetched again (${how})`, async () => {
      const fetch = fetchFailing(0);
      const lazy = lazyComponent(fetch, failed);
      expect(fetch).not.toHaveBeenCalled();
      expect(lazy.loaded()).toBeNull();
      const [first, meanwhile] = [lazy.load(), lazy.load()];
      expect(await first).toBe(part);
      expect(await meanwhile).toBe(part);
      expect(lazy.loaded()).toBe(part);
      expect(await lazy.load()).toBe(part);
      expect(fetch).toHaveBeenCalledTimes(1);
    });

  it('given `failed`: a failed fetch gives `failed`, is forgotten, and the next ask fetches again', async () => {
    const fetch = fetchFailing(1);
    const lazy = lazyComponent(fetch, 'unavailable');
    expect(await lazy.load()).toBe('unavailable');
    expect(lazy.loaded()).toBeNull();
    expect(await lazy.load()).toBe(part);
    expect(lazy.loaded()).toBe(part);
    expect(await lazy.load()).toBe(part);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('without `failed`: a failed fetch rejects and stays failed, the next asks fetch nothing', async () => {
    const fetch = fetchFailing(1);
    const lazy = lazyComponent(fetch);
    await expect(lazy.load()).rejects.toThrow('fetch 1 failed');
    await expect(lazy.load()).rejects.toThrow('fetch 1 failed');
    expect(lazy.loaded()).toBeNull();
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
