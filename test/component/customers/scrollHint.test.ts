/**
 * QA class 9: at 1366 px with a customer's file open, the table ran on past its box (« Dernier achat »
 * cut to « avant ») and only a faint shadow said so. A line above the table now says it is wider
 * than its box and how to scroll it, and the grid is described by that line. jsdom has no layout:
 * the box's widths are given here.
 */
import { render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import CustomersScreen from '../../../src/ui/customers/CustomersScreen.svelte';
import { createArrayCustomerSource } from '../../../src/ui/customers/customerSource.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { customerZeroHistory, makeCustomers } from '../../fixtures/customers.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

const records = makeCustomers(50);
const history = customerZeroHistory();
const source = () => createArrayCustomerSource(records, history.purchases, history.events);

/** the table box's widths: its visible width and its content's */
function boxWidths(client: number, scroll: number) {
  const proto = HTMLElement.prototype;
  const saved = [Object.getOwnPropertyDescriptor(proto, 'clientWidth'), Object.getOwnPropertyDescriptor(proto, 'scrollWidth')];
  const pick = (el: HTMLElement, width: number) => (el.classList.contains('viewport') ? width : 0);
  Object.defineProperty(proto, 'clientWidth', {
    configurable: true,
    get: function (this: HTMLElement) {
      return pick(this, client);
    },
  });
  Object.defineProperty(proto, 'scrollWidth', {
    configurable: true,
    get: function (this: HTMLElement) {
      return pick(this, scroll);
    },
  });
  return () => {
    for (const [name, d] of [
      ['clientWidth', saved[0]],
      ['scrollWidth', saved[1]],
    ] as const) {
      if (d) Object.defineProperty(proto, name, d);
      else delete (proto as unknown as Record<string, unknown>)[name];
    }
  };
}

describe('customer table wider than its box', () => {
  let restore = () => {};
  afterEach(async () => {
    restore();
    await setLocale('fr');
  });

  it('says above the table that it scrolls sideways, and describes the grid with it', async () => {
    restore = boxWidths(880, 1260);
    render(CustomersScreen, { scenario: fixtureScenario(), source: source() });
    const hint = await screen.findByTestId('scroll-hint');
    expect(hint).toHaveTextContent('Le tableau est plus large que son cadre : faites-le défiler sur le côté pour voir toutes les colonnes');
    expect(screen.getByRole('grid').getAttribute('aria-describedby')?.split(' ')).toContain(hint.id);
  });

  it('says it in English too', async () => {
    await setLocale('en');
    restore = boxWidths(880, 1260);
    render(CustomersScreen, { scenario: fixtureScenario(), source: source() });
    expect(await screen.findByTestId('scroll-hint')).toHaveTextContent('The table is wider than its box: scroll it sideways to see every column');
  });

  it('says nothing when every column fits', async () => {
    restore = boxWidths(1260, 1260);
    render(CustomersScreen, { scenario: fixtureScenario(), source: source() });
    await waitFor(() => expect(screen.getByRole('grid')).toBeInTheDocument());
    expect(screen.queryByTestId('scroll-hint')).toBeNull();
    expect(screen.getByRole('grid')).toHaveAttribute('aria-describedby', 'customers-caption');
  });
});
