/**
 * Deleting the game in progress from the saved runs (QA qa13 W2): the confirmation says it will be closed and, for a
 * what-if branch whose original is saved, that the original is reopened; once deleted, the list asks for it (ondeleted)
 * and says which game is in progress. Another run's deletion says neither.
 */
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import SavedRuns from '../../../src/ui/home/SavedRuns.svelte';
import { Notices } from '../../../src/app/notices.svelte.ts';
import type { RunLibrary } from '../../../src/app/runLibrary.ts';
import { savedRun } from '../../fixtures/runSummary.ts';

function library(): RunLibrary {
  let list = [
    savedRun({ id: 'r1', name: 'Ma partie' }),
    savedRun({ id: 'r2', name: 'Ma partie — branche', branch: true, parentId: 'r1' }),
    savedRun({ id: 'r3', name: 'Autre partie' }),
  ];
  return {
    list: async () => list,
    rename: async () => {},
    remove: async (id) => {
      list = list.filter((r) => r.id !== id);
    },
  };
}

async function askToDelete(name: string) {
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: `Supprimer «\u00a0${name}\u00a0»` }, { timeout: 10_000 }));
  return { user, message: screen.getByRole('alertdialog').textContent?.replace(/[ \n\t]+/g, ' ') ?? '' };
}

describe('deleting the game in progress', () => {
  it('says the branch in progress closes and its original reopens, and asks for it once deleted', async () => {
    const notices = new Notices();
    const ondeleted = vi.fn(async () => true);
    render(SavedRuns, { library: library(), notices, version: 0, busy: false, currentId: 'r2', onresume: () => {}, ondeleted });
    const { user, message } = await askToDelete('Ma partie — branche');
    expect(message).toContain('C’est la partie en cours\u00a0: elle sera fermée, et sa partie d’origine «\u00a0Ma partie\u00a0» rouverte.');
    await user.click(screen.getByRole('button', { name: 'Supprimer définitivement' }));
    await waitFor(() => expect(ondeleted).toHaveBeenCalledWith('r2', 'r1'));
    await waitFor(() => expect(notices.list.map((n) => [n.key, n.params])).toEqual([['savedRuns.deletedReopened', { name: 'Ma partie — branche', original: 'Ma partie' }]]));
  });

  it('says an original in progress closes; another run’s deletion says nothing of it', async () => {
    const ondeleted = vi.fn();
    render(SavedRuns, { library: library(), notices: new Notices(), version: 0, busy: false, currentId: 'r1', onresume: () => {}, ondeleted });
    const first = await askToDelete('Ma partie');
    expect(first.message).toContain('C’est la partie en cours\u00a0: elle sera fermée.');
    await first.user.click(screen.getByRole('button', { name: 'Supprimer définitivement' }));
    await waitFor(() => expect(ondeleted).toHaveBeenCalledWith('r1', null));
    const other = await askToDelete('Autre partie');
    expect(other.message).not.toContain('partie en cours');
  });
});
