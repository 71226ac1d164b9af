/** The debrief screen: every section, graded objectives, departures with course links, decisions timeline, print. */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import DebriefScreen from '../../../src/ui/debrief/DebriefScreen.svelte';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import type { DecisionsLog } from '../../../src/engine/decisions.ts';
import type { TickReport } from '../../../src/engine/types.ts';
import { engineRun } from '../../fixtures/engineRun.ts';
import { makeKpiSeries } from '../../fixtures/kpis.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';

const scenario = fixtureScenario();
const kpis = makeKpiSeries(12, (k) => ({ ...k, programmes: k.programmes.map((p) => ({ ...p, endTick: k.tick >= 6 ? 6 : undefined })) }));
const decisions: DecisionsLog = [
  { tick: 0, actions: [{ type: 'financier', instrument: 'coupon', discountRate: 0.1, target: { segments: ['tresBon'] } }] },
  { tick: 6, actions: [{ type: 'arreterProgramme', programmeId: '0:0' }, { type: 'acquisition', channel: 'flyers', budget: 50_000 }] },
];
const reports = [{ tick: 6, rejected: [{ actionIndex: 1, reason: 'budgetInsuffisant' }] }] as unknown as TickReport[];

describe('DebriefScreen', () => {
  beforeEach(() => setLocale('fr'));

  it('has every section of the report', () => {
    render(DebriefScreen, { scenario, kpis, reports, decisions });
    expect(screen.getByRole('heading', { level: 2, name: /^Bilan — / })).toBeInTheDocument();
    expect(screen.getByText('Partie terminée : bilan des 12 semaines.')).toBeInTheDocument();
    // neutral: the class view opens this Bilan for the teacher too, where « votre magasin » spoke to the wrong reader (QA class 15)
    expect(screen.getByText(/^Ce qui s’est passé dans le magasin, pourquoi/)).toBeInTheDocument();
    for (const name of [
      'Objectifs du scénario',
      'La partie en chiffres',
      'Pourquoi des clients sont partis',
      'Effet de chaque action de fidélisation',
      'Coûts et retour sur investissement',
      'Satisfaction réelle et satisfaction mesurée (notes moyennes)',
      'Ce que dit le cours',
      'Les décisions, semaine par semaine',
    ])
      expect(screen.getByRole('region', { name })).toBeInTheDocument();
  });

  it('grades the objectives with points and the period they were checked', () => {
    render(DebriefScreen, { scenario, kpis, reports, decisions });
    const section = screen.getByRole('region', { name: 'Objectifs du scénario' });
    const row = within(section).getByRole('row', { name: /Au moins 150 clients actifs en semaine 8/ });
    expect(row).toHaveTextContent('Atteint');
    expect(row).toHaveTextContent('Semaine 8');
    expect(within(section).getByText(/Points gagnés : \d+ sur 4/)).toBeInTheDocument();
  });

  it('shows the customers as a balance that adds up, split into active and dormant now (real engine run)', () => {
    const run = engineRun(8);
    render(DebriefScreen, { scenario: run.scenario, kpis: run.kpis, reports: run.reports, decisions: run.decisions });
    const table = screen.getByRole('table', { name: frenchText`Les clients (actifs ou dormants) : au départ + recrutés − perdus = maintenant` });
    const count = (name: RegExp) => Number(within(table).getByRole('row', { name }).querySelector('td')!.textContent!.replace(/\D/g, ''));
    const start = count(/^Clients au départ/);
    const recruited = count(/^\+ clients recrutés/);
    const lost = count(/^− clients perdus/);
    const now = count(/^= clients maintenant/);
    const active = count(/^dont clients actifs/);
    const dormant = count(/^dont clients dormants/);
    expect(start + recruited - lost).toBe(now);
    expect(active + dormant).toBe(now);
    expect(active).toBe(run.kpis[run.kpis.length - 1].activeCustomers);
    expect(lost).toBeGreaterThan(0);
  });

  it('lists departure causes with a glossary link for each', () => {
    render(DebriefScreen, { scenario, kpis, reports, decisions });
    const section = screen.getByRole('region', { name: 'Pourquoi des clients sont partis' });
    const row = within(section).getByRole('row', { name: /Concurrence/ });
    expect(row).toHaveTextContent('Rencontre puis rupture');
    expect(within(row).getByRole('button', { name: /Schéma de l’infidélité|schéma de l'infidélité/i })).toBeInTheDocument();
  });

  it('gives every departure share with one decimal, right-aligned like the other number columns', () => {
    render(DebriefScreen, { scenario, kpis, reports, decisions });
    const section = screen.getByRole('region', { name: 'Pourquoi des clients sont partis' });
    const rows = within(section).getAllByRole('row').slice(1);
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) {
      const share = within(row).getAllByRole('cell')[1];
      expect(share.textContent).toMatch(/^\d+,\d\s%$/u);
      expect(share).toHaveClass('num');
    }
  });

  it('says what the course says, with links to the cards', async () => {
    const user = userEvent.setup();
    render(DebriefScreen, { scenario, kpis, reports, decisions });
    const section = screen.getByRole('region', { name: 'Ce que dit le cours' });
    const stopped = within(section).getByText(/Le magasin a arrêté son avantage financier \(Bons de réduction\)/).closest('li')!;
    const link = within(stopped).getByRole('button');
    await user.click(link);
    expect(await within(stopped).findByRole('dialog')).toBeInTheDocument();
    expect(within(section).getByText(/accordée aux très bons clients/)).toBeInTheDocument();
  });

  it('names the timeline in a monthly shop’s months, never « période » (periodWords34b), in English too', async () => {
    render(DebriefScreen, { scenario: { ...scenario, tickUnit: 'month' }, kpis, reports, decisions });
    const section = screen.getByRole('region', { name: 'Les décisions, mois par mois' });
    expect(within(section).getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual(['Mois 1', 'Mois 7']);
    await setLocale('en');
    expect(await screen.findByRole('region', { name: 'The decisions, month by month' })).toBeInTheDocument();
    await setLocale('fr');
  });

  it('puts the decisions on a timeline with period labels and refused actions', () => {
    render(DebriefScreen, { scenario, kpis, reports, decisions });
    const section = screen.getByRole('region', { name: 'Les décisions, semaine par semaine' });
    const periods = within(section).getAllByRole('heading', { level: 4 }).map((h) => h.textContent);
    expect(periods).toEqual(['Semaine 1', 'Semaine 7']);
    expect(within(section).getByText(/Bons de réduction, remise de 10/)).toHaveTextContent('cible : segment « Très bon client »');
    expect(within(section).getByText(/Avantage financier — Bons de réduction, lancé la semaine 1/)).toBeInTheDocument();
    expect(within(section).getByText(/refusée : budget insuffisant/)).toBeInTheDocument();
  });

  it('reveals true satisfaction next to the surveys', () => {
    render(DebriefScreen, { scenario, kpis, reports, decisions });
    const section = screen.getByRole('region', { name: 'Satisfaction réelle et satisfaction mesurée (notes moyennes)' });
    expect(within(section).getByText(/Révélé au bilan/)).toBeInTheDocument();
    // a mean score, not the course's « taux de satisfaction » (QA qa25 F1)
    expect(within(section).getByText(/^Ces valeurs sont des notes moyennes ramenées sur 100 .*pas la part de clients satisfaits\.$/)).toBeInTheDocument();
    expect(within(section).getByRole('row', { name: /Semaine 4/ })).toHaveTextContent('oui');
  });

  it('prints, and offers the result file only when the app gives a way to build it', async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const { unmount } = render(DebriefScreen, { scenario, kpis, reports, decisions });
    await user.click(screen.getByRole('button', { name: 'Imprimer ou enregistrer en PDF' }));
    expect(print).toHaveBeenCalled();
    expect(screen.queryByRole('button', { name: 'Exporter le fichier de résultat' })).toBeNull();
    unmount();
    const onexportresult = vi.fn();
    render(DebriefScreen, { scenario, kpis, reports, decisions, onexportresult });
    await user.click(screen.getByRole('button', { name: 'Exporter le fichier de résultat' }));
    expect(onexportresult).toHaveBeenCalledOnce();
  });

  it('waits for a first period before reporting, said in the shop’s unit (a weekly and a monthly shop)', () => {
    const { unmount } = render(DebriefScreen, { scenario, kpis: [], reports: [], decisions: [] });
    expect(screen.getByText('Rien n’a encore été joué : le bilan sera disponible après la semaine 1.', { normalizer: (s) => s.replace(/[\u00a0\u202f]/g, ' ') })).toBeInTheDocument();
    unmount();
    render(DebriefScreen, { scenario: { ...scenario, tickUnit: 'month' }, kpis: [], reports: [], decisions: [] });
    expect(screen.getByText('Rien n’a encore été joué : le bilan sera disponible après le mois 1.', { normalizer: (s) => s.replace(/[\u00a0\u202f]/g, ' ') })).toBeInTheDocument();
  });
});
