import { describe, expect, it } from 'vitest';
import { EMPTY_PROGRESS, isMissionOpen, parseProgress, recordOutcome } from '../../../src/missions/progress.ts';

describe('mission progress', () => {
  it('reads missing, corrupted or hostile storage as no progress', () => {
    for (const text of [null, '', '{', 'null', '[]', '{"version":2,"done":{},"active":null}', JSON.stringify({ version: 1, done: { a: { b: { outcome: 'triche', attempts: 1 } } }, active: null })])
      expect(parseProgress(text)).toEqual(EMPTY_PROGRESS);
  });

  it('a success stays a success, attempts are counted', () => {
    let p = recordOutcome(EMPTY_PROGRESS, 's', 'm1', 'echouee');
    p = recordOutcome(p, 's', 'm1', 'reussie');
    p = recordOutcome(p, 's', 'm1', 'echouee');
    expect(p.done.s.m1).toEqual({ outcome: 'reussie', attempts: 3 });
    expect(parseProgress(JSON.stringify(p))).toEqual(p);
  });

  it('opens a mission once the previous one is succeeded', () => {
    const ids = ['m1', 'm2', 'm3'];
    let p = EMPTY_PROGRESS;
    expect([0, 1, 2].map((i) => isMissionOpen(p, 's', ids, i))).toEqual([true, false, false]);
    p = recordOutcome(p, 's', 'm1', 'echouee');
    expect(isMissionOpen(p, 's', ids, 1)).toBe(false);
    p = recordOutcome(p, 's', 'm1', 'reussie');
    expect([0, 1, 2].map((i) => isMissionOpen(p, 's', ids, i))).toEqual([true, true, false]);
  });
});
