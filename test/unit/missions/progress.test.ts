import { describe, expect, it } from 'vitest';
import { attemptOf, EMPTY_PROGRESS, isMissionOpen, mergeProgress, parseProgress, progressText, recordOutcome, RUNS_KEPT, startedRun, withAttempt, withBranch, type MissionProgress } from '../../../src/missions/progress.ts';

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
    let p = parseProgress(JSON.stringify({ version: 1, done: {}, active: { runId: 'r1', scenarioId: 's', missionId: 'm2', answer: 12, tries: 2, recorded: true } }));
    expect(Object.keys(p.runs)).toEqual(['r1']);
    expect(attemptOf(p, 'r1')).toMatchObject({ scenarioId: 's', missionId: 'm2', answer: 12, tries: 2, recorded: true });
    expect(attemptOf(p, 'b1')).toBeNull();
    expect(withBranch(p, 'other', 'b1')).toBe(p);
    p = withBranch(p, 'r1', 'b1');
    p = withBranch(p, 'b1', 'b2');
    expect(attemptOf(p, 'b2')).toMatchObject({ scenarioId: 's', missionId: 'm2', answer: null, tries: 0, recorded: false });
    p = withAttempt(p, 'b1', { ...attemptOf(p, 'b1')!, answer: 7, tries: 1, recorded: true });
    expect(attemptOf(p, 'b1')).toMatchObject({ answer: 7, tries: 1, recorded: true });
    expect(attemptOf(p, 'r1')).toMatchObject({ answer: 12, tries: 2, recorded: true });
    // a branch already known keeps its attempt
    expect(withBranch(p, 'r1', 'b1')).toBe(p);
    expect(parseProgress(JSON.stringify(p))).toEqual(p);
  });

  it('reads the progress stored with one mission slot: its run and branches become runs, nothing lost', () => {
    const done = { s: { m1: { outcome: 'reussie', attempts: 3, answer: 5, at: '2026-12-01T10:00:00.000Z' } } };
    const branches = { old: { answer: 5, tries: 1, recorded: true }, b1: { answer: null, tries: 0, recorded: false } };
    const p = parseProgress(JSON.stringify({ version: 1, done, active: { runId: 'r1', scenarioId: 's', missionId: 'm1', answer: null, tries: 2, recorded: true, branches } }));
    expect(p.done).toEqual(done);
    expect(p.active).toEqual({ runId: 'r1', scenarioId: 's', missionId: 'm1' });
    expect(Object.keys(p.runs).sort()).toEqual(['b1', 'old', 'r1']);
    expect(attemptOf(p, 'old')).toMatchObject({ scenarioId: 's', missionId: 'm1', answer: 5, tries: 1, recorded: true });
    expect(attemptOf(p, 'r1')).toMatchObject({ scenarioId: 's', missionId: 'm1', tries: 2, recorded: true });
    // written again and read: the same
    expect(parseProgress(JSON.stringify(p))).toEqual(p);
  });

  const recorded = (p: MissionProgress, runId: string, outcome: 'reussie' | 'echouee' = 'echouee') => {
    const run = attemptOf(p, runId)!;
    return withAttempt(recordOutcome(p, run.scenarioId, run.missionId, outcome), runId, { ...run, recorded: true });
  };

  it('merges by run: two copies that each recorded a run from the same count add up, a run recorded in both counts once', () => {
    let base = startedRun(EMPTY_PROGRESS, 'r0', 's', 'm1');
    base = recorded(base, 'r0');
    base = startedRun(base, 'rA', 's', 'm1');
    base = startedRun(base, 'rB', 's', 'm1');
    // tab A records rA, tab B records rB, each from the base (1 attempt)
    const a = recorded(base, 'rA');
    const b = recorded(base, 'rB', 'reussie');
    const merged = mergeProgress(a, b);
    expect(merged.done.s.m1).toMatchObject({ outcome: 'reussie', attempts: 3 });
    expect(mergeProgress(b, a).done.s.m1).toMatchObject({ outcome: 'reussie', attempts: 3 });
    expect([attemptOf(merged, 'rA')?.recorded, attemptOf(merged, 'rB')?.recorded]).toEqual([true, true]);
    // a third copy took rA over and records it again: still 3
    const c = recorded(base, 'rA');
    expect(mergeProgress(merged, c).done.s.m1.attempts).toBe(3);
    expect(mergeProgress(c, merged).done.s.m1.attempts).toBe(3);
    // a copy that has heard both and records nothing more: still 3
    expect(mergeProgress(merged, mergeProgress(merged, base)).done.s.m1.attempts).toBe(3);
  });

  it(`keeps the ${RUNS_KEPT} runs started last of each mission; a run forgotten is not counted again from an older copy`, () => {
    let p = startedRun(EMPTY_PROGRESS, 'other', 's', 'm2');
    const ids = Array.from({ length: RUNS_KEPT + 5 }, (_, i) => `run-${i}`);
    for (const id of ids) p = recorded(startedRun(p, id, 's', 'm1'), id);
    const stale = p;
    p = mergeProgress(EMPTY_PROGRESS, p);
    expect(Object.keys(p.runs).filter((r) => p.runs[r].missionId === 'm1').sort()).toEqual(ids.slice(5).sort());
    expect(attemptOf(p, 'other')).not.toBeNull();
    expect(p.done.s.m1.attempts).toBe(RUNS_KEPT + 5);
    // five more runs, recorded; then a copy written before them (it still has run-5..run-9) is merged in
    for (const id of ['x1', 'x2', 'x3', 'x4', 'x5']) p = mergeProgress(p, recorded(startedRun(p, id, 's', 'm1'), id));
    expect(p.done.s.m1.attempts).toBe(RUNS_KEPT + 10);
    expect(attemptOf(p, 'run-5')).toBeNull();
    const merged = mergeProgress(p, stale);
    expect(merged.done.s.m1.attempts).toBe(RUNS_KEPT + 10);
    expect(attemptOf(merged, 'run-5')).toBeNull();
    expect(mergeProgress(stale, p).done.s.m1.attempts).toBe(RUNS_KEPT + 10);
    // its count covers runs it no longer lists, but every copy forgot them: a run recorded in a copy that did not know it yet is added
    const y1 = mergeProgress(p, recorded(startedRun(p, 'y1', 's', 'm1'), 'y1'));
    const y2 = recorded(startedRun(p, 'y2', 's', 'm1'), 'y2');
    expect([mergeProgress(y1, y2).done.s.m1.attempts, mergeProgress(y2, y1).done.s.m1.attempts]).toEqual([RUNS_KEPT + 12, RUNS_KEPT + 12]);
  });

  it('a value written by an older build (no runs) adds nothing to the runs this copy knows: the count is not inflated (review3 #1)', () => {
    let p = EMPTY_PROGRESS;
    for (const id of ['q1', 'q2']) p = mergeProgress(p, recorded(startedRun(p, id, 's', 'm2'), id, 'reussie'));
    for (const id of ['r1', 'r2', 'r3']) p = mergeProgress(p, recorded(startedRun(p, id, 's', 'm1'), id));
    p = mergeProgress(p, startedRun(p, 'r4', 's', 'm1'));
    expect(p.active?.runId).toBe('r4');
    expect([p.done.s.m1.attempts, p.done.s.m2.attempts]).toEqual([3, 2]);
    // the older build read it (runs dropped, the active run read as not recorded) and wrote it back after an answer
    const active = { ...p.active!, answer: null, tries: 1, recorded: false };
    const old = parseProgress(JSON.stringify({ version: 1, done: p.done, active }));
    for (const merged of [mergeProgress(p, old), mergeProgress(old, p)]) {
      expect([merged.done.s.m1.attempts, merged.done.s.m2.attempts]).toEqual([3, 2]);
      expect(Object.keys(merged.runs).sort()).toEqual(['q1', 'q2', 'r1', 'r2', 'r3', 'r4']);
      // written back as a newer value: a later merge counts its runs again
      expect(parseProgress(JSON.stringify(merged))).toEqual(merged);
      expect(mergeProgress(merged, p).done.s.m1.attempts).toBe(3);
    }
    // the older build recorded the active run: one more, once
    const recordedOld = parseProgress(JSON.stringify({ version: 1, done: recordOutcome(p, 's', 'm1', 'echouee').done, active: { ...active, recorded: true } }));
    expect(mergeProgress(p, recordedOld).done.s.m1.attempts).toBe(4);
    expect(mergeProgress(recordedOld, p).done.s.m1.attempts).toBe(4);
    expect(attemptOf(mergeProgress(p, recordedOld), 'r4')?.recorded).toBe(true);
  });

  /** Tabs as MissionController uses the progress: `#save` merges over the storage read again, a write heard is merged in. */
  function tabs() {
    const storage = { text: null as string | null };
    const all: { progress: MissionProgress }[] = [];
    const write = (text: string, from?: { progress: MissionProgress }) => {
      storage.text = text;
      for (const other of all) if (other !== from) other.progress = mergeProgress(other.progress, parseProgress(text));
    };
    const open = () => {
      const tab = { progress: parseProgress(storage.text) };
      all.push(tab);
      return tab;
    };
    const save = (tab: { progress: MissionProgress }, next: MissionProgress, started: boolean, stored = parseProgress(storage.text)) => {
      const merged = mergeProgress(stored, next);
      tab.progress = merged;
      write(progressText(started ? merged : { ...merged, active: stored.active ?? merged.active }), tab);
    };
    const start = (tab: { progress: MissionProgress }, runId: string, missionId = 'm1') => save(tab, startedRun(tab.progress, runId, 's', missionId), true);
    // settle: the storage read first, then the outcome recorded over it
    const settle = (tab: { progress: MissionProgress }, runId: string) => {
      const stored = parseProgress(storage.text);
      save(tab, recorded(tab.progress, runId), false, stored);
    };
    return { storage, open, start, settle, write };
  }

  it('a value merged from an older build\'s and written back does not count again the runs it dropped (review4 #1: three tabs at a deploy)', () => {
    const { storage, open, start, settle, write } = tabs();
    const n = open();
    for (const id of ['R1', 'R2', 'R3', 'R4', 'R5']) {
      start(n, id);
      settle(n, id);
    }
    expect(n.progress.done.s.m1.attempts).toBe(5);
    // a tab of the older build reads the value and writes it back: no runs, only the active one
    const { runs, ...older } = JSON.parse(storage.text!);
    expect(Object.keys(runs)).toHaveLength(5);
    write(JSON.stringify(older));
    expect(n.progress.done.s.m1.attempts).toBe(5);
    // a new tab of this build opens on that value and starts R6: the value it writes lists R5 and R6 only, and counts 5
    const n2 = open();
    start(n2, 'R6');
    expect(Object.keys(parseProgress(storage.text).runs).sort()).toEqual(['R5', 'R6']);
    expect([n.progress.done.s.m1.attempts, n2.progress.done.s.m1.attempts]).toEqual([5, 5]);
    expect(mergeProgress(parseProgress(storage.text), n.progress).done.s.m1.attempts).toBe(5);
    // R6 recorded in the new tab, then R7 in the first one: one more each
    settle(n2, 'R6');
    expect([n.progress.done.s.m1.attempts, n2.progress.done.s.m1.attempts]).toEqual([6, 6]);
    start(n, 'R7');
    settle(n, 'R7');
    expect([n.progress.done.s.m1.attempts, n2.progress.done.s.m1.attempts, parseProgress(storage.text).done.s.m1.attempts]).toEqual([7, 7, 7]);
  });

  it('progress read from an older build and written back: two tabs that each record a run from it still add up', () => {
    const old = parseProgress(JSON.stringify({ version: 1, done: { s: { m1: { outcome: 'echouee', attempts: 4 } } }, active: { runId: 'r0', scenarioId: 's', missionId: 'm1', recorded: true } }));
    // the value written back lists r0 only but counts 4; each tab starts a run (and hears the other's start), then records it
    const base = mergeProgress(old, startedRun(startedRun(old, 'rA', 's', 'm1'), 'rB', 's', 'm1'));
    const a = recorded(base, 'rA');
    const b = recorded(base, 'rB');
    expect([mergeProgress(a, b).done.s.m1.attempts, mergeProgress(b, a).done.s.m1.attempts]).toEqual([6, 6]);
    expect(mergeProgress(mergeProgress(a, b), a).done.s.m1.attempts).toBe(6);
  });

  it('the run being played is not forgotten after many what-if branches; a newer value never re-creates a forgotten active run (review3 #2)', () => {
    let p = startedRun(EMPTY_PROGRESS, 'run', 's', 'm1');
    p = mergeProgress(EMPTY_PROGRESS, withAttempt(recordOutcome(p, 's', 'm1', 'reussie'), 'run', { ...attemptOf(p, 'run')!, answer: 12, recorded: true }));
    for (let i = 0; i < 30; i++) p = mergeProgress(p, withBranch(p, i === 0 ? 'run' : `b${i - 1}`, `b${i}`));
    expect(attemptOf(p, 'run')).toMatchObject({ answer: 12, recorded: true });
    expect(attemptOf(parseProgress(JSON.stringify(p)), 'run')).toMatchObject({ answer: 12, recorded: true });
    // a newer value whose active run was forgotten: it stays forgotten (not a new attempt, recorded again on reopening)
    const runs = Object.fromEntries(Object.entries(p.runs).filter(([runId]) => runId !== 'run'));
    const reread = parseProgress(JSON.stringify({ ...p, runs }));
    expect(p.active?.runId).toBe('run');
    expect(attemptOf(reread, 'run')).toBeNull();
    expect(reread.active).toEqual(p.active);
  });

  it('a run started under its mission’s « measure after the policy » rule keeps it: stored, read back, in its branches and through a merge', () => {
    const started = startedRun(EMPTY_PROGRESS, 'r1', 's', 'm3', false, true);
    expect(attemptOf(started, 'r1')).toMatchObject({ missionId: 'm3', measuredAfter: true });
    expect(attemptOf(started, 'r1')?.keepProgrammes).toBeUndefined();
    const read = parseProgress(JSON.stringify(started));
    expect(attemptOf(read, 'r1')?.measuredAfter).toBe(true);
    expect(attemptOf(withBranch(read, 'r1', 'b1'), 'b1')?.measuredAfter).toBe(true);
    // another tab's copy written without it (an older build) does not lose it
    const older = withAttempt(EMPTY_PROGRESS, 'r1', { scenarioId: 's', missionId: 'm3', answer: null, tries: 1, recorded: true, n: 0 });
    expect(attemptOf(mergeProgress(started, older), 'r1')?.measuredAfter).toBe(true);
    // a run started before the rule has none
    expect(attemptOf(startedRun(EMPTY_PROGRESS, 'r2', 's', 'm3'), 'r2')?.measuredAfter).toBeUndefined();
  });
});
