/**
 * QA a11y F6: pressing a column header sorted the table in silence for a screen reader (aria-sort is read on the
 * header only when it is reached again). The new order is said once in a status line, in French and in English.
 */
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import CustomersScreen from '../../../src/ui/customers/CustomersScreen.svelte';
import { createArrayCustomerSource } from '../../../src/ui/customers/customerSource.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { customerZeroHistory, makeCustomers } from '../../fixtures/customers.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

const records = makeCustomers(50);
const history = customerZeroHistory();
const source = () => createArrayCustomerSource(records, history.purchases, history.events);
const said = (text: string) => screen.getByTestId('sort-said').textContent === text;

describe('sorting the customer table', () => {
  afterEach(() => setLocale('fr'));

  it('says the new order once a header is pressed, then the other direction', async () => {
    const user = userEvent.setup();
    render(CustomersScreen, { scenario: fixtureScenario(), source: source() });
    const header = within(screen.getByRole('grid')).getByRole('button', { name: /Dépense totale/ });
    expect(said('Trié par Dépense totale, ordre croissant')).toBe(false);
    header.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(said('Trié par Dépense totale, ordre croissant')).toBe(true));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(said('Trié par Dépense totale, ordre décroissant')).toBe(true));
  });

  it('in English', async () => {
    await setLocale('en');
    const user = userEvent.setup();
    render(CustomersScreen, { scenario: fixtureScenario(), source: source() });
    await user.click(within(screen.getByRole('grid')).getByRole('button', { name: /^Town/ }));
    await waitFor(() => expect(said('Sorted by Town, ascending')).toBe(true));
  });
});
