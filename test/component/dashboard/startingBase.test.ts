/**
 * QA self-learner finding 30: at period 0 the dashboard said only « Aucune période simulée » and every
 * objective « pas encore mesuré », though the shop's base is known from the start. It now shows the
 * starting base (active and dormant customers, segment sizes) and the objectives' starting value where
 * the initial state gives it; the first period's figures (active customers) agree with it.
 */
import { render, screen, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import DashboardScreen from '../../../src/ui/dashboard/DashboardScreen.svelte';
import { createSimulation, customerRecord, runSimulation } from '../../../src/engine/index.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { startingBase } from '../../../src/ui/dashboard/startingBase.ts';
import { shippedScenarioList } from '../../unit/app/testServices.ts';

const norm = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');
const optician = shippedScenarioList().find((s) => s.id === 'optique-lumiere')!;

function initialRecords() {
  const state = createSimulation(optician, { seed: optician.defaultSeed });
  return Array.from({ length: state.n }, (_, i) => customerRecord(state, i));
}

describe('dashboard before the first period', () => {
  beforeEach(() => setLocale('fr'));

  it('shows the starting base and the active-customers objective’s starting value, not « pas encore mesuré »', async () => {
    const records = initialRecords();
    const base = startingBase(records);
    expect(base.active).toBeGreaterThan(0);
    render(DashboardScreen, { scenario: optician, kpis: [], reports: [], startRecords: async () => records });
    const start = await screen.findByRole('region', { name: 'Point de départ' });
    // a monthly shop: « Avant le mois 1 », not « Avant la première période »
    expect(norm(start.textContent)).toContain('Avant le mois 1, voici la base clients du magasin');
    expect(norm(start.textContent)).toContain(`Clients actifs (nouveaux et actifs) : ${norm(base.active.toLocaleString('fr-FR'))}`);
    expect(norm(start.textContent)).toContain(`Clients dormants : ${norm(base.dormant.toLocaleString('fr-FR'))}`);
    const table = within(start).getByRole('table', { name: /^Segments RFM au départ/ });
    expect(
      within(table).getByRole('row', { name: new RegExp(`^Très bon client ${norm(base.segments.tresBon.toLocaleString('fr-FR'))}$`) }),
    ).toBeInTheDocument();
    const active = optician.objectives.find((o) => o.metric === 'activeCustomers')!;
    const item = document.querySelector(`[data-objective="${active.id}"]`)!;
    expect(norm(item.textContent)).toContain(`Valeur actuelle : ${norm(base.active.toLocaleString('fr-FR'))}`);
    // the first period's KPI starts from the same base
    const first = runSimulation(optician, { seed: optician.defaultSeed, ticks: 1, decisions: [] }).reports[0].kpis;
    expect(Math.abs(first.activeCustomers - base.active)).toBeLessThan(base.active * 0.1);
  });

  it('says it in English too', async () => {
    await setLocale('en');
    const records = initialRecords();
    render(DashboardScreen, { scenario: optician, kpis: [], reports: [], startRecords: async () => records });
    const start = await screen.findByRole('region', { name: 'Starting point' });
    expect(within(start).getByRole('table', { name: /^RFM segments at the start/ })).toBeInTheDocument();
  });

  // « se mesurent à la fin de la première période » beside « Avant le mois 1 »: the shop's unit, in both languages
  it.each([
    { lang: 'fr', unit: 'week', end: 'se mesurent à la fin de la semaine 1.' },
    { lang: 'fr', unit: 'month', end: 'se mesurent à la fin du mois 1.' },
    { lang: 'en', unit: 'week', end: 'are measured at the end of week 1.' },
    { lang: 'en', unit: 'month', end: 'are measured at the end of month 1.' },
  ] as const)('says when the other objectives are first measured in the shop’s unit ($lang, $unit)', async (c) => {
    await setLocale(c.lang);
    const records = initialRecords();
    render(DashboardScreen, { scenario: { ...optician, tickUnit: c.unit }, kpis: [], reports: [], startRecords: async () => records });
    const start = await screen.findByRole('region', { name: c.lang === 'fr' ? 'Point de départ' : 'Starting point' });
    expect(norm(start.textContent)).toContain(c.end);
    expect(norm(start.textContent)).not.toMatch(/période|period/);
  });
});
