import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import DecisionsScreen from '../../../src/ui/decisions/DecisionsScreen.svelte';
import { started } from './session.ts';

describe('acquisition form', () => {
  afterEach(() => setLocale('fr'));

  it('names the channel select « Canal » alone, not followed by every option (a screen reader read the whole list)', async () => {
    const user = userEvent.setup();
    const { session, notices } = await started();
    render(DecisionsScreen, { session, notices });
    const channel = screen.getByRole('combobox', { name: 'Canal' }) as HTMLSelectElement;
    expect(channel.options.length).toBeGreaterThan(1);
    // its label says « Canal » and nothing else (a label around the select also held every option's text)
    expect([...channel.labels!].map((label) => label.textContent)).toEqual(['Canal']);
    // still the select the campaign takes its channel from
    const second = session.scenario!.acquisitionChannels[1];
    await user.selectOptions(channel, second);
    await user.click(screen.getByRole('button', { name: 'Lancer la campagne' }));
    expect(session.pending).toEqual([{ type: 'acquisition', channel: second, budget: 500 }]);
  });

  it('in English too', async () => {
    await setLocale('en');
    const { session, notices } = await started();
    render(DecisionsScreen, { session, notices });
    const channel = screen.getByRole('combobox', { name: 'Channel' }) as HTMLSelectElement;
    expect([...channel.labels!].map((label) => label.textContent)).toEqual(['Channel']);
  });

  it('says what one recruit costs on the chosen channel in this shop: the contact plus a welcome offer of one basket', async () => {
    const user = userEvent.setup();
    const { session, notices } = await started();
    render(DecisionsScreen, { session, notices });
    // the bakery: 6,90 € basket; flyers 30 € of contact (unitCosts.ts; 30 € flat before 02/12/2026)
    const text = () => screen.getByTestId('recruit-cost').textContent!.replace(/\s+/g, ' ');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Canal' }), 'flyers');
    expect(text()).toBe('Coût par recrue sur ce canal : 36,90 € (le contact et l’offre de bienvenue, à la mesure du panier de référence du magasin, fixé à 6,90 € par le scénario). La plupart des recrues d’une campagne payée ne restent pas.');
  });

  it('says under the budget about how many recruits it buys, fewer if customers are unhappy (QA qa29self m1)', async () => {
    const user = userEvent.setup();
    const { session, notices } = await started();
    render(DecisionsScreen, { session, notices });
    const budget = screen.getByRole('spinbutton', { name: 'Budget de la campagne (€)' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Canal' }), 'flyers');
    await user.clear(budget);
    await user.type(budget, '1000');
    // 1 000 € at 36,90 € a recruit (the line above): 27, rounded down
    expect(screen.getByTestId('recruit-estimate').textContent).toBe('Environ 27 recrues pour ce budget, moins si des clients sont mécontents (leur bouche-à-oreille freine la conquête).');
    expect(budget).toHaveAccessibleDescription(/^Environ 27 recrues pour ce budget/);
    // a referral campaign says its own limits; an invalid budget says only what is wrong
    await user.selectOptions(screen.getByRole('combobox', { name: 'Canal' }), 'parrainage');
    expect(screen.queryByTestId('recruit-estimate')).toBeNull();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Canal' }), 'flyers');
    await user.clear(budget);
    expect(screen.queryByTestId('recruit-estimate')).toBeNull();
  });

  it('says that a referral campaign pays invitations and both rewards, and is capped by the satisfied customers (QA verify3 V1)', async () => {
    const user = userEvent.setup();
    const { session, notices } = await started();
    render(DecisionsScreen, { session, notices });
    const text = () => screen.getByTestId('recruit-cost').textContent!.replace(/\s+/g, ' ');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Canal' }), 'parrainage');
    // the bakery: 2 € an invitation; a reward of two 6,90 € baskets, 13,80 €, to each side; at best 2 ÷ (30 % × 13 %) + 2 × 13,80 = 78,88 €
    expect(text()).toMatch(/^Le parrainage invite vos clients \(2 € par client invité, même s’il ne parraine personne\) et ne verse une récompense que si le filleul vient : 13,80 € au parrain et autant au filleul\./);
    expect(text()).toMatch(/seuls vos clients satisfaits parrainent : sur un an, environ 30 % d’entre eux amènent quelqu’un, dont 13 % deviennent clients, et une campagne répétée dans l’année retrouve des parrains qui ont déjà parrainé/);
    expect(text()).toMatch(/Une fois tous vos clients invités, le reste du budget n’est pas dépensé\. Un filleul coûte au moins 78,88 €, davantage si peu de vos clients sont satisfaits : c’est pourquoi la fidélisation passe d’abord\.$/);
    expect(text()).not.toMatch(/ne restent pas/);
  });
});
