/** The dashboard of a question mission shows no objectives panel (its check is the banner's form); an objective mission's dashboard shows its objective. */
import { render, screen } from '@testing-library/svelte';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import DashboardScreen from '../../../src/ui/dashboard/DashboardScreen.svelte';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { loadShippedMissionPaths } from '../../../src/missions/shipped.ts';
import { missionScenario } from '../../../src/missions/missionScenario.ts';
import { shippedScenarioList } from '../../unit/app/testServices.ts';
import { loadDashboardResults } from '../../../src/ui/dashboard/dashboardResultsCode.ts';

// the dashboard's view of the periods played is fetched apart (dashboardResultsCode.ts): here it is there before the first render
beforeAll(async () => {
  await loadDashboardResults();
});

describe('dashboard of a mission', () => {
  beforeEach(() => setLocale('fr'));

  it('mission 1 (a question) has no objectives panel, mission 2 shows its objective', async () => {
    const base = shippedScenarioList().find((s) => s.id === 'boulangerie-du-marche')!;
    const path = (await loadShippedMissionPaths()).find((p) => p.scenario === base.id)!;
    const first = render(DashboardScreen, { scenario: missionScenario(base, path.missions[0], 0), kpis: [], reports: [] });
    expect(screen.queryByRole('heading', { name: 'Objectifs du scénario' })).toBeNull();
    expect(screen.queryByText(/Points gagnés/)).toBeNull();
    first.unmount();
    render(DashboardScreen, { scenario: missionScenario(base, path.missions[1], 1), kpis: [], reports: [] });
    expect(screen.getByRole('heading', { name: 'Objectifs du scénario' })).toBeInTheDocument();
    expect([...document.querySelectorAll<HTMLElement>('[data-objective]')].map((li) => li.dataset.objective)).toEqual([path.missions[1].id]);
  });
});
