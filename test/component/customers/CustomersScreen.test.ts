/** The customer browser: windowed rows, sorting with aria-sort, filtering, search, columns, keyboard, the file. */
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import CustomersScreen from '../../../src/ui/customers/CustomersScreen.svelte';
import { createArrayCustomerSource } from '../../../src/ui/customers/customerSource.ts';
import { customerZeroHistory, makeCustomers } from '../../fixtures/customers.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';
import { deName } from '../../../src/i18n/elision.ts';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';

const scenario = fixtureScenario();
const records = makeCustomers(3000);
const history = customerZeroHistory();
const source = () => createArrayCustomerSource(records, history.purchases, history.events);
const norm = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

function dataRows() {
  return within(screen.getByRole('grid')).getAllByRole('row').filter((r) => r.hasAttribute('data-row'));
}

async function loaded() {
  await waitFor(() => expect(screen.getAllByRole('button', { name: /Ouvrir la fiche d(e |’)/ }).length).toBeGreaterThan(0));
}

describe('CustomersScreen', () => {
  it('counts the customers and renders only a window of rows, announcing the full size', async () => {
    render(CustomersScreen, { scenario, source: source() });
    await waitFor(() => expect(norm(screen.getByRole('status').textContent)).toBe('3 000 clients sur 3 000'));
    await loaded();
    const grid = screen.getByRole('grid');
    expect(grid).toHaveAttribute('aria-rowcount', '3001');
    expect(dataRows().length).toBeGreaterThan(5);
    expect(dataRows().length).toBeLessThan(60);
    expect(dataRows()[0]).toHaveAttribute('aria-rowindex', '2');
  });

  it('sorts by a column header, toggling the direction and aria-sort', async () => {
    const user = userEvent.setup();
    render(CustomersScreen, { scenario, source: source() });
    await loaded();
    const header = screen.getByRole('columnheader', { name: /Dépense totale/ });
    expect(header).not.toHaveAttribute('aria-sort');
    await user.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    const min = Math.min(...records.map((r) => r.spendTotal));
    const money = norm(new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2 }).format(min));
    await waitFor(() => expect(norm(dataRows()[0].textContent)).toContain(money));
    await user.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'descending');
    const max = records.reduce((a, b) => (b.spendTotal > a.spendTotal ? b : a));
    await waitFor(() => expect(within(dataRows()[0]).getByRole('button', { name: `Ouvrir la fiche ${deName(`${max.firstName} ${max.lastName}`)}` })).toBeInTheDocument());
  });

  it('filters by stage and card, and searches names without accents', async () => {
    const user = userEvent.setup();
    render(CustomersScreen, { scenario, source: source() });
    await loaded();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Étape du cycle de vie' }), 'Client dormant');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Carte de fidélité' }), 'Oui');
    const expected = records.filter((r) => r.stage === 'dormant' && r.loyaltyCard).length;
    await waitFor(() => expect(norm(screen.getByRole('status').textContent)).toMatch(new RegExp(`^${expected} clients sur`)));
    await waitFor(() => expect(dataRows().every((r) => r.textContent?.includes('Client dormant'))).toBe(true));
    // with the keyboard: « Effacer les filtres » disables itself, and the focus goes to the first filter, not to the page body (QA a11y qa8 F5)
    screen.getByRole('button', { name: 'Effacer les filtres' }).focus();
    await user.keyboard('{Enter}');
    const search = screen.getByRole('searchbox', { name: 'Rechercher un nom ou un numéro' });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Effacer les filtres' })).toBeDisabled());
    expect(search).toHaveFocus();
    await user.keyboard('eloise moreau');
    const eloises = records.filter((r) => r.firstName === 'Éloïse' && r.lastName === 'Moreau').length;
    await waitFor(() => expect(norm(screen.getByRole('status').textContent)).toMatch(new RegExp(`^${eloises} clients? sur`)));
  });

  it('shows and hides columns', async () => {
    const user = userEvent.setup();
    render(CustomersScreen, { scenario, source: source() });
    await loaded();
    expect(screen.queryByRole('columnheader', { name: /Consentement/ })).not.toBeInTheDocument();
    await user.click(screen.getByText('Colonnes affichées', { selector: 'summary' }));
    await user.click(screen.getByRole('checkbox', { name: 'Consentement' }));
    expect(screen.getByRole('columnheader', { name: /Consentement/ })).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Ville' }));
    expect(screen.queryByRole('columnheader', { name: /Ville/ })).not.toBeInTheDocument();
  });

  it('moves through rows with the keyboard and opens a file with Enter', async () => {
    const user = userEvent.setup();
    render(CustomersScreen, { scenario, source: source() });
    await loaded();
    const first = dataRows()[0];
    first.focus();
    await user.keyboard('{ArrowDown}');
    expect(dataRows()[1]).toHaveFocus();
    await user.keyboard('{Enter}');
    const r = records[1];
    const file = await screen.findByRole('region', { name: frenchText`Fiche client : ${r.firstName} ${r.lastName}` });
    expect(r.id).toBe(1);
    expect(within(file).getByText('Client n°2')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: /Fiche client/ })).not.toBeInTheDocument();
    expect(dataRows()[1]).toHaveFocus();
  });

  // QA phone F4: « dans les semaines précédant le départ » in the optician's file, a game played in months
  it('says no event led to a departure without naming weeks', async () => {
    const user = userEvent.setup();
    render(CustomersScreen, { scenario, source: createArrayCustomerSource(records, history.purchases, []) });
    await loaded();
    await user.click(screen.getByRole('button', { name: `Ouvrir la fiche ${deName(`${records[0].firstName} ${records[0].lastName}`)}` }));
    const why = within(await screen.findByRole('region', { name: /Fiche client/ })).getByRole('region', { name: /Pourquoi ce client est parti/ });
    expect(why).toHaveTextContent('Aucun événement enregistré dans les semaines précédant le départ.');
  });

  it("explains why a lost customer left, with the events that led to it", async () => {
    const user = userEvent.setup();
    render(CustomersScreen, { scenario, source: source() });
    await loaded();
    await user.click(screen.getByRole('button', { name: `Ouvrir la fiche ${deName(`${records[0].firstName} ${records[0].lastName}`)}` }));
    const file = await screen.findByRole('region', { name: /Fiche client/ });
    const why = within(file).getByRole('region', { name: /Pourquoi ce client est parti/ });
    expect(why).toHaveTextContent('Concurrence');
    expect(why).toHaveTextContent('Rencontre puis rupture');
    expect(why).toHaveTextContent('Un concurrent lui a fait une meilleure offre');
    expect(why).toHaveTextContent('Semaine 4 : Réclamation non traitée');
    expect(why).toHaveTextContent('Semaine 5 : Offre d’un concurrent reçue');
    // the true cause is the simulator's knowledge: said once, in the file (QA expert F8)
    expect(why).toHaveTextContent('Information révélée par le simulateur : un vrai magasin ne connaît pas cette cause');
    const purchases = within(file).getByRole('table', { name: 'Achats du client, du plus ancien au plus récent.' });
    expect(within(purchases).getAllByRole('row')).toHaveLength(3);
    expect(within(file).getByRole('table', { name: /par type de produit/ })).toHaveTextContent('Accessoires');
    expect(within(file).getByRole('region', { name: /^Historique/ })).toHaveTextContent('Incident de service');
  });

  // « dans les périodes précédant le départ » and the purchases' « Période » column: the shop's unit, in both languages
  describe('in the shop’s unit', () => {
    afterEach(() => setLocale('fr'));
    it.each([
      { lang: 'fr', unit: 'week', open: 'Ouvrir la fiche', file: /Fiche client/, why: /Pourquoi ce client est parti/, none: 'Aucun événement enregistré dans les semaines précédant le départ.', caption: 'Achats du client, du plus ancien au plus récent.', column: 'Semaine' },
      { lang: 'fr', unit: 'month', open: 'Ouvrir la fiche', file: /Fiche client/, why: /Pourquoi ce client est parti/, none: 'Aucun événement enregistré dans les mois précédant le départ.', caption: 'Achats du client, du plus ancien au plus récent.', column: 'Mois' },
      { lang: 'en', unit: 'week', open: 'Open the file of', file: /Customer file/, why: /Why this customer left/, none: 'No event recorded in the weeks before leaving.', caption: 'The customer’s purchases, oldest first.', column: 'Week' },
      { lang: 'en', unit: 'month', open: 'Open the file of', file: /Customer file/, why: /Why this customer left/, none: 'No event recorded in the months before leaving.', caption: 'The customer’s purchases, oldest first.', column: 'Month' },
    ] as const)('$lang, $unit', async (c) => {
      await setLocale(c.lang);
      const user = userEvent.setup();
      render(CustomersScreen, { scenario: { ...scenario, tickUnit: c.unit }, source: createArrayCustomerSource(records, history.purchases, []) });
      await waitFor(() => expect(screen.getAllByRole('button', { name: new RegExp(`^${c.open}`) }).length).toBeGreaterThan(0));
      await user.click(screen.getAllByRole('button', { name: new RegExp(`^${c.open}`) })[0]);
      const file = await screen.findByRole('region', { name: c.file });
      expect(within(file).getByRole('region', { name: c.why })).toHaveTextContent(c.none);
      const purchases = within(file).getByRole('table', { name: c.caption });
      expect(within(purchases).getAllByRole('columnheader')[0]).toHaveTextContent(new RegExp(`^${c.column}$`));
    });
  });
});
