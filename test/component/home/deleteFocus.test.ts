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
import { noticeText } from '../../../src/app/noticeText.ts';
import { translate } from '../../../src/i18n/translate.ts';
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
    await waitFor(() => expect(notices.list.map((n) => n.key)).toEqual(['db.runOpenElsewhere']));
    const t = ((key: string) => translate('fr', key)) as never;
    expect(noticeText(t, notices.list[0])).toMatch(/^Cette partie est ouverte dans un autre onglet\u00a0: elle ne peut pas être supprimée/);
    expect(screen.getByText('Première')).toBeInTheDocument();
    await waitFor(() => expect(first).toHaveFocus());
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
