/**
 * review19 n3: the print-only note « Liste imprimée partielle : 5 lignes sur 5 » printed when the whole list was on
 * the sheet. It is there only when fewer rows are loaded than the list holds (print.e2e.ts checks that case in Chromium).
 */
import { render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import CustomersScreen from '../../../src/ui/customers/CustomersScreen.svelte';
import { createArrayCustomerSource } from '../../../src/ui/customers/customerSource.ts';
import { customerZeroHistory, makeCustomers } from '../../fixtures/customers.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

describe('the customers list’s print note', () => {
  it('says nothing of a partial list when every row is loaded', async () => {
    const records = makeCustomers(5);
    const history = customerZeroHistory();
    render(CustomersScreen, { scenario: fixtureScenario(), source: createArrayCustomerSource(records, history.purchases, history.events) });
    await waitFor(() => expect(screen.getByRole('grid').querySelectorAll('tbody tr[data-row]')).toHaveLength(5));
    expect(screen.queryByTestId('print-rows-note')).toBeNull();
  });
});
