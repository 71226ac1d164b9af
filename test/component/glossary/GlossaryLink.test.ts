/** The "?" link: opens the short definition in a pop-up, keyboard-first, and links to the full card. */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import GlossaryLink from '../../../src/ui/glossary/GlossaryLink.svelte';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';

describe('GlossaryLink', () => {
  it('opens the definition with the keyboard and closes with Escape, giving focus back', async () => {
    const user = userEvent.setup();
    render(GlossaryLink, { concept: 'rfm' });
    const button = screen.getByRole('button', { name: frenchText`Définition : RFM` });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.tab();
    expect(button).toHaveFocus();
    await user.keyboard('{Enter}');
    // the pop-up opens once its texts and placement code are there (5787f49): a wait, not a synchronous query
    const dialog = await screen.findByRole('dialog', { name: 'RFM' });
    expect(dialog).toHaveTextContent('Récence, Fréquence, Montant');
    expect(screen.getByRole('heading', { name: 'RFM' })).toHaveFocus();
    expect(screen.getByRole('link', { name: 'Ouvrir la fiche complète' })).toHaveAttribute('href', '#/glossary/rfm');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });

  it('closes with its close button', async () => {
    const user = userEvent.setup();
    render(GlossaryLink, { concept: 'schemaInfidelite' });
    await user.click(screen.getByRole('button', { name: /Schéma de l’infidélité/ }));
    await user.click(await screen.findByRole('button', { name: 'Fermer' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
