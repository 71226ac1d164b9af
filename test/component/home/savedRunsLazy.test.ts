/**
 * The saved runs' list and its actions (SavedRunList.svelte) come once there is a run to list (bench app-learner-js:
 * a learner's first visit does not download them): without a run the home says so; with runs it keeps saying it is
 * looking for them until the list is there, then lists them with their buttons; the last one deleted, « none » again.
 */
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import SavedRuns from '../../../src/ui/home/SavedRuns.svelte';
import { Notices } from '../../../src/app/notices.svelte.ts';
import type { RunLibrary } from '../../../src/app/runLibrary.ts';
import { savedRun } from '../../fixtures/runSummary.ts';

function library(ids: string[]): RunLibrary {
  let list = ids.map((id) => savedRun({ id, name: `Partie ${id}` }));
  return {
    list: async () => list,
    rename: async () => {},
    remove: async (id) => {
      list = list.filter((r) => r.id !== id);
    },
  };
}

describe('the saved runs on the home screen', () => {
  it('without a saved run, says so and has no run button', async () => {
    render(SavedRuns, { library: library([]), notices: new Notices(), version: 0, busy: false, onresume: () => {} });
    expect(await screen.findByText('Aucune partie enregistrée pour l’instant.')).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('with runs, says it looks for them until the list is there, never « none »; deleting the last one says « none »', async () => {
    render(SavedRuns, { library: library(['r1']), notices: new Notices(), version: 0, busy: false, onresume: () => {} });
    expect(screen.getByText('Recherche de vos parties enregistrées…')).toHaveAttribute('aria-busy', 'true');
    expect(screen.queryByText('Aucune partie enregistrée pour l’instant.')).toBeNull();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /^Supprimer .*Partie r1/ }));
    await user.click(screen.getByRole('button', { name: 'Supprimer définitivement' }));
    expect(await screen.findByText('Aucune partie enregistrée pour l’instant.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Parties enregistrées' })).toHaveFocus());
  });
});
