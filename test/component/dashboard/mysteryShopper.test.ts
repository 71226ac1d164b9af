/**
 * A mystery shopper scores the shop's service on visits, not the customers' satisfaction (engine
 * survey.ts). QA teacher F2: its score took the « Satisfaction mesurée » card, with « la vraie valeur est
 * très probablement entre 69 % et 81 % », and the feed said « satisfaction 75 % ± 5,5 pt sur 10 réponses ».
 * Now the satisfaction card keeps the last questionnaire, the score has its own card « Note de service
 * (client mystère) » on visits, and the feed and the survey form say what it measures.
 */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeAll, afterEach, describe, expect, it } from 'vitest';
import DashboardScreen from '../../../src/ui/dashboard/DashboardScreen.svelte';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { makeKpiSeries } from '../../fixtures/kpis.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';
import { latestMeasure, measureHistory } from '../../../src/ui/dashboard/satisfactionMeasure.ts';
import { loadDashboardResults } from '../../../src/ui/dashboard/dashboardResultsCode.ts';

// the dashboard's view of the periods played is fetched apart (dashboardResultsCode.ts): here it is there before the first render
beforeAll(async () => {
  await loadDashboardResults();
});

const norm = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');
const mystery = { method: 'clientMystere' as const, sampleSize: 10, mean: 0.75, marginOfError: 0.055, tick: 5 };
/** a questionnaire at tick 3 (fixture: 68,0 % ± 6,5 pt, 200 answers), then a mystery shopper's 10 visits at tick 5 */
const kpis = makeKpiSeries(7, (k) => (k.tick >= 5 ? { ...k, satisfactionMeasured: mystery } : k));

afterEach(() => setLocale('fr'));

describe('a mystery shopper’s score is a service score, apart from the customers’ satisfaction', () => {
  it('keeps the last questionnaire on « Satisfaction mesurée » and shows the visits’ score on its own card', () => {
    render(DashboardScreen, { scenario: fixtureScenario(), kpis, reports: [] });
    const satisfaction = screen.getByRole('region', { name: /Satisfaction mesurée/ });
    expect(norm(satisfaction.textContent)).toContain('68,0 % ± 6,5 pt');
    expect(norm(satisfaction.textContent)).toContain('Questionnaire de la semaine 4, 200 réponses');
    expect(norm(satisfaction.textContent)).not.toMatch(/75(,0)? % ± 5,5|10 visites/);
    const service = screen.getByRole('region', { name: 'Note de service (client mystère)' });
    expect(norm(service.textContent)).toContain('75,0 % ± 5,5 pt');
    expect(norm(service.textContent)).toContain('Client mystère de la semaine 6, 10 visites');
    expect(norm(service.textContent)).toContain('note le service du magasin (accueil, attente, incidents), pas la satisfaction de vos clients');
    expect(norm(service.textContent)).not.toMatch(/réponses|vraie valeur/);
    // the feed: visits and a service score, not « satisfaction … sur 10 réponses »
    const feed = norm(document.body.textContent);
    expect(feed).toContain('Client mystère : note de service 75,0 % ± 5,5 pt sur 10 visites (le service du magasin, pas la satisfaction des clients).');
    expect(feed).not.toMatch(/satisfaction (moyenne )?75(,0)? %/);
  });

  it('has its « Comment est-ce calculé ? » like the other cards: the visits’ mean, its margin, why it is not the customers’ satisfaction (QA expert)', async () => {
    render(DashboardScreen, { scenario: fixtureScenario(), kpis, reports: [] });
    const service = screen.getByRole('region', { name: 'Note de service (client mystère)' });
    await userEvent.setup().click(within(service).getByRole('button', { name: /^Comment est-ce calculé\u202f\? \(Note de service \(client mystère\)\)$/ }));
    expect(await within(service).findByText(/le résultat, calculé avec les valeurs non arrondies, est bien le chiffre affiché/)).toBeInTheDocument();
    const text = norm(service.textContent);
    expect(text).toContain('Note de service = moyenne des notes des 10 visites du client mystère = 75,0 %.');
    // the sample, the margin and what it is a margin of: the service seen on 10 visits
    expect(text).toMatch(
      /÷ √10 = 5,5 pt : la note du service observé est très probablement entre 69,5 % et 80,5 %\. C’est la précision d’une note du service sur 10 visites, pas un intervalle sur la satisfaction de vos clients\./,
    );
    expect(text).toMatch(
      /Client mystère : un visiteur formé, payé 60 € la visite, note le service du magasin ; note vraie = performance de service du magasin × \(1 − taux d’incidents de la semaine\)/,
    );
    expect(text).toContain('Ce n’est pas la satisfaction de vos clients');
    expect(text).not.toMatch(/moyenne des notes des \d+ réponses|si les répondants ressemblent/);
  });

  it('keeps the satisfaction chart’s measures to questionnaires (Graphiques « Satisfaction mesurée par enquête »)', () => {
    expect(measureHistory(kpis).map((m) => m.method)).toEqual(['questionnaire']);
    expect(measureHistory(kpis, 'clientMystere').map((m) => m.sampleSize)).toEqual([10]);
    expect(latestMeasure(kpis)?.sampleSize).toBe(200);
  });

  it('shows no service card before a first mystery visit', () => {
    render(DashboardScreen, { scenario: fixtureScenario(), kpis: makeKpiSeries(5), reports: [] });
    expect(screen.queryByRole('region', { name: /client mystère/ })).toBeNull();
    expect(screen.getByRole('region', { name: /Satisfaction mesurée/ })).toBeInTheDocument();
  });

  it('says it in English too', async () => {
    await setLocale('en');
    render(DashboardScreen, { scenario: fixtureScenario(), kpis, reports: [] });
    const service = screen.getByRole('region', { name: 'Service score (mystery shopper)' });
    expect(norm(service.textContent)).toMatch(/10 visits/);
    expect(norm(service.textContent)).toContain('not your customers’ satisfaction');
    await userEvent.setup().click(within(service).getByRole('button', { name: 'How is this computed? (Service score (mystery shopper))' }));
    expect(await within(service).findByText(/^Service score = mean of the scores of the mystery shopper’s 10 visits = 75.0%\.$/)).toBeInTheDocument();
    expect(norm(service.textContent)).toContain('not an interval on your customers’ satisfaction');
    expect(norm(document.body.textContent)).toContain('Mystery shopper: service score 75.0% ± 5.5 points over 10 visits');
    const satisfaction = screen.getByRole('region', { name: /Measured satisfaction/ });
    expect(norm(satisfaction.textContent)).toContain('200 answers');
  });
});
