/**
 * QA self-learner finding 6: Lumière Opticians' customers buy every 2–3 years but RFM scores look at
 * 12 months, so half the loyal base is « Inactif ». The charts say it next to the RFM grid for such a
 * shop (not for the bakery), and the glossary's segments card says it.
 */
import { render, screen } from '@testing-library/svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import ChartsScreen from '../../../src/ui/charts/ChartsScreen.svelte';
import { runSimulation } from '../../../src/engine/index.ts';
import { setLocale, t } from '../../../src/i18n/locale.svelte.ts';
import { longPurchaseCycle } from '../../../src/ui/charts/longCycle.ts';
import { shippedScenarioList } from '../../unit/app/testServices.ts';

const shop = (id: string) => shippedScenarioList().find((s) => s.id === id)!;

describe('RFM window and a long purchase cycle', () => {
  beforeEach(() => setLocale('fr'));

  it('only the optician among the shipped shops buys far apart next to the 12-month window', () => {
    expect(longPurchaseCycle(shop('optique-lumiere'))).toEqual({ months: 10 });
    for (const id of ['boulangerie-du-marche', 'cosmetiques-en-ligne', 'sport-et-cimes']) expect(longPurchaseCycle(shop(id))).toBeNull();
  });

  it('the charts explain it under the optician’s RFM grid, not under the bakery’s', () => {
    const optician = shop('optique-lumiere');
    const kpis = runSimulation(optician, { seed: optician.defaultSeed, ticks: 2, decisions: [] }).reports.map((r) => r.kpis);
    const first = render(ChartsScreen, { scenario: optician, kpis });
    expect(screen.getByTestId('rfm-window-note')).toHaveTextContent(/ne regardent que les 12 derniers mois/);
    expect(screen.getByTestId('rfm-window-note')).toHaveTextContent(/tous les 10 mois environ/);
    first.unmount();
    const bakery = shop('boulangerie-du-marche');
    render(ChartsScreen, { scenario: bakery, kpis: runSimulation(bakery, { seed: bakery.defaultSeed, ticks: 2, decisions: [] }).reports.map((r) => r.kpis) });
    expect(screen.queryByTestId('rfm-window-note')).toBeNull();
  });

  it('the segments card of the glossary says it, in both languages', async () => {
    expect(t('glossaryCards.segments.body')).toMatch(/tous les 2 ou 3 ans \(un opticien\)/);
    await setLocale('en');
    expect(t('glossaryCards.segments.body')).toMatch(/every 2 or 3 years \(an optician\)/);
  });
});
