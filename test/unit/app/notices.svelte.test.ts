/** Notices' lifetime: confirmations go once seen on the next screen or when a period is simulated; errors and warnings stay. */
import { describe, expect, it } from 'vitest';
import { Notices } from '../../../src/app/notices.svelte.ts';

const keys = (n: Notices) => n.list.map((x) => x.key);

describe('notice lifetime', () => {
  it('keeps a confirmation on the next screen, then drops it', () => {
    const notices = new Notices();
    notices.push('info', 'home.deleted', { name: 'a' });
    notices.push('error', 'db.quotaExceeded');
    notices.push('warning', 'db.inMemory');
    notices.screenChanged();
    expect(keys(notices)).toEqual(['home.deleted', 'db.quotaExceeded', 'db.inMemory']);
    notices.screenChanged();
    expect(keys(notices)).toEqual(['db.quotaExceeded', 'db.inMemory']);
    notices.screenChanged();
    expect(keys(notices)).toEqual(['db.quotaExceeded', 'db.inMemory']);
  });

  it('counts screens from the one a confirmation appeared on', () => {
    const notices = new Notices();
    notices.screenChanged();
    notices.screenChanged();
    notices.push('info', 'home.deleted', { name: 'a' });
    notices.screenChanged();
    expect(keys(notices)).toEqual(['home.deleted']);
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
