/** The dashboard renders the KPIs with trends in words, the levers, satisfaction, objectives, programmes and feed. */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeAll, afterEach, describe, expect, it } from 'vitest';
import DashboardScreen from '../../../src/ui/dashboard/DashboardScreen.svelte';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { makeKpiSeries } from '../../fixtures/kpis.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';
import { timelineTotals } from '../../../src/ui/whatif/compareTimelines.ts';
import { loadDashboardResults } from '../../../src/ui/dashboard/dashboardResultsCode.ts';
import { valueText } from '../../../src/ui/charts/valueText.ts';

// the dashboard's view of the periods played is fetched apart (dashboardResultsCode.ts): here it is there before the first render
beforeAll(async () => {
  await loadDashboardResults();
});

const scenario = fixtureScenario();
const norm = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

afterEach(() => setLocale('fr'));

describe('DashboardScreen', () => {
  it('says what to do before the first period and still lists the objectives', () => {
    render(DashboardScreen, { scenario, kpis: [], reports: [] });
    expect(screen.getByRole('heading', { level: 2, name: 'Tableau de bord' })).toBeInTheDocument();
    expect(screen.getByText(/Aucune semaine simulée/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Objectifs du scénario' })).toBeInTheDocument();
  });

  // QA qa31robust: « Aucune période simulée… avancez d'une période » beside the time bar's « Avancer d'un mois »
  it('says it in the shop’s unit', () => {
    render(DashboardScreen, { scenario: { ...scenario, tickUnit: 'month' }, kpis: [], reports: [] });
    expect(screen.getByText('Aucun mois simulé pour l’instant. Prenez vos décisions puis avancez d’un mois pour voir les premiers indicateurs.')).toBeInTheDocument();
  });

  it('shows each KPI with its value and its change in words', () => {
    const kpis = makeKpiSeries(6);
    render(DashboardScreen, { scenario, kpis, reports: [] });
    expect(screen.getByText('Situation à la fin de la semaine 6')).toBeInTheDocument();
    const churn = screen.getByRole('region', { name: /Taux d’attrition/ });
    expect(norm(within(churn).getByText(/%$/).textContent)).toBe(norm(new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 1 }).format(kpis[5].churnRate)));
    expect(within(churn).getByText(/En (hausse|baisse) \((favorable|défavorable)\)/)).toBeInTheDocument();
    const active = screen.getByRole('region', { name: /Clients actifs/ });
    expect(norm(active.textContent)).toContain('940');
    expect(within(active).getByText(/En baisse \(défavorable\) : −12 par rapport/)).toBeInTheDocument();
    // the funnel's « Client actif » leaves the new customers out: the card says it counts them (QA verify3 V7)
    expect(norm(active.textContent)).toContain('nouveaux clients compris (étapes « Nouveau (1er achat) » et « Client actif » du cycle de vie)');
    const acquisitions = screen.getByRole('region', { name: /Nouveaux clients/ });
    // recruited by a referral campaign or recommended spontaneously: no « par parrainage » without a referral campaign (QA hqa F13)
    expect(within(acquisitions).getByText('dont 1 sur recommandation d’un client')).toBeInTheDocument();
  });

  it('says what the weekly retention rate means over a year', async () => {
    const kpis = makeKpiSeries(6).map((k) => ({ ...k, retentionRate: 0.997 }));
    render(DashboardScreen, { scenario, kpis, reports: [] });
    const retention = screen.getByRole('region', { name: /Taux de fidélisation/ });
    // the yearly figure once, in the bold line only (QA tablet verify N3: the grey text said it again)
    expect(norm(retention.textContent).match(/86 %/g)).toHaveLength(1);
    expect(norm(within(retention).getByTestId('kpi-sub').textContent)).toBe('au rythme moyen des 6 dernières semaines : 86 % des clients gardés sur un an');
    // how it is computed waits in the card's « Comment est-ce calculé ? » (QA tablet verify N3: under the
    // line it made the card twice as tall as its neighbours), read by anyone who opens it
    const explanation = within(retention).getByTestId('yearly-retention');
    expect(explanation).not.toBeVisible();
    const toggle = within(retention).getByRole('button', { name: frenchText`Comment est-ce calculé ? (Taux de fidélisation)` });
    expect(document.getElementById(toggle.getAttribute('aria-controls')!)).toContainElement(explanation);
    await userEvent.setup().click(toggle);
    expect(explanation).toBeVisible();
    // named for what it is: the average of the periods played, compounded over a year (QA: « à ce rythme » beside a week's rate)
    expect(norm(explanation.textContent)).toBe(
      'Sur un an : au rythme moyen des 6 dernières semaines, taux de fidélisation composés sur 52 semaines. Le nombre de clients actifs peut baisser bien plus vite.',
    );
    // the rate counts dormant customers as kept (src/engine/kpis.ts): the card says so (QA A2)
    expect(norm(retention.textContent)).toContain('un client devenu dormant compte comme gardé');
  });

  it('shows turnover as frequency x basket x length', () => {
    render(DashboardScreen, { scenario, kpis: makeKpiSeries(6), reports: [] });
    const levers = screen.getByRole('region', { name: /Les trois leviers/ });
    expect(within(levers).getByText('CA d’un client sur sa relation = fréquence d’achat × panier moyen × durée de la relation')).toBeInTheDocument();
    // the period's turnover is computed from active customers, not from the relationship length (QA B4)
    expect(norm(levers.textContent)).toContain('CA de cette semaine = clients actifs × fréquence × panier moyen = ');
    expect(within(levers).getByText('Fréquence d’achat')).toBeInTheDocument();
    expect(within(levers).getByText('Panier moyen')).toBeInTheDocument();
    expect(within(levers).getByText('Durée de la relation')).toBeInTheDocument();
    expect(norm(levers.textContent)).toContain('55 semaines');
  });

  it('hides the true satisfaction: "non mesurée" before any survey, then the estimate with its margin', () => {
    const { unmount } = render(DashboardScreen, { scenario, kpis: makeKpiSeries(2), reports: [] });
    const card = screen.getByRole('region', { name: /Satisfaction mesurée/ });
    expect(within(card).getByText('Non mesurée')).toBeInTheDocument();
    unmount();
    render(DashboardScreen, { scenario, kpis: makeKpiSeries(5), reports: [] });
    const measured = screen.getByRole('region', { name: /Satisfaction mesurée/ });
    expect(norm(measured.textContent)).toContain('68,0 % ± 6,5 pt');
    expect(norm(measured.textContent)).toContain('Questionnaire de la semaine 4, 200 réponses');
    expect(norm(measured.textContent)).not.toContain('70 %');
  });

  it('writes a survey with one decimal on its card, in the feed and in the objective row alike (QA qa13 S2: « 72 % ± 1,6 pt » beside 71,7 %)', () => {
    const survey = { method: 'questionnaire' as const, sampleSize: 300, mean: 0.717, marginOfError: 0.016, tick: 3 };
    const kpis = makeKpiSeries(4).map((k) => ({ ...k, satisfactionMeasured: k.tick >= 3 ? survey : null }));
    const objective = { id: 'sat', label: { fr: 'Satisfaction mesurée d’au moins 75 %', en: 'Measured satisfaction of at least 75%' }, metric: 'measuredSatisfaction' as const, comparator: '>=' as const, target: 0.75, byTick: 4 };
    render(DashboardScreen, { scenario: fixtureScenario({ objectives: [objective] }), kpis, reports: [] });
    const card = norm(screen.getByRole('region', { name: /^Satisfaction mesurée/ }).textContent);
    expect(card).toContain('71,7 % ± 1,6 pt');
    expect(card).toContain('entre 70,1 % et 73,3 %');
    expect(card).not.toContain('72 %');
    expect(norm(document.body.textContent)).toContain('satisfaction moyenne 71,7 % ± 1,6 pt sur 300 réponses');
    expect(norm(screen.getByRole('heading', { name: 'Objectifs du scénario' }).parentElement!.textContent)).toContain('71,7 %');
  });

  it('names the measured satisfaction a mean score, not a share of satisfied customers, once: on its card, not again under its objective nor in the feed (QA qa25 F1, review15 #6)', () => {
    const survey = { method: 'questionnaire' as const, sampleSize: 100, mean: 0.697, marginOfError: 0.027, tick: 3 };
    const kpis = makeKpiSeries(4).map((k) => ({ ...k, satisfactionMeasured: k.tick >= 3 ? survey : null }));
    const objective = { id: 'sat', label: { fr: 'Une satisfaction moyenne d’au moins 68 %', en: 'A mean satisfaction score of at least 68%' }, metric: 'measuredSatisfaction' as const, comparator: '>=' as const, target: 0.68, byTick: 4 };
    render(DashboardScreen, { scenario: fixtureScenario({ objectives: [objective] }), kpis, reports: [] });
    const hint = 'Moyenne des notes des répondants, ramenée sur 100 : ce n’est pas la part de clients satisfaits.';
    expect(screen.getByRole('heading', { level: 4, name: 'Satisfaction mesurée (note moyenne)' })).toBeInTheDocument();
    expect(norm(screen.getByRole('region', { name: /^Satisfaction mesurée/ }).textContent)).toContain(hint);
    expect(norm(document.querySelector('[data-objective="sat"]')!.textContent)).not.toContain('part de clients satisfaits');
    expect(norm(document.body.textContent)).toContain('satisfaction moyenne 69,7 % ± 2,7 pt sur 100 réponses.');
    expect(norm(document.body.textContent).split('part de clients satisfaits')).toHaveLength(2);
  });

  it('writes both bounds of the interval with their decimal, as the chart’s table (QA qa25 F4: « entre 71 % et 76,5 % »)', () => {
    const survey = { method: 'questionnaire' as const, sampleSize: 100, mean: 0.7375, marginOfError: 0.0275, tick: 3 };
    const kpis = makeKpiSeries(4).map((k) => ({ ...k, satisfactionMeasured: k.tick >= 3 ? survey : null }));
    render(DashboardScreen, { scenario, kpis, reports: [] });
    expect(norm(screen.getByRole('region', { name: /^Satisfaction mesurée/ }).textContent)).toContain('entre 71,0 % et 76,5 %');
  });

  it('writes a whole-number mean with its decimal, as the chart’s table writes the same survey (« 68,0 % », not « 68 % »), in French and in English', async () => {
    const survey = { method: 'questionnaire' as const, sampleSize: 200, mean: 0.68, marginOfError: 0.065, tick: 3 };
    const kpis = makeKpiSeries(4).map((k) => ({ ...k, satisfactionMeasured: k.tick >= 3 ? survey : null }));
    for (const [locale, name] of [['fr', /^Satisfaction mesurée/], ['en', /^Measured satisfaction/]] as const) {
      await setLocale(locale);
      const { unmount } = render(DashboardScreen, { scenario, kpis, reports: [] });
      const card = norm(screen.getByRole('region', { name }).textContent);
      // the chart's table alternative writes a survey's mean and bounds with valueText (kind 'percent')
      expect(card).toContain(norm(valueText(locale, 0.68, 'percent')));
      expect(card).toContain(norm(valueText(locale, 0.615, 'percent')));
      expect(card).toContain(norm(valueText(locale, 0.745, 'percent')));
      expect(card).not.toMatch(/\b68 ?%/);
      unmount();
    }
  });

  it('writes a whole-number survey mean the same on the satisfaction card and on its objective row (review16 m6: « 68,0 % » on the card, « 68 % » on the row)', () => {
    const survey = { method: 'questionnaire' as const, sampleSize: 200, mean: 0.68, marginOfError: 0.065, tick: 3 };
    const kpis = makeKpiSeries(4).map((k) => ({ ...k, satisfactionMeasured: k.tick >= 3 ? survey : null }));
    const objective = { id: 'sat', label: { fr: 'Satisfaction mesurée d’au moins 60 %', en: 'Measured satisfaction of at least 60%' }, metric: 'measuredSatisfaction' as const, comparator: '>=' as const, target: 0.6, byTick: 4 };
    render(DashboardScreen, { scenario: fixtureScenario({ objectives: [objective] }), kpis, reports: [] });
    const card = norm(screen.getByRole('region', { name: /^Satisfaction mesurée/ }).textContent);
    const mean = card.match(/(\d+(?:,\d+)?) % ± /)![1];
    expect(mean).toBe('68,0');
    const row = norm(document.querySelector('[data-objective="sat"]')!.textContent);
    expect(row).toContain(`${mean} %`);
    expect(row).not.toMatch(/\b68 %/);
  });

  it('nests its headings without skipping a level: the KPI cards (h4) under « Indicateurs clés » (h3)', () => {
    render(DashboardScreen, { scenario, kpis: makeKpiSeries(5), reports: [] });
    expect(screen.getByRole('heading', { level: 3, name: 'Indicateurs clés' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 4, name: 'Chiffre d’affaires' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 4, name: 'Satisfaction mesurée (note moyenne)' })).toBeInTheDocument();
    const levels = screen.getAllByRole('heading', { hidden: true }).map((h) => Number(h.tagName.slice(1)));
    const skips = levels.filter((level, i) => i > 0 && level > levels[i - 1] + 1);
    expect(skips).toEqual([]);
  });

  it('lists objectives with their state and a labelled progress bar', () => {
    render(DashboardScreen, { scenario, kpis: makeKpiSeries(9), reports: [] });
    const objectives = screen.getByRole('region', { name: 'Objectifs du scénario' });
    const actifs = within(objectives).getByText('Au moins 150 clients actifs en semaine 8').closest('li')!;
    expect(within(actifs).getByText('Atteint')).toBeInTheDocument();
    // each bar is named after its objective, not three bars with one name
    expect(within(objectives).getAllByRole('progressbar')).toHaveLength(3);
    expect(within(actifs).getByRole('progressbar', { name: frenchText`Progression vers la cible : Au moins 150 clients actifs en semaine 8` })).toBeInTheDocument();
    expect(new Set(within(objectives).getAllByRole('progressbar').map((bar) => bar.getAttribute('aria-label'))).size).toBe(3);
    expect(within(objectives).getByText('Points gagnés : 1 sur 4')).toBeInTheDocument();
    expect(norm(objectives.textContent)).not.toContain('point(s)');
  });

  it('counts the objectives met or held so far as « Et si… ? » does, in its words (QA class 7: « 0 sur 5 » points beside « 1 sur 3 » objectives)', () => {
    const kpis = makeKpiSeries(5);
    const totals = timelineTotals(kpis, scenario);
    expect(totals.objectivesMet).toBeGreaterThan(0);
    render(DashboardScreen, { scenario, kpis, reports: [] });
    const objectives = screen.getByRole('region', { name: 'Objectifs du scénario' });
    expect(norm(objectives.textContent)).toContain(`Objectifs atteints ou tenus jusqu’ici : ${totals.objectivesMet} sur ${totals.objectives} (les points se gagnent à l’échéance`);
  });

  it('tabulates programmes with their cost and ROI', () => {
    render(DashboardScreen, { scenario, kpis: makeKpiSeries(3), reports: [] });
    // named by its heading, the long explanation read as its description: that 400-character paragraph was its name (QA a11y qa8 F2)
    const table = screen.getByRole('table', { name: /^Programmes de fidélisation\s: coût et rentabilité$/ });
    expect(table).toHaveAccessibleDescription(/^Chaque action lancée, ce qu’elle a coûté/);
    const row = within(table).getByRole('row', { name: /Avantage financier — Bons de réduction/ });
    expect(norm(row.textContent)).toContain('1 200 €');
    expect(within(table).getByRole('columnheader', { name: 'ROI' })).toBeInTheDocument();
  });

  it('feeds the week’s events, aggregated per tick', () => {
    render(DashboardScreen, { scenario, kpis: makeKpiSeries(6), reports: [] });
    const feed = screen.getByRole('region', { name: 'Ce qui s’est passé' });
    const week5 = within(feed).getByRole('heading', { name: 'Semaine 5' }).closest('li')!;
    expect(within(week5).getByText('25 clients perdus (14 partis à la concurrence, 6 par insatisfaction, 5 départs naturels).')).toBeInTheDocument();
    expect(within(week5).getByText('Mode Rivale lance une promotion.')).toBeInTheDocument();
    // the causes are the simulator's knowledge: said once for the feed, not on every line (QA expert F8)
    expect(within(feed).getAllByText(/révélées par le simulateur : un vrai magasin ne les connaît pas/)).toHaveLength(1);
  });

  it('opens the glossary from a KPI with the keyboard', async () => {
    const user = userEvent.setup();
    render(DashboardScreen, { scenario, kpis: makeKpiSeries(2), reports: [] });
    // the retention and churn cards' « ? » (one card defines both rates: review m9), each named by its figure (review21 n9)
    const help = screen.getByRole('button', { name: frenchText`Définition (Taux de fidélisation) : Fidélisation et attrition` });
    expect(screen.getByRole('button', { name: frenchText`Définition (Taux d’attrition) : Fidélisation et attrition` })).not.toBe(help);
    help.focus();
    await user.keyboard('{Enter}');
    // the pop-up opens once its placement code has come with the cards' texts (5787f49)
    expect(await screen.findByRole('dialog', { name: 'Fidélisation et attrition' })).toBeInTheDocument();
  });

  it('says the relationship is very long when nobody left (the engine caps the length)', () => {
    render(DashboardScreen, { scenario, kpis: makeKpiSeries(2, (k) => ({ ...k, relationshipLength: 10_000 })), reports: [] });
    const levers = screen.getByRole('region', { name: /Les trois leviers/ });
    expect(levers).toHaveTextContent('très longue (aucun départ récent)');
    expect(levers).not.toHaveTextContent('Ce qu’un client rapporte');
  });

  it('warns when the budget is overspent', () => {
    render(DashboardScreen, { scenario, kpis: makeKpiSeries(3, (k) => ({ ...k, budgetLeft: -250 })), reports: [] });
    const budget = screen.getByRole('region', { name: /Budget restant/ });
    expect(budget).toHaveTextContent('Budget dépassé');
  });

  it('switches to English', async () => {
    await setLocale('en');
    render(DashboardScreen, { scenario, kpis: makeKpiSeries(3), reports: [] });
    expect(screen.getByRole('heading', { level: 2, name: 'Dashboard' })).toBeInTheDocument();
    expect(screen.getByText('Situation at the end of week 3')).toBeInTheDocument();
  });
});
