/**
 * « Ouvrir la fiche complète » from a pop-up of the decisions forms, then back (QA tablet #22): the
 * strategy chosen is kept like the target (it went back to « Avantage financier »), and the card
 * offers the way back to the screen it was opened from.
 */
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import DecisionsScreen from '../../../src/ui/decisions/DecisionsScreen.svelte';
import GlossaryScreen from '../../../src/ui/glossary/GlossaryScreen.svelte';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { started } from './session.ts';

describe('back from a glossary card opened in the decisions forms', () => {
  afterEach(async () => {
    await setLocale('fr');
    window.location.hash = '';
  });

  it.each([
    { lang: 'fr' as const, strategy: 'Personnalisation', see: 'Ouvrir la fiche complète', back: '← Retour aux décisions' },
    { lang: 'en' as const, strategy: 'Personalisation', see: 'Open the full card', back: '← Back to the decisions' },
  ])('keeps the strategy and links the card back to the decisions ($lang)', async ({ lang, strategy, see, back }) => {
    await setLocale(lang);
    window.location.hash = '#/decisions';
    const user = userEvent.setup();
    const { session, notices } = await started();
    const first = render(DecisionsScreen, { session, notices });
    const region = () => screen.getByRole('region', { name: lang === 'fr' ? /Stratégie de fidélisation/ : /Loyalty strategy/ });
    await user.click(within(region()).getByRole('radio', { name: strategy }));
    await user.click(within(region()).getByRole('button', { name: new RegExp(`${strategy}$`) }));
    const link = within(await screen.findByRole('dialog', { name: strategy })).getByRole('link', { name: see });
    link.addEventListener('click', (event) => event.preventDefault());
    await user.click(link);
    first.unmount();

    window.location.hash = link.getAttribute('href')!;
    const glossary = render(GlossaryScreen, { focus: link.getAttribute('href')!.split('/').at(-1) });
    expect(screen.getByRole('link', { name: back })).toHaveAttribute('href', '#/decisions');
    glossary.unmount();

    window.location.hash = '#/decisions';
    render(DecisionsScreen, { session, notices });
    expect(within(region()).getByRole('radio', { name: strategy })).toBeChecked();
    await waitFor(() => expect(within(region()).getByRole('button', { name: new RegExp(`${strategy}$`) })).toHaveFocus());
  });

  it('offers no way back on a card opened from the glossary itself', () => {
    window.location.hash = '#/glossary';
    render(GlossaryScreen, { focus: 'rfm' });
    expect(screen.queryByRole('link', { name: '← Retour aux décisions' })).toBeNull();
  });
});
