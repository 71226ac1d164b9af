/** "Copier le lien pour ma classe": the form builds the link the parser reads back; copying, and its failure. */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import ClassLinkBuilder from '../../../src/ui/presets/ClassLinkBuilder.svelte';
import { parsePresets } from '../../../src/presets/presets.ts';
import { qrDrawing } from '../../../src/presets/qrCode.ts';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';

const SHOPS = [
  { id: 'boulangerie-du-marche', name: 'Boulangerie du Marché', missions: ['Lire la base clients', 'Un avantage financier ciblé'] },
  { id: 'sport-et-cimes', name: 'Sport et Cimes', missions: [] },
];

function link(): string {
  return (screen.getByTestId('class-link') as HTMLInputElement).value;
}

describe('class link builder', () => {
  it('builds the link from the form and copies it', async () => {
    const user = userEvent.setup();
    const copyText = vi.fn(async () => {});
    render(ClassLinkBuilder, { shops: SHOPS, base: 'https://ecole.example/fidelis/', copyText });
    expect(link()).toBe('https://ecole.example/fidelis/');
    expect(screen.getByLabelText('Mission')).toBeDisabled();
    // one sandbox choice, the default: a link without mode= plays in sandbox (QA qa23 F8: « Par défaut (bac à sable) » beside « Bac à sable : … »)
    expect(within(screen.getByLabelText('Mode')).getAllByRole('option').map((o) => [o.getAttribute('value'), o.textContent])).toEqual([
      ['', frenchText`Bac à sable : retour en arrière possible`],
      ['committed', frenchText`Engagé : décisions définitives`],
    ]);
    expect(screen.getByLabelText('Mode')).toHaveValue('');
    // no shop saved in the editor here: the note says they would be listed once saved (classLinkSavedShop.test.ts)
    expect(screen.getByLabelText('Commerce du lien de classe')).toHaveAccessibleDescription(/commerces que vous créez dans l’éditeur de scénario figurent aussi ici/);

    await user.selectOptions(screen.getByLabelText('Commerce du lien de classe'), 'boulangerie-du-marche');
    await user.selectOptions(screen.getByLabelText('Mission'), 'Mission 1 — Lire la base clients');
    await user.type(screen.getByLabelText('Graine'), '42');
    await user.selectOptions(screen.getByLabelText('Langue'), 'fr');
    await user.selectOptions(screen.getByLabelText('Mode'), 'committed');
    await user.selectOptions(screen.getByLabelText('Outil « Recrutement »'), 'hide');
    await user.selectOptions(screen.getByLabelText('Outil « Enquête de satisfaction »'), 'lock');
    await user.selectOptions(screen.getByLabelText('Affichage'), 'projector');
    await user.click(screen.getByLabelText('Animations réduites'));

    const built = link();
    expect(built).toBe(
      'https://ecole.example/fidelis/?shop=boulangerie-du-marche&mission=1&seed=42&lang=fr&mode=committed&lock=enquete&hide=acquisition&display=projector&motion=reduced#/missions',
    );
    const parsed = parsePresets(new URL(built).search, { 'boulangerie-du-marche': 2 });
    expect(parsed.problems).toEqual([]);
    expect(parsed.presets).toMatchObject({ shop: 'boulangerie-du-marche', mission: 1, seed: 42, mode: 'committed', hide: ['acquisition'], lock: ['enquete'] });

    await user.click(screen.getByRole('button', { name: 'Copier le lien pour ma classe' }));
    expect(copyText).toHaveBeenCalledWith(built);
    expect(screen.getByRole('status')).toHaveTextContent('Lien copié dans le presse-papiers.');

    // changing the shop resets the mission; a bad seed is flagged and left out of the link
    await user.selectOptions(screen.getByLabelText('Commerce du lien de classe'), 'sport-et-cimes');
    await user.clear(screen.getByLabelText('Graine'));
    await user.type(screen.getByLabelText('Graine'), '12x');
    expect(screen.getByLabelText('Graine')).toHaveAttribute('aria-invalid', 'true');
    expect(link()).not.toMatch(/mission=|seed=/);
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('says to copy by hand when the clipboard refuses', async () => {
    const user = userEvent.setup();
    render(ClassLinkBuilder, { shops: SHOPS, base: 'https://ecole.example/', copyText: async () => Promise.reject(new Error('denied')) });
    await user.click(screen.getByRole('button', { name: 'Copier le lien pour ma classe' }));
    expect(screen.getByRole('status')).toHaveTextContent('Copie impossible');
  });

  it('shows the link large with its QR code, and gives the focus back when closed', async () => {
    const user = userEvent.setup();
    render(ClassLinkBuilder, { shops: SHOPS, base: 'https://ecole.example/fidelis/', shop: 'boulangerie-du-marche' });
    await user.selectOptions(screen.getByLabelText('Mission'), 'Mission 1 — Lire la base clients');
    const built = link();
    const show = screen.getByRole('button', { name: 'Afficher en grand avec un code QR' });
    await user.click(show);

    const dialog = await screen.findByRole('dialog', { name: 'Lien de la classe' });
    const code = within(dialog).getByRole('img', { name: 'Code QR du lien de la classe' });
    // the code drawn is the current link's (qrCode.test.ts scans that drawing back to the link)
    expect(code.querySelector('path')?.getAttribute('d')).toBe(qrDrawing(built)!.path);
    expect(within(dialog).getByText(built)).toBeInTheDocument();
    expect(within(dialog).queryByTestId('qr-local')).toBeNull();
    expect(within(dialog).getByRole('button', { name: 'Fermer' })).toHaveFocus();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(show).toHaveFocus();
  });

  it('warns that a link to this computer will not open on the students\' tablets', async () => {
    const user = userEvent.setup();
    render(ClassLinkBuilder, { shops: SHOPS, base: 'file:///C:/Cours/fidelis.html' });
    await user.click(screen.getByRole('button', { name: 'Afficher en grand avec un code QR' }));
    const dialog = await screen.findByRole('dialog', { name: 'Lien de la classe' });
    expect(within(dialog).getByTestId('qr-local')).toHaveTextContent('ne s’ouvre que sur cet ordinateur');
    await user.click(within(dialog).getByRole('button', { name: 'Fermer' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('a shipped shop’s link too long for a QR code: the disabled QR button says why (review21 n11)', () => {
    render(ClassLinkBuilder, { shops: SHOPS, base: `https://ecole.example/${'fidelis/'.repeat(130)}`, copyText: vi.fn(async () => {}) });
    const qr = screen.getByRole('button', { name: 'Afficher en grand avec un code QR' });
    // aria-disabled: kept in the Tab order with its reason (QA qa32keyboard n2)
    expect(qr).toHaveAttribute('aria-disabled', 'true');
    expect(qr).toHaveAccessibleDescription(frenchText`Ce lien est trop long pour un code QR : envoyez-le par copier-coller (ENT, messagerie).`);
  });
});
