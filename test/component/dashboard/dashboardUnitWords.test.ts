/**
 * QA qa32optician m1: a monthly shop's dashboard read « Situation à la fin de la période : Mois 1 », « du début de période …
 * pendant la période », « ce que cette période pourra dépenser », « CA de cette période », « nouveaux clients de la période »
 * beside « mois » everywhere else. The shop's unit now (decisions.tickWords), for a weekly and a monthly shop, fr and en.
 */
import { render, screen, within } from '@testing-library/svelte';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import DashboardScreen from '../../../src/ui/dashboard/DashboardScreen.svelte';
import { createSimulation, stepSimulation } from '../../../src/engine/index.ts';
import type { TickKpis } from '../../../src/engine/types.ts';
import type { Scenario } from '../../../src/scenario/schema.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { shippedScenarioList } from '../../unit/app/testServices.ts';
import { loadDashboardResults } from '../../../src/ui/dashboard/dashboardResultsCode.ts';
import { feedText } from '../../../src/ui/dashboard/feedText.ts';
import type { FeedItem } from '../../../src/ui/dashboard/eventFeed.ts';
import ProgrammesTable from '../../../src/ui/dashboard/ProgrammesTable.svelte';
import { makeKpiSeries } from '../../fixtures/kpis.ts';

beforeAll(async () => {
  await loadDashboardResults();
});
afterEach(() => setLocale('fr'));

const shop = (id: string) => shippedScenarioList().find((s) => s.id === id)!;
const bakery = shop('boulangerie-du-marche');
const optician = shop('optique-lumiere');
function played(scenario: Scenario): TickKpis[] {
  const state = createSimulation(scenario, { seed: 1907 });
  const kpis: TickKpis[] = [];
  for (let t = 0; t < 3; t++) kpis.push(stepSimulation(state, scenario, []).kpis);
  return kpis;
}
const spaces = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

describe('the dashboard names the shop’s unit, never « période »', () => {
  const cases = [
    { scenario: bakery, fr: { asOf: 'Situation à la fin de la semaine 3', spend: 'ce que cette semaine pourra dépenser', ca: 'CA de cette semaine =' }, en: { asOf: 'Situation at the end of week 3', spend: 'what that week can spend', ca: 'Turnover this week =' } },
    { scenario: optician, fr: { asOf: 'Situation à la fin du mois 3', spend: 'ce que ce mois pourra dépenser', ca: 'CA de ce mois =' }, en: { asOf: 'Situation at the end of month 3', spend: 'what that month can spend', ca: 'Turnover this month =' } },
  ];
  for (const c of cases) {
    it(`${c.scenario.tickUnit}ly shop, in French: date, budget line, levers, rate helps`, () => {
      render(DashboardScreen, { scenario: c.scenario, kpis: played(c.scenario), reports: [] });
      expect(screen.getByText(c.fr.asOf)).toBeInTheDocument();
      const card = screen.getByRole('region', { name: /^Budget restant/ });
      expect(spaces(within(card).getByTestId('budget-available').textContent)).toContain(c.fr.spend);
      expect(spaces(screen.getByTestId('this-period').textContent)).toContain(c.fr.ca);
      const of = c.scenario.tickUnit === 'week' ? 'de la semaine' : 'du mois';
      const the = c.scenario.tickUnit === 'week' ? 'la semaine' : 'le mois';
      const body = spaces(document.body.innerHTML);
      expect(body).toContain(`part des clients (actifs ou dormants) du début ${of} perdus pendant ${the}`);
      expect(body).toContain(`part des clients (actifs ou dormants) du début ${of} qui ne sont pas perdus à la fin`);
      expect(body).not.toMatch(/période/);
    });
    it(`${c.scenario.tickUnit}ly shop, in English`, async () => {
      await setLocale('en');
      render(DashboardScreen, { scenario: c.scenario, kpis: played(c.scenario), reports: [] });
      expect(screen.getByText(c.en.asOf)).toBeInTheDocument();
      const card = screen.getByRole('region', { name: /^Budget left/ });
      expect(spaces(within(card).getByTestId('budget-available').textContent)).toContain(c.en.spend);
      expect(spaces(screen.getByTestId('this-period').textContent)).toContain(c.en.ca);
      expect(spaces(document.body.innerHTML)).toContain(`at the start of the ${c.scenario.tickUnit} lost during it`);
    });
  }
});

describe('the event feed names the shop’s unit', () => {
  const wave: FeedItem = { kind: 'complaintWave', tick: 2, complaints: 30, resolved: 20, usual: 10 };
  const campaigns: FeedItem = { kind: 'campaigns', tick: 2, channels: [{ channel: 'flyers' as never, spend: 500, recruits: 3 }] };
  const unpaid: FeedItem = { kind: 'complaintsUnpaid', tick: 2, count: 2, paid: 40, unit: 20 };
  it('weekly and monthly, in French and English', () => {
    const fr = (item: FeedItem, tickUnit: 'week' | 'month') => spaces(feedText('fr', item, { tickUnit }));
    const en = (item: FeedItem, tickUnit: 'week' | 'month') => spaces(feedText('en', item, { tickUnit }));
    expect(fr(wave, 'week')).toMatch(/^Vague de réclamations : 30 cette semaine/);
    expect(fr(wave, 'month')).toMatch(/^Vague de réclamations : 30 ce mois/);
    expect(en(wave, 'month')).toMatch(/^Complaint wave: 30 this month/);
    expect(fr(campaigns, 'week')).toContain('comptées parmi les nouveaux clients de la semaine.');
    expect(fr(campaigns, 'month')).toContain('comptées parmi les nouveaux clients du mois.');
    expect(en(campaigns, 'month')).toContain('counted among the month’s new customers.');
    expect(fr(unpaid, 'week')).toContain('leur coût estimé de la semaine');
    expect(fr(unpaid, 'month')).toContain('Le budget restant à la fin du mois');
    expect(en(unpaid, 'week')).toContain('at the end of the week can be higher');
    for (const item of [wave, campaigns, unpaid]) for (const u of ['week', 'month'] as const) expect(fr(item, u) + en(item, u)).not.toMatch(/périod|period/);
  });
});

describe('the programmes’ link to the charts’ comparison names the shop’s unit', () => {
  const programme = { ...makeKpiSeries(1)[0].programmes[0], controlGroup: 150 };
  it('« semaine par semaine », « mois par mois », « week by week »', async () => {
    const { unmount } = render(ProgrammesTable, { programmes: [programme], tickUnit: 'week' });
    expect(screen.getByRole('link', { name: /^Voir, semaine par semaine, la marge par client des membres/ })).toBeInTheDocument();
    unmount();
    const again = render(ProgrammesTable, { programmes: [programme], tickUnit: 'month' });
    expect(screen.getByRole('link', { name: /^Voir, mois par mois, la marge/ })).toBeInTheDocument();
    again.unmount();
    await setLocale('en');
    render(ProgrammesTable, { programmes: [programme], tickUnit: 'month' });
    expect(screen.getByRole('link', { name: /^See, month by month, the members’ margin/ })).toBeInTheDocument();
  });
});
