/**
 * QA tablet #8: what R, F, M and a competency's bloc mean was only in `title` tooltips, which a touch
 * screen never shows. They are visible text now, in both languages.
 */
import { render, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import CustomersScreen from '../../../src/ui/customers/CustomersScreen.svelte';
import CompetencyTags from '../../../src/ui/competencies/CompetencyTags.svelte';
import { createArrayCustomerSource } from '../../../src/ui/customers/customerSource.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { customerZeroHistory, makeCustomers } from '../../fixtures/customers.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

const records = makeCustomers(50);
const history = customerZeroHistory();
const norm = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();

describe('visible explanations instead of tooltips', () => {
  afterEach(() => setLocale('fr'));

  it('explains the R, F, M scores beside the customer table, and the headers point to it', async () => {
    render(CustomersScreen, { scenario: fixtureScenario(), source: createArrayCustomerSource(records, history.purchases, history.events) });
    const legend = screen.getByTestId('rfm-legend');
    expect(norm(legend.textContent)).toContain('Colonnes R, F, M : des notes de 1 à 5');
    expect(norm(legend.textContent)).toContain('Récence : 5 = a acheté très récemment');
    expect(norm(legend.textContent)).toContain('Montant : 5 = dépense beaucoup');
    expect(within(legend).getByRole('button', { name: /Définition/ })).toBeInTheDocument();
    const header = await waitFor(() => screen.getByRole('columnheader', { name: /^R/ }));
    const button = within(header).getByRole('button');
    expect(button).not.toHaveAttribute('title');
    expect(button).toHaveAccessibleDescription(/Récence/);
  });

  it('says it in English too', async () => {
    await setLocale('en');
    render(CustomersScreen, { scenario: fixtureScenario(), source: createArrayCustomerSource(records, history.purchases, history.events) });
    expect(norm(screen.getByTestId('rfm-legend').textContent)).toContain('Frequency: 5 = buys very often');
  });

  it('writes the full title of each competency bloc under the list, once per bloc', async () => {
    const { container } = render(CompetencyTags, { ids: ['mco1.etudes', 'ndrc1.cibler', 'ndrc1.information'] as never });
    expect(container.querySelector('[title]')).toBeNull();
    expect(norm(container.textContent)).toContain('MCO Bloc 1 — Développer la relation client et assurer la vente conseil');
    expect(norm(container.textContent).match(/NDRC Bloc 1 — Relation client et négociation-vente/g)).toHaveLength(1);
  });
});
