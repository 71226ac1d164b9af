/**
 * Deleting a saved run from the home screen: the focus never falls on the page body. Cancelled
 * (Escape or « Annuler »): back on the « Supprimer » button that opened the confirmation. Refused
 * (the run is open in another tab): the library's French reason and the focus back on the button.
 * Done: on the list's title.
 */
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import SavedRuns from '../../../src/ui/home/SavedRuns.svelte';
import { Notices } from '../../../src/app/notices.svelte.ts';
import type { RunLibrary } from '../../../src/app/runLibrary.ts';
import { DbError } from '../../../src/db/errors.ts';
import { savedRun } from '../../fixtures/runSummary.ts';

function library(openElsewhere: string[] = []): RunLibrary {
  let list = [savedRun({ id: 'r1', name: 'Première' }), savedRun({ id: 'r2', name: 'Seconde' })];
  return {
    list: async () => list,
    rename: async () => {},
    remove: async (id) => {
      if (openElsewhere.includes(id)) throw new DbError('runOpenElsewhere');
      list = list.filter((r) => r.id !== id);
    },
  };
}

/** French spacing (no-break spaces before « : » and inside « ») as plain spaces */
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

async function deleteButtons() {
  await screen.findByText('Seconde');
  return screen.getAllByRole('button', { name: /^Supprimer «/ });
}

describe('run deletion and the focus', () => {
  it('gives the focus back to « Supprimer » after Escape or « Annuler »', async () => {
    const user = userEvent.setup();
    render(SavedRuns, { library: library(), notices: new Notices(), version: 0, busy: false, onresume: () => {} });
    const second = (await deleteButtons())[1];
    await user.click(second);
    expect(screen.getByRole('button', { name: 'Annuler' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await waitFor(() => expect(second).toHaveFocus());
    second.focus();
    await user.keyboard('{Enter}');
    await user.click(screen.getByRole('button', { name: 'Annuler' }));
    await waitFor(() => expect(second).toHaveFocus());
    expect(screen.getByText('Seconde')).toBeInTheDocument();
  });

  it('refuses to delete a run open in another tab, says so, and keeps the focus on its button', async () => {
    const user = userEvent.setup();
    const notices = new Notices();
    render(SavedRuns, { library: library(['r1']), notices, version: 0, busy: false, onresume: () => {} });
    const first = (await deleteButtons())[0];
    await user.click(first);
    await user.click(screen.getByRole('button', { name: 'Supprimer définitivement' }));
    // said in the run's row, next to the button that has the focus (the page's notices may be far above: QA qa30robust M1)
    const alert = await screen.findByRole('alert');
    expect(alert.closest('li')).toBe(first.closest('li'));
    expect(plain(alert.textContent)).toMatch(/^« Première » est ouverte dans un autre onglet : rien n’a été supprimé\./);
    expect(notices.list).toEqual([]);
    expect(screen.getByText('Première')).toBeInTheDocument();
    await waitFor(() => expect(first).toHaveFocus());
  });

  it('names the branch open in another tab when an original and its branch are refused, and withdraws the error once a deletion succeeds', async () => {
    const user = userEvent.setup();
    const notices = new Notices();
    let list = [
      savedRun({ id: 'o', name: 'Boulangerie' }),
      savedRun({ id: 'b', name: 'x', branchName: { base: 'Boulangerie', ticks: [2] }, branch: true, parentId: 'o' }),
      savedRun({ id: 'r2', name: 'Seconde' }),
    ];
    let full = true;
    const lib: RunLibrary = {
      list: async () => list,
      rename: async () => {},
      remove: async (id, options) => {
        if (id === 'o' && options?.branches === 'delete') throw new DbError('runOpenElsewhere', { runId: 'b' });
        if (id === 'r2' && full) throw new DbError('writeFailed', { detail: 'x' });
        list = list.filter((r) => r.id !== id);
      },
    };
    render(SavedRuns, { library: lib, notices, version: 0, busy: false, onresume: () => {} });
    await screen.findByText('Seconde');
    const original = screen.getByRole('button', { name: /^Supprimer «.Boulangerie.»$/ });
    await user.click(original);
    await user.click(screen.getByRole('button', { name: 'Supprimer la partie et sa branche' }));
    const alert = await screen.findByRole('alert');
    expect(alert.closest('li')).toBe(original.closest('li'));
    expect(plain(alert.textContent)).toBe(
      'Sa branche « Boulangerie — et si… (à partir de la semaine 3) » est ouverte dans un autre onglet : rien n’a été supprimé. Fermez-la dans cet onglet-là puis recommencez, ou choisissez « Supprimer la partie, garder sa branche ».',
    );
    await waitFor(() => expect(original).toHaveFocus());
    // another deletion fails (its error in the notices), then one succeeds: no error left above « Partie … supprimée »
    const second = screen.getByRole('button', { name: /^Supprimer «.Seconde.»$/ });
    await user.click(second);
    await user.click(screen.getByRole('button', { name: 'Supprimer définitivement' }));
    await waitFor(() => expect(notices.list.map((n) => n.key)).toEqual(['db.writeFailed']));
    expect(screen.queryByRole('alert')).toBeNull();
    full = false;
    await user.click(second);
    await user.click(screen.getByRole('button', { name: 'Supprimer définitivement' }));
    await waitFor(() => expect(notices.list.map((n) => n.key)).toEqual(['savedRuns.deleted']));
  });

  // QA qa30robust: « Supprimer la partie et sa branche » confirmed, then refused in the row, the branch being open in another tab
  it('says before asking that the branch is open in another tab, and offers only to keep it or to cancel', async () => {
    const user = userEvent.setup();
    const removed: unknown[] = [];
    let list = [savedRun({ id: 'o', name: 'Boulangerie' }), savedRun({ id: 'b', name: 'x', branchName: { base: 'Boulangerie', ticks: [2] }, branch: true, parentId: 'o' })];
    const lib: RunLibrary = {
      list: async () => list,
      rename: async () => {},
      openElsewhere: async (ids) => ids.filter((id) => id === 'b'),
      remove: async (id, options) => {
        removed.push([id, options?.branches]);
        list = list.filter((r) => r.id !== id);
      },
    };
    render(SavedRuns, { library: lib, notices: new Notices(), version: 0, busy: false, onresume: () => {} });
    await user.click(await screen.findByRole('button', { name: /^Supprimer «.Boulangerie.»$/ }));
    const dialog = await screen.findByRole('alertdialog');
    expect(plain(dialog.textContent)).toContain(
      'Cette partie a une branche « Et si… ? », « Boulangerie — et si… (à partir de la semaine 3) », ouverte dans un autre onglet : elle ne peut pas être supprimée tant qu’elle y est ouverte. Si vous supprimez la partie, la branche est gardée',
    );
    expect(plain(dialog.textContent)).not.toContain('Vous pouvez aussi supprimer la branche');
    expect(screen.queryByRole('button', { name: 'Supprimer la partie et sa branche' })).toBeNull();
    expect(screen.getAllByRole('button').filter((b) => dialog.contains(b)).map((b) => b.textContent)).toEqual(['Annuler', 'Supprimer la partie, garder sa branche']);
    await user.click(screen.getByRole('button', { name: 'Supprimer la partie, garder sa branche' }));
    await waitFor(() => expect(removed).toEqual([['o', 'keep']]));
  });

  // QA qa30robust M2: a full disk said the period's « la dernière période n'a pas été enregistrée… avancez à nouveau »
  it('a deletion a full disk refused says so in the game’s row, with what to do; deleted with its branch, both are said gone', async () => {
    const user = userEvent.setup();
    const notices = new Notices();
    let list = [savedRun({ id: 'o', name: 'Boulangerie' }), savedRun({ id: 'b', name: 'x', branchName: { base: 'Boulangerie', ticks: [2] }, branch: true, parentId: 'o' })];
    const lib: RunLibrary = {
      list: async () => list,
      rename: async () => {},
      remove: async (id, options) => {
        if (options?.branches !== 'delete') throw new DbError('quotaExceeded');
        list = list.filter((r) => r.id !== id && r.parentId !== id);
        return [id, 'b'];
      },
    };
    render(SavedRuns, { library: lib, notices, version: 0, busy: false, onresume: () => {} });
    const original = await screen.findByRole('button', { name: /^Supprimer «.Boulangerie.»$/ });
    await user.click(original);
    await user.click(screen.getByRole('button', { name: 'Supprimer la partie, garder sa branche' }));
    const alert = await screen.findByRole('alert');
    expect(alert.closest('li')).toBe(original.closest('li'));
    expect(plain(alert.textContent)).toBe(
      'L’espace de stockage du navigateur est plein : « Boulangerie » n’a pas été supprimée, rien n’a été perdu (garder ses branches demande d’écrire un peu). Choisissez « Supprimer la partie et sa branche », ou libérez de la place sur l’ordinateur (fichiers téléchargés, corbeille), ou exportez puis supprimez une autre partie, puis recommencez.',
    );
    expect(notices.list).toEqual([]);
    await user.click(original);
    await user.click(screen.getByRole('button', { name: 'Supprimer la partie et sa branche' }));
    await waitFor(() => expect(notices.list.map((n) => [n.key, n.params?.count])).toEqual([['savedRuns.deletedWithBranches', 1]]));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('puts the focus on the list’s title once the run is deleted', async () => {
    const user = userEvent.setup();
    render(SavedRuns, { library: library(), notices: new Notices(), version: 0, busy: false, onresume: () => {} });
    await user.click((await deleteButtons())[0]);
    await user.click(screen.getByRole('button', { name: 'Supprimer définitivement' }));
    await waitFor(() => expect(screen.queryByText('Première')).toBeNull());
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Parties enregistrées' })).toHaveFocus());
  });
});
