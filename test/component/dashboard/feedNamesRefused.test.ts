/**
 * QA hqa F9: the feed « Ce qui s’est passé » said « 1 action refusée par la simulation : budget insuffisant. » without
 * saying which, while the refusal notice and the « Et si… ? » report name it. It now names each refused action, its
 * type and target in the words of app/actionText.ts describeAction (the report's), from the run's decisions; without
 * them, the count and the reasons as before. Real engine run of the shipped bakery.
 */
import { readFileSync } from 'node:fs';
import { render, screen, within } from '@testing-library/svelte';
import { beforeAll, afterEach, describe, expect, it } from 'vitest';
import { runSimulation } from '../../../src/engine/index.ts';
import { decisionsLogSchema } from '../../../src/engine/decisions.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { parseScenario } from '../../../src/scenario/load.ts';
import EventFeed from '../../../src/ui/dashboard/EventFeed.svelte';
import DashboardScreen from '../../../src/ui/dashboard/DashboardScreen.svelte';
import { loadDashboardResults } from '../../../src/ui/dashboard/dashboardResultsCode.ts';

// the dashboard's view of the periods played is fetched apart (dashboardResultsCode.ts): here it is there before the first render
beforeAll(async () => {
  await loadDashboardResults();
});

const parsed = parseScenario(JSON.parse(readFileSync('scenarios/boulangerie-du-marche.json', 'utf8')));
if (!parsed.ok) throw new Error('bakery');
const bakery = parsed.scenario;
const decisions = decisionsLogSchema.parse([
  {
    tick: 0,
    actions: [
      // the whole budget on flyers, then a loyalty-card collection the budget cannot pay
      { type: 'acquisition', channel: 'flyers', budget: 4000 },
      { type: 'collecteDonnees', instrument: 'carteFidelite', target: { segments: ['bon'] } },
    ],
  },
]);
const run = runSimulation(bakery, { seed: bakery.defaultSeed, ticks: 2, decisions });
const kpis = run.reports.map((r) => r.kpis);
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

function weekOneLines(withDecisions: boolean): string[] {
  render(EventFeed, { scenario: bakery, kpis, reports: run.reports, ...(withDecisions ? { decisions } : {}) });
  const week = screen.getByRole('heading', { level: 4, name: /1$/ }).closest('li')!;
  return within(week)
    .getAllByRole('listitem')
    .map((li) => plain(li.textContent));
}

afterEach(() => setLocale('fr'));

describe('the event feed names a refused action', () => {
  it('the collection was refused for budget, the flyers ran', () => {
    expect(run.reports[0].rejected).toEqual([{ actionIndex: 1, reason: 'budgetInsuffisant' }]);
  });

  it('says which action was refused, with its target, as the report does', () => {
    const lines = weekOneLines(true);
    expect(lines).toContain('Action refusée par la simulation (Collecte de données : Carte de fidélité, cible : Bon client) : budget insuffisant.');
    expect(lines.some((l) => l.startsWith('1 action refusée'))).toBe(false);
  });

  it('in English too', async () => {
    await setLocale('en');
    const lines = weekOneLines(true);
    expect(lines.some((l) => l.startsWith('Action refused by the simulation (') && l.endsWith('): not enough budget.'))).toBe(true);
  });

  it('the dashboard hands the run’s decisions to its feed', () => {
    render(DashboardScreen, { scenario: bakery, kpis, reports: run.reports, decisions });
    const feed = screen.getByRole('region', { name: 'Ce qui s’est passé' });
    expect(plain(feed.textContent)).toContain('Action refusée par la simulation (Collecte de données : Carte de fidélité, cible : Bon client) : budget insuffisant.');
  });

  it('without the decisions, the count and the reason as before', () => {
    expect(weekOneLines(false)).toContain('1 action refusée par la simulation : budget insuffisant.');
  });
});
