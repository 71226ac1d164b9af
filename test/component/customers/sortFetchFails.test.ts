/**
 * The customer table's sort on another column than the id is fetched at its first use (db/customerSort.ts). When that
 * fetch fails, the screen says so, in the learner's language and with what to do (not « Impossible de lire la base
 * clients : » and the browser's English words); but not for an order the learner has already left (review7 #6:
 * pressing « N° » again before the failure came still showed it), and the message goes once another order is asked.
 */
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import CustomersScreen from '../../../src/ui/customers/CustomersScreen.svelte';
import { SortUnavailableError, createArrayCustomerSource, type CustomerSource } from '../../../src/ui/customers/customerSource.ts';
import { customerZeroHistory, makeCustomers } from '../../fixtures/customers.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

const records = makeCustomers(50);
const history = customerZeroHistory();

/** A source whose pages in another order than the id's fail as the IndexedDB source's do when customerSort.ts cannot be fetched; `late` fails them only once released. */
function sortFails(late: boolean): { source: CustomerSource; fail: () => void } {
  const base = createArrayCustomerSource(records, history.purchases, history.events);
  let fail: () => void = () => undefined;
  const failed = new Promise<void>((resolve) => (fail = resolve));
  const source: CustomerSource = {
    ...base,
    page: async (filter, sort, offset, limit) => {
      if (sort.column === 'id') return base.page(filter, sort, offset, limit);
      if (late) await failed;
      throw new SortUnavailableError(new TypeError('Failed to fetch dynamically imported module'));
    },
  };
  return { source, fail };
}

const alert = () => screen.queryByRole('alert');
const header = (name: RegExp) => within(screen.getByRole('grid')).getByRole('button', { name });

describe('the customer table when its sort cannot be fetched', () => {
  it('says so, and the message goes once the table is back in the id order', async () => {
    const user = userEvent.setup();
    render(CustomersScreen, { scenario: fixtureScenario(), source: sortFails(false).source });
    await user.click(header(/Dépense totale/));
    await waitFor(() => expect(alert()?.textContent?.replace(/\s+/g, ' ')).toBe('Tri indisponible pour le moment : rechargez la page une fois la connexion revenue.'));
    await user.click(header(/^N°/));
    await waitFor(() => expect(alert()).toBeNull());
  });

  it('says nothing of an order already left when its failure comes', async () => {
    const user = userEvent.setup();
    const { source, fail } = sortFails(true);
    render(CustomersScreen, { scenario: fixtureScenario(), source });
    await user.click(header(/Dépense totale/));
    await user.click(header(/^N°/));
    fail();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(alert()).toBeNull();
  });
});
