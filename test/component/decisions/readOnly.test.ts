/**
 * A run open in another tab (session.readOnly): the decisions screen shows it but every decision
 * form and time button is disabled, the time bar says why (the full reason is the shell's notice,
 * once, with « Reprendre ici »), and a click that gets through anyway changes nothing.
 */
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import DecisionsScreen from '../../../src/ui/decisions/DecisionsScreen.svelte';
import NoticesArea from '../../../src/ui/shell/NoticesArea.svelte';
import { started } from './session.ts';

describe('read-only run on the decisions screen', () => {
  it('disables the decision forms and the time buttons and says why next to them', async () => {
    const { session, notices } = await started();
    session.readOnly = true;
    render(DecisionsScreen, { session, notices });
    const bar = screen.getByRole('region', { name: 'Avancer dans le temps' });
    const why = within(bar).getByTestId('advance-read-only');
    expect(why).toHaveTextContent('Lecture seule : partie ouverte dans un autre onglet');
    for (const name of ['Avancer d’une semaine', 'Avancer de 4 semaines', 'Aller jusqu’à la fin', 'Lecture']) {
      const button = within(bar).getByRole('button', { name });
      expect(button).toBeDisabled();
      expect(button).toHaveAccessibleDescription(why.textContent!);
    }
    expect(screen.getByRole('button', { name: 'Appliquer cette politique' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Commander l’enquête' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Lancer la campagne' })).toBeDisabled();
    expect(screen.getByRole('button', { name: /^Appliquer à la cible/ })).toBeDisabled();
    expect(screen.getAllByRole('radio', { name: /^Excellente/ })[0]).toBeDisabled();
  });

  it('enables them again once the run may be written here', async () => {
    const user = userEvent.setup();
    const { session, notices } = await started();
    session.readOnly = true;
    render(DecisionsScreen, { session, notices });
    const policy = screen.getByRole('button', { name: 'Appliquer cette politique' });
    expect(policy).toBeDisabled();
    session.readOnly = false;
    await waitFor(() => expect(policy).toBeEnabled());
    expect(screen.queryByTestId('advance-read-only')).toBeNull();
    await user.click(policy);
    expect(session.pending).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Avancer d’une semaine' }));
    await waitFor(() => expect(session.savedTick).toBe(1));
  });

  it('shows the other-tab notice with its « Reprendre ici » button', async () => {
    const user = userEvent.setup();
    const { notices } = await started();
    const run = vi.fn();
    notices.push('warning', 'db.runLocked', undefined, undefined, { cause: 'runLock', action: { label: 'db.takeOverHere', run } });
    notices.push('warning', 'db.runLocked', undefined, undefined, { cause: 'runLock', action: { label: 'db.takeOverHere', run } });
    render(NoticesArea, { notices });
    expect(screen.getAllByText(/Cette partie est ouverte dans un autre onglet/)).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Reprendre ici' }));
    expect(run).toHaveBeenCalledOnce();
  });
});
