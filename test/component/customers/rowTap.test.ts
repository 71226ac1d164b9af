/**
 * QA tablet #25: a tap anywhere on a customer's row opens the file (only the 24 px name did), and the
 * row keeps its roving tabindex (the tapped row becomes the one Tab reaches; Enter still opens it).
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import CustomersScreen from '../../../src/ui/customers/CustomersScreen.svelte';
import { createArrayCustomerSource } from '../../../src/ui/customers/customerSource.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { customerZeroHistory, makeCustomers } from '../../fixtures/customers.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

const records = makeCustomers(200);
const history = customerZeroHistory();
const source = () => createArrayCustomerSource(records, history.purchases, history.events);
const dataRows = () => within(screen.getByRole('grid')).getAllByRole('row').filter((r) => r.hasAttribute('data-row'));

describe('customer table on a touch screen', () => {
  afterEach(() => setLocale('fr'));

  it('opens the file from a tap on any cell of the row', async () => {
    const user = userEvent.setup();
    render(CustomersScreen, { scenario: fixtureScenario(), source: source() });
    await waitFor(() => expect(dataRows()[2].querySelector('th button')).not.toBeNull());
    const row = dataRows()[2];
    const name = row.querySelector('th button')?.textContent ?? '';
    await user.click(row.querySelectorAll('td')[2]);
    const file = await screen.findByRole('region', { name: /Fiche client/ });
    expect(file).toHaveTextContent(name.split(' ')[0]);
    expect(row).toHaveAttribute('tabindex', '0');
  });

  it('opens it in English too, from a cell that is not the name', async () => {
    await setLocale('en');
    render(CustomersScreen, { scenario: fixtureScenario(), source: source() });
    await waitFor(() => expect(dataRows()[0].querySelector('th button')).not.toBeNull());
    await fireEvent.click(dataRows()[0].querySelectorAll('td')[1]);
    expect(await screen.findByRole('region', { name: /Customer file/ })).toBeInTheDocument();
  });
});
