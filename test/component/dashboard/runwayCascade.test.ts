/**
 * QA play F10: with four programmes the budget cannot pay, the runway named one programme at a time (the small offer that
 * stops first), and the relance stopped the week after was announced only one period ahead though it was foreseeable.
 * The runway now names every programme the budget will stop and when, in the order the engine stops them, every week
 * (then, QA learner 1, a stop the customers' purchases may bring sooner).
 * The tester's plan: bakery, seed 1907, week 1: coupons « Futur non-client », club « Très bon », relance « Bon », offre
 * sur mesure « Nouveau », complaints « Rapide », a 100-answer survey, 500 € of flyers.
 */
import { render, screen } from '@testing-library/svelte';
import { beforeAll, afterEach, describe, expect, it } from 'vitest';
import DashboardScreen from '../../../src/ui/dashboard/DashboardScreen.svelte';
import { createSimulation, nextTickReserves, stepSimulation } from '../../../src/engine/index.ts';
import type { ProgrammeReserve } from '../../../src/engine/budgetReserve.ts';
import type { Action } from '../../../src/engine/decisions.ts';
import type { TickKpis } from '../../../src/engine/types.ts';
import { baseRetentionPerPeriod, complaintCostPerPeriod, programmesRunway } from '../../../src/app/programmesRunway.ts';
import { runwayNotice } from '../../../src/ui/decisions/runwayNotice.ts';
import { translate, type Locale, type MessageKey, type Params } from '../../../src/i18n/translate.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { shippedScenarioList } from '../../unit/app/testServices.ts';
import { loadDashboardResults } from '../../../src/ui/dashboard/dashboardResultsCode.ts';

// the dashboard's view of the periods played is fetched apart (dashboardResultsCode.ts): here it is there before the first render
beforeAll(async () => {
  await loadDashboardResults();
});

const norm = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');
const bakery = shippedScenarioList().find((s) => s.id === 'boulangerie-du-marche')!;
const plan = [
  { type: 'financier', instrument: 'coupon', discountRate: 0.1, target: { segments: ['futurNonClient'] } },
  { type: 'lienSocial', instrument: 'club', target: { segments: ['tresBon'] } },
  { type: 'personnalisation', instrument: 'relancePersonnalisee', target: { segments: ['bon'] } },
  { type: 'customisation', instrument: 'offreSurMesure', target: { segments: ['nouveau'] } },
  { type: 'politiqueReclamations', level: 'rapide' },
  { type: 'enquete', instrument: 'questionnaire', sampleSize: 100 },
  { type: 'acquisition', channel: 'flyers', budget: 500 },
] as Action[];

/** each week's KPIs and the engine's reserves for the next one, weeks 1 to 8 */
const state = createSimulation(bakery, { seed: 1907 });
const weeks: { kpis: TickKpis[]; reserves: ProgrammeReserve[] }[] = [];
const played: TickKpis[] = [];
for (let tick = 0; tick < 8; tick++) {
  played.push(stepSimulation(state, bakery, tick === 0 ? plan : []).kpis);
  weeks.push({ kpis: [...played], reserves: nextTickReserves(state, bakery) });
}

function notice(week: number, locale: Locale): string {
  const { kpis, reserves } = weeks[week - 1];
  const now = kpis[kpis.length - 1];
  const t = (key: MessageKey, params?: Params) => translate(locale, key, params);
  const view = programmesRunway({
    reserves,
    running: now.programmes,
    budgetLeft: now.budgetLeft,
    refill: bakery.budget.perTick,
    complaintCost: complaintCostPerPeriod(kpis),
    periodsLeft: bakery.durationTicks - (now.tick + 1),
    tick: now.tick + 1,
    tickUnit: 'week',
    // as the dashboard: the members of a programme without control group leave as the base does
    baseRetention: baseRetentionPerPeriod(kpis),
  });
  const n = runwayNotice(view, t)!;
  return norm(translate(locale, n.key, n.params));
}

describe('the budget runway names the whole cascade', () => {
  afterEach(() => setLocale('fr'));

  it('names both the offer and the relance, in the engine’s order, every week until the first stop', () => {
    // the engine stops the offer at week 7 and the relance at week 8 (the Bilan's « arrêté faute de budget »)
    const stops = (id: string) => played.flatMap((k) => k.programmes.filter((p) => p.id === id && p.suspendedMembers !== undefined).map((p) => p.endTick));
    expect(stops('0:3')[0]).toBe(6);
    expect(stops('0:2')[0]).toBe(7);
    for (let week = 2; week <= 5; week++) {
      const text = notice(week, 'fr');
      expect(text).toMatch(
        /^Estimation \(coût actuel par membre, départs de membres au rythme observé jusqu’ici\) : le budget paiera « Customisation — Offre sur mesure \(lancée? la semaine 1\) » encore \d semaines?\. Dès la semaine 7/,
      );
      expect(text).toMatch(
        /Ensuite, le budget ne suffira toujours pas : arrêt aussi de « Personnalisation — Relance personnalisée \(lancée? la semaine 1\) » dès la semaine 8\.( Selon les achats des clients.*)?$/,
      );
    }
    // the week before the first stop: « la semaine suivante », the relance still named after it
    expect(notice(6, 'fr')).toMatch(
      /ne pourra pas payer « Customisation — Offre sur mesure .* » la semaine suivante .* arrêt aussi de « Personnalisation — Relance personnalisée .* » dès la semaine 8\.( Selon les achats des clients.*)?$/,
    );
  });

  it('in English too', () => {
    expect(notice(3, 'en')).toMatch(/^Estimate \(today’s cost per member, members leaving at the pace seen so far\): the budget will pay /);
    expect(notice(3, 'en')).toMatch(
      /From week 7 it no longer can: stopped for lack of budget, for good\. After that the budget will still not be enough: it will also stop “Personalisation — Personalised reminder .*” from week 8\.( Depending on what customers buy.*)?$/,
    );
  });

  it('on the dashboard’s budget card', () => {
    const { kpis, reserves } = weeks[2];
    render(DashboardScreen, { scenario: bakery, kpis, reports: [], reserves });
    expect(norm(screen.getByTestId('budget-runway').textContent)).toContain('arrêt aussi de « Personnalisation — Relance personnalisée');
  });
});
