import { describe, expect, it } from 'vitest';
import { attemptOf, EMPTY_PROGRESS, isMissionOpen, parseProgress, recordOutcome, withAttempt, withBranch } from '../../../src/missions/progress.ts';

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

  it('a what-if branch of the mission run (or of one of its branches) is one more attempt; other runs are not the mission', () => {
    // stored before branches were kept: read with none
    const stored = parseProgress(JSON.stringify({ version: 1, done: {}, active: { runId: 'r1', scenarioId: 's', missionId: 'm2', answer: 12, tries: 2, recorded: true } }));
    let active = stored.active!;
    expect(active.branches).toEqual({});
    expect(attemptOf(active, 'r1')).toEqual({ answer: 12, tries: 2, recorded: true });
    expect(attemptOf(active, 'b1')).toBeNull();
    expect(withBranch(active, 'other', 'b1')).toBe(active);
    active = withBranch(active, 'r1', 'b1');
    active = withBranch(active, 'b1', 'b2');
    expect(attemptOf(active, 'b2')).toEqual({ answer: null, tries: 0, recorded: false });
    active = withAttempt(active, 'b1', { answer: 7, tries: 1, recorded: true });
    expect(attemptOf(active, 'b1')).toEqual({ answer: 7, tries: 1, recorded: true });
    expect(attemptOf(active, 'r1')).toEqual({ answer: 12, tries: 2, recorded: true });
    // a branch already known keeps its attempt
    expect(withBranch(active, 'r1', 'b1')).toBe(active);
    expect(parseProgress(JSON.stringify({ ...stored, active })).active).toEqual(active);
  });
});
