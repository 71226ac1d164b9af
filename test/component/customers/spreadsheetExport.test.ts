/**
 * « Exporter pour un tableur (CSV) » on the customers screen: the base and the purchases of the run at its last saved
 * period, each file's size said before it is asked for, the decimal comma ticked in French and not in English, the
 * file named after the shop and the periods played, and a refused read said in the app's words.
 */
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import CustomersScreen from '../../../src/ui/customers/CustomersScreen.svelte';
import SpreadsheetExport from '../../../src/ui/customers/SpreadsheetExport.svelte';
import { createArrayCustomerSource } from '../../../src/ui/customers/customerSource.ts';
import type { RunCsvExport } from '../../../src/app/services.ts';
import { DbError } from '../../../src/db/errors.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { customerZeroHistory, makeCustomers } from '../../fixtures/customers.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

const scenario = fixtureScenario();
const text = (el: Element | null) => el?.textContent?.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
/** a button's description (the file's size), ordinary spaces */
const described = (button: HTMLElement) => text(document.getElementById(button.getAttribute('aria-describedby') ?? ''));

function setup(exportCsv: RunCsvExport = vi.fn(async () => 'csv'), periods = 3) {
  const save = vi.fn();
  render(SpreadsheetExport, { exportCsv, scenario, periods, rows: { customers: 3386, purchases: 84198 }, save });
  return { exportCsv, save, group: screen.getByRole('group', { name: 'Exporter pour un tableur (CSV)' }) };
}

describe('the customers screen’s export for a spreadsheet', () => {
  afterEach(() => setLocale('fr'));

  it('is offered on the customers screen when the run can be exported, and only then', async () => {
    const history = customerZeroHistory();
    const source = createArrayCustomerSource(makeCustomers(20), history.purchases, history.events);
    const first = render(CustomersScreen, { scenario, source });
    expect(screen.queryByText('Exporter pour un tableur (CSV)')).toBeNull();
    first.unmount();
    render(CustomersScreen, { scenario, source, exportCsv: vi.fn(async () => ''), periods: 2, purchases: 40 });
    // folded: its body and strings are fetched when the learner opens it (review16 M2)
    const summary = screen.getByText('Exporter pour un tableur (CSV)', { selector: 'summary' });
    expect(screen.queryByRole('group', { name: 'Exporter pour un tableur (CSV)' })).toBeNull();
    await userEvent.setup().click(summary);
    const group = await screen.findByRole('group', { name: 'Exporter pour un tableur (CSV)' });
    // the base's line count is the screen's own count of every customer
    await waitFor(() => expect(text(within(group).getByRole('button', { name: 'Base clients' }).nextElementSibling)).toBe('20 lignes, environ 0,1 Mo'));
    expect(text(within(group).getByRole('button', { name: 'Achats' }).nextElementSibling)).toBe('40 lignes, environ 0,1 Mo');
  });

  it('says each file’s size, asks for the base with a decimal comma in French and saves it under the shop’s name and period', async () => {
    const user = userEvent.setup();
    const { exportCsv, save, group } = setup();
    const customers = within(group).getByRole('button', { name: 'Base clients' });
    const purchases = within(group).getByRole('button', { name: 'Achats' });
    expect(described(customers)).toBe('3 386 lignes, environ 0,6 Mo');
    expect(described(purchases)).toBe('84 198 lignes, environ 4,4 Mo');
    const comma = within(group).getByRole('checkbox', { name: 'Virgule décimale et point-virgule comme séparateur (Excel en français)' });
    expect(comma).toBeChecked();
    await user.click(customers);
    expect(exportCsv).toHaveBeenCalledWith('customers', { decimalComma: true, locale: 'fr' });
    await waitFor(() => expect(save).toHaveBeenCalledWith('csv', `fidelis-clients-${scenario.id}-semaine-3.csv`));
    await user.click(comma);
    await user.click(purchases);
    expect(exportCsv).toHaveBeenLastCalledWith('purchases', { decimalComma: false, locale: 'fr' });
    await waitFor(() => expect(save).toHaveBeenLastCalledWith('csv', `fidelis-achats-${scenario.id}-semaine-3.csv`));
  });

  it('starts with a decimal point in English, English names', async () => {
    await setLocale('en');
    const user = userEvent.setup();
    const exportCsv = vi.fn(async () => 'csv');
    const save = vi.fn();
    render(SpreadsheetExport, { exportCsv, scenario: { id: 'optique-lumiere', tickUnit: 'month' }, periods: 0, rows: { customers: 1, purchases: 0 }, save });
    const group = screen.getByRole('group', { name: 'Export for a spreadsheet (CSV)' });
    expect(within(group).getByRole('checkbox', { name: 'Decimal comma and semicolon as separator (French Excel)' })).not.toBeChecked();
    expect(described(within(group).getByRole('button', { name: 'Customer base' }))).toBe('1 line, about 0.1 MB');
    await user.click(within(group).getByRole('button', { name: 'Purchases' }));
    expect(exportCsv).toHaveBeenCalledWith('purchases', { decimalComma: false, locale: 'en' });
    // no period played yet: no « week 0 » in the name, as the result file's
    await waitFor(() => expect(save).toHaveBeenCalledWith('csv', 'fidelis-purchases-optique-lumiere.csv'));
  });

  it('keeps the focus on the button while the file is prepared, says so in a status line already there, and asks once (review16 m3)', async () => {
    const user = userEvent.setup();
    let finish: (text: string) => void = () => {};
    const exportCsv = vi.fn<RunCsvExport>(() => new Promise((resolve) => (finish = resolve)));
    const { save, group } = setup(exportCsv);
    const status = within(group).getByRole('status');
    expect(text(status)).toBe('');
    const customers = within(group).getByRole('button', { name: 'Base clients' });
    await user.click(customers);
    expect(text(status)).toBe('Préparation du fichier…');
    expect(customers).toHaveFocus();
    expect(customers).not.toBeDisabled();
    expect(customers).toHaveAttribute('aria-disabled', 'true');
    await user.click(within(group).getByRole('button', { name: 'Achats' }));
    expect(exportCsv).toHaveBeenCalledTimes(1);
    finish('csv');
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    expect(text(status)).toBe('');
    expect(customers).not.toHaveAttribute('aria-disabled');
  });

  it('says no size while the count is not there or 0, and names a what-if branch’s file apart from the original’s (review16 m2, m7)', async () => {
    const user = userEvent.setup();
    const save = vi.fn();
    render(SpreadsheetExport, { exportCsv: vi.fn(async () => 'csv'), scenario, periods: 4, branchTick: 1, rows: { customers: 0, purchases: null }, save });
    const group = screen.getByRole('group', { name: 'Exporter pour un tableur (CSV)' });
    expect(described(within(group).getByRole('button', { name: 'Base clients' }))).toBe('');
    expect(described(within(group).getByRole('button', { name: 'Achats' }))).toBe('');
    await user.click(within(group).getByRole('button', { name: 'Base clients' }));
    await waitFor(() => expect(save).toHaveBeenCalledWith('csv', `fidelis-clients-${scenario.id}-semaine-4-et-si-semaine-2.csv`));
  });

  it('says a refused read in the app’s words and lets the learner try again', async () => {
    const user = userEvent.setup();
    const exportCsv = vi.fn<RunCsvExport>(async () => Promise.reject(new DbError('runNotFound', { runId: 'r' })));
    const { save, group } = setup(exportCsv);
    await user.click(within(group).getByRole('button', { name: 'Base clients' }));
    await waitFor(() =>
      expect(text(screen.getByRole('alert'))).toBe('Le fichier n’a pas pu être préparé. Partie introuvable : elle a peut-être été supprimée dans un autre onglet.'),
    );
    expect(save).not.toHaveBeenCalled();
    expect(within(group).getByRole('button', { name: 'Base clients' })).toBeEnabled();
  });
});
