/**
 * Keyboard focus stays on the page when a control it was on is disabled or removed (Chromium
 * drops it on the page body then; jsdom leaves it on the disabled button: both are lost places).
 */
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import PendingDecisions from '../../../src/ui/decisions/PendingDecisions.svelte';
import { started } from '../decisions/session.ts';

describe('focus kept', () => {
  it('undo keeps the focus on « Annuler la dernière décision », then on the decisions list once empty', async () => {
    const user = userEvent.setup();
    const { session, notices } = await started();
    expect(session.add({ type: 'politiqueReclamations', level: 'excellente' } as never)).toBe(true);
    expect(session.add({ type: 'politiqueReclamations', level: 'rapide' } as never)).toBe(true);
    render(PendingDecisions, { session, notices });
    const undo = screen.getByRole('button', { name: 'Annuler la dernière décision' });
    await user.click(undo);
    expect(undo).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(session.pending).toHaveLength(0);
    expect(undo).toBeDisabled();
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Décisions de la période' })).toHaveFocus());
  });
});
