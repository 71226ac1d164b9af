/**
 * « Supprimer » asks first whether the game's branches are open in another tab (library.openElsewhere), then asks its
 * question. Two quick clicks on two games: the question is the last clicked game's, with that game's answer, whichever
 * answer comes last (review21 n8: the game whose slower answer came last was asked about, with its answer).
 */
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import SavedRuns from '../../../src/ui/home/SavedRuns.svelte';
import { Notices } from '../../../src/app/notices.svelte.ts';
import type { RunLibrary } from '../../../src/app/runLibrary.ts';
import { savedRun } from '../../fixtures/runSummary.ts';

const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

describe('two quick « Supprimer » clicks', () => {
  it('ask about the game clicked last, even when the answer about the first comes after', async () => {
    const user = userEvent.setup();
    const answers = new Map<string, (open: string[]) => void>();
    const list = [
      savedRun({ id: 'a', name: 'Alpha' }),
      savedRun({ id: 'ab', name: 'x', branchName: { base: 'Alpha', ticks: [2] }, branch: true, parentId: 'a' }),
      savedRun({ id: 'b', name: 'Bêta' }),
      savedRun({ id: 'bb', name: 'y', branchName: { base: 'Bêta', ticks: [4] }, branch: true, parentId: 'b' }),
    ];
    const lib: RunLibrary = {
      list: async () => list,
      rename: async () => {},
      remove: async () => {},
      openElsewhere: (ids) => new Promise((resolve) => answers.set(ids.join(), resolve)),
    };
    render(SavedRuns, { library: lib, notices: new Notices(), version: 0, busy: false, onresume: () => {} });
    await user.click(await screen.findByRole('button', { name: /^Supprimer «.Alpha.»$/ }));
    await user.click(screen.getByRole('button', { name: /^Supprimer «.Bêta.»$/ }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    // Bêta's answer first (its branch is not open elsewhere), then Alpha's (its branch is)
    answers.get('bb')?.([]);
    const dialog = await screen.findByRole('alertdialog');
    answers.get('ab')?.(['ab']);
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.getAllByRole('alertdialog')).toHaveLength(1);
    expect(plain(dialog.textContent)).toContain('« Bêta »');
    expect(plain(dialog.textContent)).not.toContain('Alpha');
    expect(plain(dialog.textContent)).not.toContain('autre onglet');
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Supprimer la partie et sa branche' })).toBeInTheDocument());
  });
});
