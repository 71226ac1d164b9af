/**
 * QA a11y F2: the customer table is virtualised with a roving tabindex. Once its box has scrolled past the
 * active row (Down or Page Down on a column header scrolls it, as a mouse wheel does), that row left the DOM
 * and no row had tabindex 0: Tab went from the last column header to the page body. The first row in view
 * takes the Tab stop.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import CustomersScreen from '../../../src/ui/customers/CustomersScreen.svelte';
import { createArrayCustomerSource } from '../../../src/ui/customers/customerSource.ts';
import { customerZeroHistory, makeCustomers } from '../../fixtures/customers.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

const records = makeCustomers(200);
const history = customerZeroHistory();
const dataRows = () => within(screen.getByRole('grid')).getAllByRole('row').filter((r) => r.hasAttribute('data-row'));

describe('customer table scrolled away from its active row', () => {
  it('keeps one rendered row in the Tab order, the first in view, and Tab from the last header reaches it', async () => {
    const user = userEvent.setup();
    render(CustomersScreen, { scenario: fixtureScenario(), source: createArrayCustomerSource(records, history.purchases, history.events) });
    await waitFor(() => expect(dataRows()[0].querySelector('th button')).not.toBeNull());
    const grid = screen.getByRole('grid');
    const box = grid.parentElement as HTMLElement;
    // jsdom does not scroll: the box says it did, as Chromium's did after Page Down on « Carte »
    Object.defineProperty(box, 'scrollTop', { value: 100 * 36, writable: true, configurable: true });
    await fireEvent.scroll(box);
    await waitFor(() => expect(dataRows().some((r) => r.dataset.row === '0')).toBe(false));
    const stops = dataRows().filter((r) => r.getAttribute('tabindex') === '0');
    expect(stops.map((r) => r.dataset.row)).toEqual(['100']);
    const headers = within(grid).getAllByRole('columnheader');
    within(headers.at(-1)!).getByRole('button').focus();
    await user.tab();
    expect(document.activeElement).toBe(stops[0]);
  });
});
