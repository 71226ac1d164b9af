/** The customer browser on real engine output: town names, and a customer lost during the run explained. */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import CustomersScreen from '../../../src/ui/customers/CustomersScreen.svelte';
import { TOWNS } from '../../../src/engine/towns.ts';
import { EVENT_TYPES } from '../../../src/engine/vocabulary.ts';
import { translate } from '../../../src/i18n/translate.ts';
import { engineRun } from '../../fixtures/engineRun.ts';
import { deName } from '../../../src/i18n/elision.ts';

describe('CustomersScreen with the engine', () => {
  const run = engineRun();

  it("filters by town and opens the file of a customer who left during the run, with the cause explained", async () => {
    const user = userEvent.setup();
    const depart = EVENT_TYPES.indexOf('depart');
    const report = run.reports.find((r) => Array.from(r.events.type).includes(depart))!;
    const id = report.events.customer[Array.from(report.events.type).indexOf(depart)];
    const record = run.records[id];
    expect(record.stage).toBe('perdu');

    render(CustomersScreen, { scenario: run.scenario, source: run.source });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Ville' }), TOWNS[record.town]);
    await fireEvent.input(screen.getByRole('searchbox'), { target: { value: String(id + 1) } });
    // Enter: the search goes to the list at once, not after the typing pause (CustomerFilters)
    await fireEvent.keyDown(screen.getByRole('searchbox'), { key: 'Enter' });
    const open = await screen.findByRole('button', { name: `Ouvrir la fiche ${deName(`${record.firstName} ${record.lastName}`)}` });
    await user.click(open);
    const file = await screen.findByRole('region', { name: /Fiche client/ });
    const why = within(file).getByRole('region', { name: /Pourquoi ce client est parti/ });
    expect(why.textContent).toContain(translate('fr', `vocabulary.causeExplanation.${record.departureCause}`));
    expect(why).toHaveTextContent(`Départ : Semaine ${report.tick + 1}`);
    expect(within(file).getByText(TOWNS[record.town])).toBeInTheDocument();
    // a lost customer is inactif and off the R x F map whatever his scores, and the file says why
    const rfm = within(file).getByRole('region', { name: /Scores RFM et segment/ });
    expect(rfm).toHaveTextContent(/Segment\s*Inactif \(RFM\)/);
    expect(rfm).toHaveTextContent(/Segment R × F\s*—/);
    expect(rfm).toHaveTextContent(translate('fr', 'customers.file.segmentLost').replace(/\s+/g, ' '));
    // and no R, F, M scores, as in the table and the target preview, though the engine keeps his last ones (QA class 1: « Récence 2 sur 5 »)
    expect(record.r).toBeGreaterThan(0);
    for (const score of ['Récence', 'Fréquence', 'Montant']) expect(rfm).toHaveTextContent(new RegExp(`${score}\\s*— \\(client perdu\\)`));
    expect(rfm).not.toHaveTextContent(/sur 5/);
    // and on no rung of the ladder, as the ladder chart counts him (QA play F14: « Échelle de fidélité : Client »)
    const relation = within(file).getByRole('region', { name: /Relation/ });
    expect(relation).toHaveTextContent(/Échelle de fidélité\s*\S*\s*— \(client perdu\)/);
    expect(relation).not.toHaveTextContent(new RegExp(`Échelle de fidélité\\s*\\S*\\s*${translate('fr', `vocabulary.ladder.${record.ladder}`)}`));
  });

  it('explains a departure that happened before the run, from the full event log', async () => {
    const user = userEvent.setup();
    const record = run.records.find((r) => r.stage === 'perdu' && r.lastPurchaseTick !== null && r.lastPurchaseTick < -4)!;
    render(CustomersScreen, { scenario: run.scenario, source: run.source });
    await fireEvent.input(screen.getByRole('searchbox'), { target: { value: String(record.id + 1) } });
    // Enter: the search goes to the list at once, not after the typing pause (CustomerFilters)
    await fireEvent.keyDown(screen.getByRole('searchbox'), { key: 'Enter' });
    await user.click(await screen.findByRole('button', { name: `Ouvrir la fiche ${deName(`${record.firstName} ${record.lastName}`)}` }));
    const why = within(await screen.findByRole('region', { name: /Fiche client/ })).getByRole('region', { name: /Pourquoi ce client est parti/ });
    expect(why).toHaveTextContent('Départ : avant le début');
    expect(why).toHaveTextContent(translate('fr', `vocabulary.cause.${record.departureCause}`));
  });

  it('names the action behind « ciblé par une action » and says that purchases before the game are not listed', async () => {
    const user = userEvent.setup();
    const targeted = EVENT_TYPES.indexOf('cibleParAction');
    const report = run.reports.find((r) => Array.from(r.events.type).includes(targeted))!;
    const id = report.events.customer[Array.from(report.events.type).indexOf(targeted)];
    const record = run.records[id];
    const listed = run.reports.reduce((n, r) => n + Array.from(r.purchases.customer.slice(0, r.purchases.length)).filter((c) => c === id).length, 0);
    expect(record.purchasesTotal).toBeGreaterThan(listed);
    render(CustomersScreen, { scenario: run.scenario, source: run.source, decisions: run.decisions });
    await fireEvent.input(screen.getByRole('searchbox'), { target: { value: String(id + 1) } });
    // Enter: the search goes to the list at once, not after the typing pause (CustomerFilters)
    await fireEvent.keyDown(screen.getByRole('searchbox'), { key: 'Enter' });
    await user.click(await screen.findByRole('button', { name: new RegExp(`fiche d.*${record.lastName}`) }));
    const file = await screen.findByRole('region', { name: /Fiche client/ });
    expect(within(file).getByText(/Ciblé par une action : Avantage financier — Bons de réduction/)).toBeInTheDocument();
    const before = record.purchasesTotal - listed;
    expect(within(file).getByText(new RegExp(`^${before} achats? fait.? avant le début de la partie`))).toBeInTheDocument();
  });

  it('counts every customer of the run', async () => {
    render(CustomersScreen, { scenario: run.scenario, source: run.source });
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(`${run.records.length} clients sur ${run.records.length}`));
  });
});
