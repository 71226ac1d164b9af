/**
 * QA self-learner finding 5, on screen: the complaint form no longer says « 0 € pour 6 réclamations, payés
 * sur le budget » when the complaints went unhandled, and the dashboard's budget card warns that next
 * period's complaints will not all be handled, naming the programmes' reserve.
 */
import { render, screen } from '@testing-library/svelte';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import ComplaintPolicyForm from '../../../src/ui/decisions/ComplaintPolicyForm.svelte';
import DashboardScreen from '../../../src/ui/dashboard/DashboardScreen.svelte';
import type { GameSession } from '../../../src/app/session.svelte.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { optician, opticianClubRun } from '../../fixtures/opticianClubRun.ts';
import { costPerComplaint } from '../../../src/app/complaintPolicy.ts';
import { loadDashboardResults } from '../../../src/ui/dashboard/dashboardResultsCode.ts';

// the dashboard's view of the periods played is fetched apart (dashboardResultsCode.ts): here it is there before the first render
beforeAll(async () => {
  await loadDashboardResults();
});

const run = opticianClubRun();

describe('complaints the budget left after the programmes’ reserve could not pay', () => {
  beforeEach(() => setLocale('fr'));

  it('the complaint form says how many went unhandled and why, not « payés sur le budget »', () => {
    const reports = run.reports.slice(0, run.at + 1);
    const session = { decisions: [], pending: [], kpis: reports.map((r) => r.kpis), reports, scenario: optician, busy: false, finished: false, add: () => {} };
    render(ComplaintPolicyForm, { session: session as unknown as GameSession });
    const text = screen.getByTestId('complaint-cost').textContent!.replace(/\s+/g, ' ');
    expect(text).not.toContain('payés sur le budget');
    expect(text).toMatch(
      /(\d+) réclamations sur \1 non traitées faute de budget \(les réclamations se paient sur ce que laisse la réserve des programmes en cours\)/,
    );
  });

  it('the budget card warns the period before, with the reserve and what is left for complaints', () => {
    const n = run.at;
    const reports = run.reports.slice(0, n);
    render(DashboardScreen, { scenario: optician, kpis: reports.map((r) => r.kpis), reports, reserves: run.reserves[n - 1], complaintUnitCost: costPerComplaint('standard', optician) });
    const warning = screen.getByTestId('complaint-shortfall');
    expect(warning.textContent!.replace(/\s+/g, ' ')).toMatch(
      /^ ?Réclamations : après la réserve des programmes en cours \(.+\), il resterait .+ pour traiter les réclamations attendues le mois suivant/,
    );
  });
});
