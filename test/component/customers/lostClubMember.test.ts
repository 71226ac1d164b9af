/**
 * QA shops 13: a lost customer's file said « Membre du club : Oui » after the departure (the club kept
 * running). The file says the membership lasted until the departure, with its period when known.
 */
import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import CustomerFilePanel from '../../../src/ui/customers/CustomerFilePanel.svelte';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { DEPARTURE_CAUSES } from '../../../src/engine/vocabulary.ts';
import { makeCustomers } from '../../fixtures/customers.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

const scenario = fixtureScenario();
const [lost, active] = makeCustomers(2);
const depart = { tick: 11, type: 'depart' as const, detail: DEPARTURE_CAUSES.indexOf('concurrence') };
const clubValue = () => screen.getByText(/Membre du club|Club member/).nextElementSibling!;

describe('a lost customer’s club membership', () => {
  afterEach(() => setLocale('fr'));

  it('says it ended with the departure, and when', () => {
    render(CustomerFilePanel, { scenario, file: { record: { ...lost, stage: 'perdu', clubMember: true }, purchases: [], events: [depart] }, onclose: () => {} });
    expect(clubValue()).toHaveTextContent(/^Oui, jusqu’à son départ, la semaine 12$/);
  });

  it('without a departure event, says until the departure; an active member stays « Oui »; in English too', async () => {
    const first = render(CustomerFilePanel, { scenario, file: { record: { ...lost, stage: 'perdu', clubMember: true, departureCause: 'concurrence' }, purchases: [], events: [] }, onclose: () => {} });
    expect(clubValue()).toHaveTextContent(/^Oui, jusqu’à son départ$/);
    first.unmount();
    const second = render(CustomerFilePanel, { scenario, file: { record: { ...active, stage: 'actif', clubMember: true }, purchases: [], events: [] }, onclose: () => {} });
    expect(clubValue()).toHaveTextContent(/^Oui$/);
    second.unmount();
    await setLocale('en');
    render(CustomerFilePanel, { scenario, file: { record: { ...lost, stage: 'perdu', clubMember: true }, purchases: [], events: [depart] }, onclose: () => {} });
    expect(clubValue()).toHaveTextContent(/^Yes, until they left in week 12$/);
  });
});
