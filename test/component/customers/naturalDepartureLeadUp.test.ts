/**
 * QA qa10 F8: the file of a customer gone for a natural departure (« Départ naturel — Hors schéma de l’infidélité », a life
 * event) listed under « Ce qui s’est passé avant le départ » « Mois 7 : Offre d’un concurrent reçue »: a learner alone read the
 * competitor as the cause. Under a natural departure the list now says these events are not its cause; other causes unchanged.
 */
import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import CustomerFilePanel from '../../../src/ui/customers/CustomerFilePanel.svelte';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { DEPARTURE_CAUSES } from '../../../src/engine/vocabulary.ts';
import { makeCustomers } from '../../fixtures/customers.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

const scenario = fixtureScenario();
const [lost] = makeCustomers(1);
const events = (cause: string) => [
  { tick: 6, type: 'offreConcurrente' as const, detail: 0 },
  { tick: 8, type: 'depart' as const, detail: DEPARTURE_CAUSES.indexOf(cause as (typeof DEPARTURE_CAUSES)[number]) },
];
const file = (cause: string) => ({ record: { ...lost, stage: 'perdu' as const }, purchases: [], events: events(cause) });

describe('a natural departure’s lead-up', () => {
  afterEach(() => setLocale('fr'));

  it('says the events listed are not the cause, in French and English', async () => {
    const first = render(CustomerFilePanel, { scenario, file: file('naturel'), onclose: () => {} });
    expect(screen.getByText('Départ naturel')).toBeTruthy();
    expect(screen.getAllByText(/Offre d’un concurrent/).length).toBeGreaterThan(0);
    expect(screen.getByText('Ces événements ne sont pas la cause de ce départ : ils disent ce que le client a vécu avant de partir.')).toBeTruthy();
    first.unmount();
    await setLocale('en');
    render(CustomerFilePanel, { scenario, file: file('naturel'), onclose: () => {} });
    expect(screen.getByText('These events are not the cause of this departure: they tell what the customer went through before leaving.')).toBeTruthy();
  });

  it('a competitor’s departure keeps its lead-up without that sentence', () => {
    render(CustomerFilePanel, { scenario, file: file('concurrence'), onclose: () => {} });
    expect(screen.getAllByText(/Offre d’un concurrent/).length).toBeGreaterThan(0);
    expect(screen.queryByText(/ne sont pas la cause de ce départ/)).toBeNull();
  });
});
