import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import DecisionsScreen from '../../../src/ui/decisions/DecisionsScreen.svelte';
import { translate } from '../../../src/i18n/translate.ts';
import { started } from './session.ts';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';

describe('a programme is named, never by its internal id', () => {
  it('in the running list, the Stop button’s label, the pending stop decision and the undo notice', async () => {
    const user = userEvent.setup();
    const { session, notices } = await started();
    render(DecisionsScreen, { session, notices });
    await waitFor(() => expect(screen.getByTestId('target-count')).toHaveTextContent(/\d+ clients correspondent/));
    await user.click(screen.getByRole('radio', { name: 'Lien social' }));
    await user.click(screen.getByRole('button', { name: /Appliquer à la cible/ }));
    await user.click(screen.getByRole('button', { name: 'Avancer d’une semaine' }));
    await waitFor(() => expect(session.tick).toBe(1));
    const id = session.runningProgrammes[0].id;
    const name = 'Lien social — Club clients (lancé la semaine 1)';

    const programmes = screen.getByRole('region', { name: 'Programmes en cours' });
    expect(programmes).toHaveTextContent(`${name}, `);
    await user.click(within(programmes).getByRole('button', { name: `Arrêter le programme ${name}` }));

    const pending = screen.getByRole('region', { name: 'Décisions de la semaine' });
    expect(within(pending).getByText(`Arrêt d’un programme : ${name}`)).toBeInTheDocument();
    expect(pending).not.toHaveTextContent(id);
    await user.click(within(pending).getByRole('button', { name: 'Annuler la dernière décision' }));
    expect(notices.list.at(-1)?.key).toBe('decisions.pending.undone');
    const rendered = notices.list.at(-1)!.params!.action;
    expect(typeof rendered === 'function' ? rendered((k, p) => translate('fr', k, p), 'fr') : rendered).toBe(frenchText`Arrêt d’un programme : ${name}`);
  });
});
