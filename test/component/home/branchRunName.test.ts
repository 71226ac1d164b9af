/**
 * A what-if branch in the saved runs reads in the learner's current language (its name is kept in
 * parts: app/runName.ts); renaming it without changing the name keeps it so, a new name is the
 * learner's own.
 */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import SavedRuns from '../../../src/ui/home/SavedRuns.svelte';
import { Notices } from '../../../src/app/notices.svelte.ts';
import type { RunLibrary } from '../../../src/app/runLibrary.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { savedRun } from '../../fixtures/runSummary.ts';

function library(): RunLibrary {
  return {
    list: async () => [savedRun({ id: 'r2', name: 'Ma partie — et si… (la semaine 2)', branchName: { base: 'Ma partie', ticks: [1] }, branch: true })],
    rename: vi.fn(async () => {}),
    remove: async () => {},
  };
}

describe('a what-if branch in the saved runs', () => {
  afterEach(() => setLocale('fr'));

  it('is named in the current language; renamed only when the name changes', async () => {
    const user = userEvent.setup();
    const runs = library();
    render(SavedRuns, { library: runs, notices: new Notices(), version: 0, busy: false, onresume: () => {} });
    expect(await screen.findByText('Ma partie — et si… (à partir de la semaine 2)', {}, { timeout: 10_000 })).toBeInTheDocument();
    await setLocale('en');
    const list = screen.getByRole('list');
    expect(await within(list).findByText('Ma partie — what if… (from week 2)')).toBeInTheDocument();
    expect(list).not.toHaveTextContent('et si');
    await user.click(screen.getByRole('button', { name: /^Rename “/ }));
    const field = screen.getByRole('textbox');
    expect(field).toHaveValue('Ma partie — what if… (from week 2)');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(runs.rename).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: /^Rename “/ }));
    await user.clear(screen.getByRole('textbox'));
    await user.type(screen.getByRole('textbox'), 'Mon essai');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(runs.rename).toHaveBeenCalledWith('r2', 'Mon essai');
  });
});
