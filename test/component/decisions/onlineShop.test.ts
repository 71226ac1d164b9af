/**
 * QA shops 7: the online cosmetics shop got a physical shop's words: a coupon « remis en caisse », a personal shopper
 * « vendeur », a collection « Par le personnel », and a contact-channel filter offering « Magasin » and « Courrier » that
 * no customer of the shop prefers. The scenario says where the shop sells (`channel`, default from the sector as
 * before); online, the tools speak of a code sent by e-mail and of customer service, and the filter offers the channels
 * its customers can have. The editor sets it.
 */
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import DecisionsScreen from '../../../src/ui/decisions/DecisionsScreen.svelte';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { shopChannel, shopContactChannels } from '../../../src/engine/shopChannel.ts';
import { createSimulation } from '../../../src/engine/index.ts';
import { CHANNELS } from '../../../src/engine/vocabulary.ts';
import { parseScenario } from '../../../src/scenario/load.ts';
import { shippedScenarioList, smallScenario } from '../../unit/app/testServices.ts';
import { started } from './session.ts';

const shop = (id: string) => shippedScenarioList().find((s) => s.id === id)!;

afterEach(() => setLocale('fr'));

describe('an online shop’s tools and target', () => {
  it('the cosmetics shop is online, the others are stores; a file without the field keeps its sector’s reading; a wrong value is refused', () => {
    expect(shop('cosmetiques-en-ligne').channel).toBe('online');
    for (const id of ['boulangerie-du-marche', 'optique-lumiere', 'sport-et-cimes']) expect(shopChannel(shop(id))).toBe('store');
    const older = { ...shop('cosmetiques-en-ligne'), channel: undefined };
    expect(shopChannel(older)).toBe('online');
    expect(shopChannel({ ...shop('boulangerie-du-marche'), channel: 'online' })).toBe('online');
    expect(parseScenario({ ...shop('boulangerie-du-marche'), channel: 'web' }).ok).toBe(false);
  });

  it('an online shop’s customers never prefer the shop or the post, and the target offers only the channels they have', () => {
    const online = { ...smallScenario(shop('boulangerie-du-marche'), 2000), channel: 'online' as const };
    const state = createSimulation(online, { seed: 3 });
    const used = new Set(Array.from(state.customers.channel.subarray(0, state.n), (c) => CHANNELS[c]));
    expect(used.has('magasin')).toBe(false);
    expect(used.has('courrier')).toBe(false);
    expect(shopContactChannels(online)).toEqual(['telephone', 'email', 'sms', 'siteWeb']);
    expect(shopContactChannels(shop('boulangerie-du-marche'))).toEqual([...CHANNELS]);
  });

  it('online, the coupon is a code shown in the customer account, the personal shopper answers when asked (nobody contacted by e-mail or SMS: no consent asked), the collection is by customer service, no « Magasin » channel', async () => {
    const user = userEvent.setup();
    const { session, notices } = await started(smallScenario(shop('cosmetiques-en-ligne'), 400));
    render(DecisionsScreen, { session, notices });
    await waitFor(() => expect(screen.getByTestId('target-count')).toHaveTextContent(/\d+ clients correspondent/));
    const channels = screen.getByRole('group', { name: 'Canal de contact préféré' });
    expect(within(channels).queryByRole('checkbox', { name: 'Magasin' })).toBeNull();
    expect(within(channels).queryByRole('checkbox', { name: 'Courrier' })).toBeNull();
    expect(within(channels).getByRole('checkbox', { name: 'E-mail' })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Avantage financier' }));
    const coupon = screen.getByRole('radio', { name: /Bons de réduction/ });
    expect(coupon.closest('label')).toHaveTextContent('Un code de réduction affiché dans l’espace client');
    expect(coupon.closest('label')).not.toHaveTextContent(/e-mail|SMS/);
    expect(coupon.closest('label')).not.toHaveTextContent('caisse');
    await user.click(screen.getByRole('radio', { name: 'Personnalisation' }));
    expect(screen.getByRole('radio', { name: /Conseiller personnel/ }).closest('label')).toHaveTextContent('quand il le sollicite (chat, téléphone)');
    expect(screen.getByRole('radio', { name: 'Par le service client' })).toBeInTheDocument();
    expect(screen.queryByRole('radio', { name: /^Par le personnel/ })).toBeNull();
  });

  it('a store keeps its till, its salesperson and its staff; in English online too', async () => {
    const user = userEvent.setup();
    const store = await started(smallScenario(shop('boulangerie-du-marche'), 300));
    const first = render(DecisionsScreen, { session: store.session, notices: store.notices });
    await waitFor(() => expect(screen.getByTestId('target-count')).toHaveTextContent(/\d+ clients correspondent/));
    expect(screen.getByRole('checkbox', { name: 'Magasin' })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Avantage financier' }));
    expect(screen.getByRole('radio', { name: /Bons de réduction/ }).closest('label')).toHaveTextContent('remis en caisse');
    expect(screen.getByRole('radio', { name: 'Par le personnel' })).toBeInTheDocument();
    first.unmount();
    await setLocale('en');
    const online = await started(smallScenario(shop('cosmetiques-en-ligne'), 300));
    render(DecisionsScreen, { session: online.session, notices: online.notices });
    await user.click(await screen.findByRole('radio', { name: 'Financial advantage' }));
    expect(screen.getAllByText(/A discount code shown in the targeted customers’ account/).length).toBe(1);
    expect(screen.getByRole('radio', { name: 'By customer service' })).toBeInTheDocument();
  });
});
