/** The « décision annulée » notice names the decision in the language shown now, not the one it was made in. */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import NoticesArea from '../../../src/ui/shell/NoticesArea.svelte';
import PendingDecisions from '../../../src/ui/decisions/PendingDecisions.svelte';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { started } from '../decisions/session.ts';

afterEach(() => setLocale('fr'));

describe('undo notice', () => {
  it('renders the undone decision in the current language after a switch', async () => {
    const user = userEvent.setup();
    const { session, notices } = await started();
    expect(session.add({ type: 'politiqueReclamations', level: 'excellente' } as never)).toBe(true);
    render(NoticesArea, { notices });
    render(PendingDecisions, { session, notices });
    await user.click(screen.getByRole('button', { name: 'Annuler la dernière décision' }));
    const region = screen.getByRole('region', { name: 'Messages' });
    expect(region).toHaveTextContent(/Décision annulée.*Excellente/);
    await setLocale('en');
    expect(await screen.findByText(/Decision undone/)).toBeInTheDocument();
    expect(region).not.toHaveTextContent(/Politique de réclamations|Excellente/);
    expect(region).toHaveTextContent(/Complaint/i);
  });
});
