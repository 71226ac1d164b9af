/**
 * QA self-learner #1 on the home page: « Renommer » is replaced by the name field, and the focus was
 * left on the page body. It goes to the field, Escape cancels, and the focus comes back to that
 * game's « Renommer » once the name is saved or the renaming cancelled.
 */
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import HomeScreen from '../../../src/ui/home/HomeScreen.svelte';
import { Notices } from '../../../src/app/notices.svelte.ts';
import type { RunLibrary, RunSummary } from '../../../src/app/runLibrary.ts';
import { savedRun } from '../../fixtures/runSummary.ts';

function libraryWith(runs: RunSummary[]): RunLibrary {
  let list = [...runs];
  return {
    list: async () => list,
    rename: async (id, name) => {
      list = list.map((r) => (r.id === id ? { ...r, name } : r));
    },
    remove: async () => {},
  };
}

describe('renaming a saved game by keyboard', () => {
  it('focuses the new name field, Escape cancels, and the focus comes back to « Renommer »', async () => {
    const user = userEvent.setup();
    render(HomeScreen, { scenarios: [], library: libraryWith([savedRun({ tick: 3 })]), notices: new Notices(), busy: false, onstart: () => {}, onresume: () => {} });
    const item = (await screen.findByText('Ma partie')).closest('li')!;
    within(item).getByRole('button', { name: /^Renommer «\u00a0Ma partie\u00a0»$/ }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(within(item).getByRole('textbox')).toHaveFocus());
    await user.keyboard('{Escape}');
    await waitFor(() => expect(within(item).queryByRole('textbox')).toBeNull());
    await waitFor(() => expect(within(item).getByRole('button', { name: /^Renommer «\u00a0Ma partie\u00a0»$/ })).toHaveFocus());

    await user.keyboard('{Enter}');
    await waitFor(() => expect(within(item).getByRole('textbox')).toHaveFocus());
    await user.keyboard('{Control>}a{/Control}Nouvelle partie{Enter}');
    const renamed = (await screen.findByText('Nouvelle partie')).closest('li')!;
    await waitFor(() => expect(within(renamed).getByRole('button', { name: /^Renommer «\u00a0Nouvelle partie\u00a0»$/ })).toHaveFocus());
  });
});
