/**
 * QA shops 13: the optician's RFM grid legend said the « Nouveau » segment and stage count « les premiers
 * achats des dernières semaines » in a shop played month by month. The legend speaks the shop's period.
 * QA qa26doc M1: it also said the lifecycle stage « Nouveau (1er achat) » counts those recent first purchases;
 * the stage holds a one-purchase customer until dormancy (lifecycle.ts, up to a year), so the legend tells them apart.
 */
import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import ChartsScreen from '../../../src/ui/charts/ChartsScreen.svelte';
import { runSimulation } from '../../../src/engine/index.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { shippedScenarioList } from '../../unit/app/testServices.ts';

const shop = (id: string) => shippedScenarioList().find((s) => s.id === id)!;
const kpisOf = (id: string) => runSimulation(shop(id), { seed: shop(id).defaultSeed, ticks: 2, decisions: [] }).reports.map((r) => r.kpis);
const legend = () => document.querySelector('[data-chart="rfm"] .legend')!;

describe('RFM grid legend in the shop’s period', () => {
  afterEach(() => setLocale('fr'));

  it('a monthly shop counts the first purchases of the last months, a weekly one of the last weeks', async () => {
    await setLocale('fr');
    const optician = render(ChartsScreen, { scenario: shop('optique-lumiere'), kpis: kpisOf('optique-lumiere') });
    expect(legend()).toHaveTextContent('les premiers achats des derniers mois');
    expect(legend()).not.toHaveTextContent('semaines');
    optician.unmount();
    render(ChartsScreen, { scenario: shop('boulangerie-du-marche'), kpis: kpisOf('boulangerie-du-marche') });
    expect(legend()).toHaveTextContent('les premiers achats des dernières semaines');
  });

  it('tells the RFM segment (recent first purchases) from the lifecycle stage (one purchase, not yet dormant)', async () => {
    await setLocale('fr');
    render(ChartsScreen, { scenario: shop('boulangerie-du-marche'), kpis: kpisOf('boulangerie-du-marche') });
    expect(legend()).toHaveTextContent('le segment « Nouveau client (RFM) » du cours compte, lui, les premiers achats des dernières semaines');
    expect(legend()).toHaveTextContent('l’étape « Nouveau (1er achat) » du cycle de vie, tous les clients d’un seul achat pas encore dormants');
  });

  it('in English too', async () => {
    await setLocale('en');
    render(ChartsScreen, { scenario: shop('optique-lumiere'), kpis: kpisOf('optique-lumiere') });
    expect(legend()).toHaveTextContent('“New customer (RFM)” counts first purchases of the last months');
    expect(legend()).toHaveTextContent('the lifecycle stage “New (first purchase)”, every customer with a single purchase who is not yet dormant');
    expect(screen.getAllByText(/last months/).length).toBeGreaterThan(0);
  });
});
