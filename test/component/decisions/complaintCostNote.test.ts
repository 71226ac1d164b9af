/**
 * QA play F5: before the first period the complaint form said complaints are « souvent l’une des plus grosses dépenses »,
 * no longer true since a complaint costs in proportion to the shop's basket (bakery, a year of « Rapide »: 1 404 € of
 * 20 976 €, 6,7 %, fourth of seven lines). It now says what is true in every shop: paid every period at the chosen
 * policy's price, from what the programmes' reserve leaves.
 */
import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import ComplaintPolicyForm from '../../../src/ui/decisions/ComplaintPolicyForm.svelte';
import type { GameSession } from '../../../src/app/session.svelte.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { shippedScenarioList } from '../../unit/app/testServices.ts';

const bakery = shippedScenarioList().find((s) => s.id === 'boulangerie-du-marche')!;
const session = { decisions: [], pending: [], kpis: [], reports: [], scenario: bakery, busy: false, finished: false, add: () => {} } as unknown as GameSession;
const text = () => screen.getByTestId('complaint-cost').textContent!.replace(/\s+/g, ' ').trim();

describe('the complaint form’s cost note', () => {
  afterEach(() => setLocale('fr'));

  it('no longer calls complaints one of the largest expenses, and says how they are paid', async () => {
    const { unmount } = render(ComplaintPolicyForm, { session });
    expect(text()).not.toMatch(/plus grosses dépenses/);
    expect(text()).toBe(
      'Chaque réclamation traitée est payée sur le budget, chaque semaine, au prix de la politique choisie (ci-dessus). Elle se paie sur ce que laisse la réserve des programmes en cours : faute de budget, elle n’est pas traitée.',
    );
    unmount();
    await setLocale('en');
    render(ComplaintPolicyForm, { session });
    expect(text()).not.toMatch(/largest expenses/);
    expect(text()).toMatch(/at the price of the chosen policy \(above\)\. It is paid from what the running programmes’ reserve leaves/);
  });
});
