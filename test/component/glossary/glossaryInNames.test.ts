/**
 * A glossary « ? » next to a title is a button of its own: the heading, region, group or figure
 * it sits in keeps the title's name only (a screen reader's heading and landmark lists read
 * « Cible », not « Cible Définition : Base de données clients (BDD) »).
 */
import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import DecisionsScreen from '../../../src/ui/decisions/DecisionsScreen.svelte';
import KpiCard from '../../../src/ui/dashboard/KpiCard.svelte';
import CustomersScreen from '../../../src/ui/customers/CustomersScreen.svelte';
import { createArrayCustomerSource } from '../../../src/ui/customers/customerSource.ts';
import { customerZeroHistory, makeCustomers } from '../../fixtures/customers.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';
import { started } from '../decisions/session.ts';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';

describe('glossary buttons stay out of the names of what holds them', () => {
  it('decisions: target heading and region, checkbox groups, RFM scores, strategy, complaint policy', async () => {
    const { session, notices } = await started();
    render(DecisionsScreen, { session, notices });
    expect(screen.getByRole('heading', { name: 'Cible' })).toBeInTheDocument();
    const target = screen.getByRole('region', { name: 'Cible' });
    // the « ? » is still there, inside the heading, with its own name
    expect(within(screen.getByRole('heading', { name: 'Cible' })).getByRole('button', { name: /^Définition\u00a0: / })).toBeInTheDocument();
    expect(within(target).getByRole('group', { name: 'Segments RFM' })).toBeInTheDocument();
    // the loyalty ladder has its « ? » too (QA B14), outside the group's name
    const ladder = within(target).getByRole('group', { name: 'Échelle de fidélité' });
    expect(within(ladder).getByRole('button', { name: frenchText`Définition : Échelle de fidélité` })).toBeInTheDocument();
    const scores = within(target).getByRole('group', { name: 'Scores RFM' });
    // each score select is named once: « Récence (R) de », not « Récence (R) Récence (R) de »
    expect(within(scores).getByRole('combobox', { name: 'Récence (R) de' })).toBeInTheDocument();
    expect(within(scores).getByRole('combobox', { name: 'Montant (M) à' })).toBeInTheDocument();
    expect(scores.textContent?.match(/Récence \(R\)/g)).toHaveLength(1);
    expect(screen.getByRole('group', { name: 'Stratégie' })).toBeInTheDocument();
    expect(screen.getByRole('form', { name: 'Politique de réclamations' })).toBeInTheDocument();
    expect(screen.queryAllByRole('heading', { name: /Définition/ })).toEqual([]);
    expect(screen.queryAllByRole('group', { name: /Définition/ })).toEqual([]);
    expect(screen.queryAllByRole('form', { name: /Définition/ })).toEqual([]);
  });

  it('a KPI card and the customers screen', async () => {
    render(KpiCard, { id: 'ca', label: 'Chiffre d’affaires', value: '1 000 €', concept: 'equationCa', tickUnit: 'week' });
    expect(screen.getByRole('heading', { name: 'Chiffre d’affaires' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Chiffre d’affaires' })).toBeInTheDocument();
    const history = customerZeroHistory();
    render(CustomersScreen, { scenario: fixtureScenario(), source: createArrayCustomerSource(makeCustomers(20), history.purchases, history.events) });
    expect(screen.getByRole('heading', { name: 'Base clients', level: 2 })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Base clients' })).toBeInTheDocument();
  });
});
