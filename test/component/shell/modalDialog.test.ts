/** A modal dialog (run deletion, class link QR code) keeps the keyboard inside it: Tab and Shift+Tab wrap, Escape closes. */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import ConfirmDialog from '../../../src/ui/home/ConfirmDialog.svelte';

describe('modal dialog', () => {
  it('wraps Tab and Shift+Tab between its first and last buttons, and closes with Escape', async () => {
    const user = userEvent.setup();
    const oncancel = vi.fn();
    render(ConfirmDialog, { title: 'Supprimer ?', message: 'La partie sera effacée.', confirmLabel: 'Supprimer', onconfirm: () => {}, oncancel });
    const cancel = screen.getByRole('button', { name: 'Annuler' });
    const confirm = screen.getByRole('button', { name: 'Supprimer' });
    expect(cancel).toHaveFocus();
    await user.tab();
    expect(confirm).toHaveFocus();
    await user.tab(); // past the last button: back to the first, not to the page behind
    expect(cancel).toHaveFocus();
    await user.tab({ shift: true }); // before the first: the last
    expect(confirm).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(oncancel).toHaveBeenCalledOnce();
  });
});
