/** Notices' lifetime: confirmations go once seen on the next screen or when a period is simulated; errors and warnings stay. */
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { Notices, offerWhileOpen } from '../../../src/app/notices.svelte.ts';

const keys = (n: Notices) => n.list.map((x) => x.key);

describe('notice lifetime', () => {
  it('keeps a confirmation on the next screen, then drops it', () => {
    const notices = new Notices();
    notices.push('info', 'savedRuns.deleted', { name: 'a' });
    notices.push('error', 'db.quotaExceeded');
    notices.push('warning', 'db.inMemory');
    notices.screenChanged();
    expect(keys(notices)).toEqual(['savedRuns.deleted', 'db.quotaExceeded', 'db.inMemory']);
    notices.screenChanged();
    expect(keys(notices)).toEqual(['db.quotaExceeded', 'db.inMemory']);
    notices.screenChanged();
    expect(keys(notices)).toEqual(['db.quotaExceeded', 'db.inMemory']);
  });

  it('counts screens from the one a confirmation appeared on', () => {
    const notices = new Notices();
    notices.screenChanged();
    notices.screenChanged();
    notices.push('info', 'savedRuns.deleted', { name: 'a' });
    notices.screenChanged();
    expect(keys(notices)).toEqual(['savedRuns.deleted']);
    notices.screenChanged();
    expect(keys(notices)).toEqual([]);
  });

  it('drops confirmations when a period is simulated, not errors or warnings', () => {
    const notices = new Notices();
    notices.push('info', 'decisions.pending.undone', { action: () => 'x' });
    notices.push('warning', 'decisions.notAllowed');
    notices.periodAdvanced();
    expect(keys(notices)).toEqual(['decisions.notAllowed']);
  });
});

describe('one notice per cause', () => {
  it('replaces the same notice pushed again instead of stacking it', () => {
    const notices = new Notices();
    notices.push('error', 'db.runNotFound', { runId: 'r1' });
    notices.push('warning', 'db.inMemory');
    notices.push('error', 'db.runNotFound', { runId: 'r1' });
    notices.push('error', 'db.runNotFound', { runId: 'r1' });
    expect(keys(notices)).toEqual(['db.inMemory', 'db.runNotFound']);
    // the same key with other values is another cause
    notices.push('error', 'db.runNotFound', { runId: 'r2' });
    expect(notices.list.map((n) => n.params?.runId ?? '')).toEqual(['', 'r1', 'r2']);
  });

  it('replaces a notice of the same explicit cause, whatever its message (the last import’s outcome)', () => {
    const notices = new Notices();
    notices.push('error', 'db.importNotJson', { detail: 'x' }, undefined, { cause: 'runImport' });
    notices.push('error', 'db.importInvalid', { reason: 'y' }, undefined, { cause: 'runImport' });
    expect(keys(notices)).toEqual(['db.importInvalid']);
    notices.push('info', 'home.importDone', { name: 'Ma partie' }, undefined, { cause: 'runImport' });
    expect(keys(notices)).toEqual(['home.importDone']);
  });

  it('withdraws the notice of a cause that is gone, keeps its action', () => {
    const notices = new Notices();
    const run = () => {};
    notices.push('warning', 'db.runLocked', undefined, undefined, { cause: 'runLock', action: { label: 'db.takeOverHere', run } });
    notices.push('warning', 'db.inMemory');
    expect(notices.list[0].action).toEqual({ label: 'db.takeOverHere', run });
    notices.withdraw('runLock');
    expect(keys(notices)).toEqual(['db.inMemory']);
  });
});

describe('an action offered while a screen is open (review16 m4)', () => {
  const action = { label: 'editor.exportNow' as const, run: () => {} };

  it('is set on the notice in place, with its id, and taken back when the screen closes', () => {
    const notices = new Notices();
    notices.push('error', 'db.terminated');
    notices.push('warning', 'db.inMemory');
    const id = notices.list[0].id;
    const close = offerWhileOpen(notices, 'db.terminated', action);
    flushSync();
    expect(notices.list.map((n) => [n.id, n.key, n.action?.run])).toEqual([
      [id, 'db.terminated', action.run],
      [notices.list[1].id, 'db.inMemory', undefined],
    ]);
    close();
    expect(notices.list.map((n) => [n.id, n.key])).toEqual([
      [id, 'db.terminated'],
      [notices.list[1].id, 'db.inMemory'],
    ]);
    expect('action' in notices.list[0]).toBe(false);
  });

  it('is offered in a notice that comes while the screen is open; a dismissed one is not brought back', () => {
    const notices = new Notices();
    const close = offerWhileOpen(notices, 'db.terminated', action);
    flushSync();
    expect(notices.list).toEqual([]);
    const id = notices.push('error', 'db.terminated');
    flushSync();
    expect(notices.list.map((n) => [n.id, n.action?.run])).toEqual([[id, action.run]]);
    notices.dismiss(id);
    flushSync();
    expect(notices.list).toEqual([]);
    close();
    expect(notices.list).toEqual([]);
  });
});
