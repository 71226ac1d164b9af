/**
 * A read the database refuses (its connection closed by another tab's update, a browser fault) says first, in French,
 * what to do (reload: the game resumes where it was last saved), and keeps the browser's own words only as a detail:
 * the table's rows and a customer's file alike.
 */
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import CustomersScreen from '../../../src/ui/customers/CustomersScreen.svelte';
import { createArrayCustomerSource, type CustomerSource } from '../../../src/ui/customers/customerSource.ts';
import { customerZeroHistory, makeCustomers } from '../../fixtures/customers.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

const records = makeCustomers(50);
const history = customerZeroHistory();
const closing = () => new Error("Failed to execute 'transaction' on 'IDBDatabase': The database connection is closing.");
const advice = 'Impossible de lire la base clients : rechargez la page (la partie reprend à son dernier enregistrement).';
const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim();

describe('the customer screen when the database refuses a read', () => {
  it('says what to do before the browser’s words when the rows cannot be read', async () => {
    const base = createArrayCustomerSource(records, history.purchases, history.events);
    const source: CustomerSource = { ...base, page: async () => Promise.reject(closing()) };
    render(CustomersScreen, { scenario: fixtureScenario(), source });
    await waitFor(() => expect(text(screen.queryByRole('alert'))).toMatch(/^Impossible de lire/));
    const message = text(screen.getByRole('alert'))!;
    expect(message.startsWith(advice)).toBe(true);
    expect(message).toContain('. Détail : Failed to execute');
  });

  it('says the same in the customer’s file', async () => {
    const user = userEvent.setup();
    const base = createArrayCustomerSource(records, history.purchases, history.events);
    const source: CustomerSource = { ...base, file: async () => Promise.reject(closing()) };
    render(CustomersScreen, { scenario: fixtureScenario(), source });
    const grid = await screen.findByRole('grid');
    const firstRow = (await within(grid).findAllByRole('row'))[1]!;
    await user.click(firstRow);
    await waitFor(() => expect(screen.getByText(/^Impossible de lire la base clients : rechargez la page/)).toBeTruthy());
  });
});
