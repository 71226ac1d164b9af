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
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';

function library(): RunLibrary {
  let list = [
    savedRun({ id: 'r1', name: 'Ma partie' }),
    savedRun({ id: 'r2', name: 'Ma partie — branche', branch: true, parentId: 'r1' }),
    savedRun({ id: 'r3', name: 'Autre partie' }),
  ];
  return {
    list: async () => list,
    rename: async () => {},
    remove: async (id, options) => {
      const gone = [id, ...(options?.branches === 'delete' ? list.filter((r) => r.parentId === id).map((r) => r.id) : [])];
      list = list.filter((r) => !gone.includes(r.id));
      return gone;
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
    const notices = new Notices();
    render(SavedRuns, { library: library(), notices, version: 0, busy: false, currentId: 'r1', onresume: () => {}, ondeleted });
    const first = await askToDelete('Ma partie');
    expect(first.message).toContain('C’est la partie en cours\u00a0: elle sera fermée.');
    await first.user.click(screen.getByRole('button', { name: 'Supprimer la partie, garder sa branche' }));
    await waitFor(() => expect(ondeleted).toHaveBeenCalledWith('r1', null));
    // its branch kept is said a game of its own now, as the question said (QA qa32keyboard m3)
    await waitFor(() => expect(notices.list.map((n) => [n.key, n.params])).toEqual([['savedRuns.deletedKeptBranches', { name: 'Ma partie', count: 1 }]]));
    const other = await askToDelete('Autre partie');
    expect(other.message).not.toContain('partie en cours');
  });

  it('asks what becomes of an original’s branches; deleted with it, the branch in progress is closed too (QA qa28whatif)', async () => {
    const ondeleted = vi.fn();
    const lib = library();
    const remove = vi.spyOn(lib, 'remove');
    render(SavedRuns, { library: lib, notices: new Notices(), version: 0, busy: false, currentId: 'r2', onresume: () => {}, ondeleted });
    const { user, message } = await askToDelete('Ma partie');
    expect(message).toContain(frenchText`Cette partie a une branche « Et si… ? ». Si vous gardez la branche, elle devient une partie à part`);
    // « en fait partie » after « une branche » read wrong (QA qa30enTablet m4): the one branch is the game in progress
    expect(message).toContain(frenchText`Cette branche, « Ma partie — branche », est la partie en cours : si vous la supprimez, elle sera fermée.`);
    // no « Supprimer définitivement »: which of the two is asked
    expect(screen.queryByRole('button', { name: 'Supprimer définitivement' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Supprimer la partie, garder sa branche' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Supprimer la partie et sa branche' }));
    await waitFor(() => expect(ondeleted).toHaveBeenCalledWith('r2', null));
    expect(remove).toHaveBeenCalledWith('r1', { branches: 'delete' });
    expect(ondeleted).toHaveBeenCalledWith('r1', null);
    // a game without branches: one way to confirm, as before
    const other = await askToDelete('Autre partie');
    expect(other.message).not.toContain('branche');
    expect(screen.getByRole('button', { name: 'Supprimer définitivement' })).toBeInTheDocument();
  });

  it('with several branches, says the one in progress is one of them (QA qa30enTablet m4)', async () => {
    const lib = library();
    const list = await lib.list();
    lib.list = async () => [...list, savedRun({ id: 'r4', name: 'Ma partie — autre branche', branch: true, parentId: 'r1' })];
    render(SavedRuns, { library: lib, notices: new Notices(), version: 0, busy: false, currentId: 'r2', onresume: () => {}, ondeleted: vi.fn() });
    const { message } = await askToDelete('Ma partie');
    expect(message).toContain(frenchText`Cette partie a 2 branches « Et si… ? ». Si vous gardez les branches, elles deviennent des parties à part`);
    expect(message).toContain(frenchText`La partie en cours, « Ma partie — branche », est l’une de ces branches : si vous la supprimez, elle sera fermée.`);
  });

  // review19 n5: « Elle a 2 branches. Gardées, elles deviennent des parties à part » when one was a branch of the other, which stays its branch
  it('counts all of an original’s branches but says only its own become games of their own', async () => {
    const lib = library();
    const listed = await lib.list();
    listed.push(savedRun({ id: 'r4', name: 'Ma partie — branche — sous-branche', branch: true, parentId: 'r2' }));
    render(SavedRuns, { library: lib, notices: new Notices(), version: 0, busy: false, currentId: null, onresume: () => {} });
    const { message } = await askToDelete('Ma partie');
    expect(message).toContain(
      frenchText`Cette partie a 2 branches « Et si… ? », dont une faite directement à partir d’elle. Si vous gardez les branches, celle-ci devient une partie à part (toujours une variante, non classée) qui ne pourra plus être comparée à la partie d’origine, les autres restant ses branches. Vous pouvez aussi les supprimer toutes avec la partie.`,
    );
    expect(message).not.toContain('elles deviennent');
    expect(screen.getByRole('button', { name: 'Supprimer la partie et ses 2 branches' })).toBeInTheDocument();
  });

  it('says a deleted branch’s own branches are kept, among its parent’s timelines', async () => {
    const lib = library();
    const listed = await lib.list();
    listed.push(savedRun({ id: 'r4', name: 'Ma partie — branche — sous-branche', branch: true, parentId: 'r2' }));
    render(SavedRuns, { library: lib, notices: new Notices(), version: 0, busy: false, currentId: null, onresume: () => {} });
    const { message } = await askToDelete('Ma partie — branche');
    expect(message).toContain(frenchText`Sa branche « Et si… ? » est gardée : elle reste parmi les chronologies de « Ma partie », comparable avec elle.`);
    expect(screen.getByRole('button', { name: 'Supprimer définitivement' })).toBeInTheDocument();
  });
});
