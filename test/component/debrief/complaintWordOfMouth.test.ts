/**
 * Both halves of what unresolved complaints cost (QA verify3 V5): under « ignorer » the bakery loses fewer
 * customers in departures than under « rapide » (the complainers who leave are few), but its unhappy
 * customers' word of mouth turns many would-be customers away. The Bilan's « Pourquoi des clients sont
 * partis », its complaint finding and the dashboard's « Nouveaux clients » card (and its « Comment est-ce
 * calculé ? ») now give « Clients détournés par le bouche-à-oreille négatif » beside the departures
 * « Réclamation mal traitée », with the rule; nothing for a game saved before the KPIs recorded them.
 */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeAll, afterEach, describe, expect, it } from 'vitest';
import type { TickKpis } from '../../../src/engine/types.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import DashboardScreen from '../../../src/ui/dashboard/DashboardScreen.svelte';
import DebriefScreen from '../../../src/ui/debrief/DebriefScreen.svelte';
import { makeKpiSeries } from '../../fixtures/kpis.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';
import { loadDashboardResults } from '../../../src/ui/dashboard/dashboardResultsCode.ts';

// the dashboard's view of the periods played is fetched apart (dashboardResultsCode.ts): here it is there before the first render
beforeAll(async () => {
  await loadDashboardResults();
});

const norm = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ');

/**
 * Two periods of a shop that ignores its complaints: 178 unresolved of 178, 23 complainers left, 216,4 would-be
 * customers turned away (both periods capped at their expected walk-ins: 113,1 is less than 92 × 1,3).
 */
function ignoring(recorded = true): TickKpis[] {
  return makeKpiSeries(2, (k) => {
    const [complaints, left, deterred] = k.tick === 0 ? [92, 11, 113.1] : [86, 12, 103.34];
    const out: TickKpis = {
      ...k,
      complaints,
      complaintsResolved: 0,
      complaintsResolvedFast: 0,
      departuresByCause: { ...k.departuresByCause, reclamationMalTraitee: left },
      lost: k.lost + left,
    };
    if (recorded) out.deterredByComplaints = deterred;
    return out;
  });
}

const bilan = (kpis: TickKpis[], decisions: { tick: number; actions: { type: 'politiqueReclamations'; level: 'ignorer' }[] }[] = []) =>
  render(DebriefScreen, { scenario: fixtureScenario(), kpis, reports: [], decisions });

afterEach(() => setLocale('fr'));

describe('the Bilan gives the customers turned away by unresolved complaints beside those who left', () => {
  it('under « Pourquoi des clients sont partis », with how it is computed', () => {
    bilan(ignoring());
    const section = screen.getByRole('region', { name: 'Pourquoi des clients sont partis' });
    const block = within(section).getByTestId('complaint-word-of-mouth');
    const [figure, how] = within(block).getAllByRole('paragraph');
    expect(norm(figure.textContent)).toMatch(/^Clients détournés par le bouche-à-oreille négatif : 216, à comparer à 23 départs « Réclamation mal traitée »\. Ils ne sont pas dans les départs ci-dessus/);
    expect(norm(how.textContent)).toBe(
      'Comment est-ce calculé ? Chaque réclamation non résolue (ici 178 en tout) est racontée à 10 personnes environ, dont 13 % renoncent à venir : 1,3 arrivée spontanée de moins par réclamation, jamais plus que les arrivées attendues de la semaine. Les 10 personnes sont une hypothèse du simulateur (d’après TARP) ; le nombre est une moyenne attendue, arrondie.',
    );
    // the departures' own row is there too, for the comparison
    expect(within(section).getByRole('row', { name: /Réclamation mal traitée 23/ })).toBeInTheDocument();
  });

  it('in English too', async () => {
    await setLocale('en');
    bilan(ignoring());
    const block = screen.getByTestId('complaint-word-of-mouth');
    const [figure, how] = within(block).getAllByRole('paragraph');
    expect(norm(figure.textContent)).toMatch(/^Customers turned away by negative word of mouth: 216, against 23 departures “Complaint badly handled”\. They are not in the departures above/);
    expect(norm(how.textContent)).toMatch(/^How is this computed\? Each unresolved complaint \(178 in all here\) is told to about 10 people, 13% of whom stay away: 1\.3 fewer walk-ins per complaint, never more than the walk-ins expected in a week\./);
  });

  it('the complaint policy finding says both halves: ignoring loses ten times more complainers and drives away would-be customers (concepts audit C2)', async () => {
    bilan(ignoring(), [{ tick: 0, actions: [{ type: 'politiqueReclamations', level: 'ignorer' }] }]);
    const course = screen.getByRole('region', { name: 'Ce que dit le cours' });
    const finding = within(course).getByText(/^La politique de réclamations/);
    expect(norm(finding.textContent)).toContain(
      '23 clients sont partis après une réclamation mal traitée ; 216 clients détournés par le bouche-à-oreille négatif. Une réclamation traitée vite et bien garde la plupart des clients ; ignorée, elle fait partir dix fois plus de plaignants et fuir les clients que le mécontent aurait pu amener au magasin.',
    );
    await setLocale('en');
    expect(norm(within(course).getByText(/^The complaint policy/).textContent)).toContain(
      '23 customers left after a badly handled complaint; 216 customers turned away by negative word of mouth. A complaint handled fast and well keeps most customers; ignored, it loses ten times more complainers and drives away the customers the unhappy one could have brought to the shop.',
    );
  });

  it('says nothing of them for a game saved before they were recorded', () => {
    bilan(ignoring(false));
    expect(screen.queryByTestId('complaint-word-of-mouth')).not.toBeInTheDocument();
    expect(norm(screen.getByRole('region', { name: 'Ce que dit le cours' }).textContent)).not.toContain('détourné');
  });
});

describe('the dashboard gives them on the « Nouveaux clients » card and in its « Comment est-ce calculé ? »', () => {
  it('since the start beside the departures, and the period’s from its rule', async () => {
    const user = userEvent.setup();
    render(DashboardScreen, { scenario: fixtureScenario(), kpis: ignoring(), reports: [] });
    const card = screen.getByRole('region', { name: /^Nouveaux clients/ });
    expect(norm(within(card).getByTestId('complaint-word-of-mouth').textContent).trim()).toBe(
      'Clients détournés par le bouche-à-oreille négatif : 216 depuis le début (départs « Réclamation mal traitée » : 23)',
    );
    await user.click(within(card).getByRole('button', { name: /Comment est-ce calculé\u202f\? \(Nouveaux clients\)/ }));
    const period = await within(card).findByText(/^Clients détournés par le bouche-à-oreille négatif cette semaine/);
    expect(norm(period.textContent)).toMatch(
      /^Clients détournés par le bouche-à-oreille négatif cette semaine : réclamations non résolues 86 × personnes à qui chacune est racontée 10 × part qui renonce à venir 13 % = 111,8, plus que les arrivées spontanées attendues \(103,3\)/,
    );
    expect(norm(within(card).getByText(/^Depuis le début : clients détournés/).textContent)).toMatch(
      /^Depuis le début : clients détournés par le bouche-à-oreille négatif 216, départs « Réclamation mal traitée » 23\./,
    );
  });

  it('in English, with the rule itself when the walk-ins were not all turned away', async () => {
    await setLocale('en');
    const user = userEvent.setup();
    const kpis = ignoring().map((k) => (k.tick === 1 ? { ...k, complaints: 3, deterredByComplaints: 3.9 } : k));
    render(DashboardScreen, { scenario: fixtureScenario(), kpis, reports: [] });
    const card = screen.getByRole('region', { name: /^New customers/ });
    expect(norm(within(card).getByTestId('complaint-word-of-mouth').textContent).trim()).toBe(
      'Customers turned away by negative word of mouth: 117 since the start (departures “Complaint badly handled”: 23)',
    );
    await user.click(within(card).getByRole('button', { name: /How is this computed\? \(New customers\)/ }));
    const period = await within(card).findByText(/^Customers turned away by negative word of mouth this week/);
    expect(norm(period.textContent)).toBe(
      'Customers turned away by negative word of mouth this week = unresolved complaints 3 × people each is told to 10 × share who stay away 13% = 3.9 fewer walk-ins expected.',
    );
  });

  it('shows nothing of them for a game saved before they were recorded', () => {
    render(DashboardScreen, { scenario: fixtureScenario(), kpis: ignoring(false), reports: [] });
    expect(screen.queryByTestId('complaint-word-of-mouth')).not.toBeInTheDocument();
  });
});
