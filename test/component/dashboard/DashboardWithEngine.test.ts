/** The dashboard on real engine output: values, feed and objectives agree with the KPIs the engine produced. */
import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { formatRoi } from '../../../src/app/roi.ts';
import DashboardScreen from '../../../src/ui/dashboard/DashboardScreen.svelte';
import { engineRun } from '../../fixtures/engineRun.ts';

const norm = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');
const money = (x: number) => norm(new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(x));

describe('DashboardScreen with the engine', () => {
  const run = engineRun();
  const last = run.kpis[run.kpis.length - 1];

  it('shows the last tick’s turnover, active customers and the survey result', () => {
    render(DashboardScreen, { scenario: run.scenario, kpis: run.kpis, reports: run.reports });
    expect(screen.getByText(`Situation à la fin de la période : Semaine ${run.kpis.length}`)).toBeInTheDocument();
    expect(norm(screen.getByRole('region', { name: /^Chiffre d’affaires/ }).textContent)).toContain(money(last.turnover));
    expect(norm(screen.getByRole('region', { name: /^Clients actifs/ }).textContent)).toContain(String(last.activeCustomers));
    const satisfaction = screen.getByRole('region', { name: /Satisfaction mesurée/ });
    expect(norm(satisfaction.textContent)).toContain(`${last.satisfactionMeasured!.sampleSize} réponses`);
    expect(norm(satisfaction.textContent)).not.toContain('Non mesurée');
  });

  it('lists the departures of each recent tick with their total', () => {
    render(DashboardScreen, { scenario: run.scenario, kpis: run.kpis, reports: run.reports });
    const feed = screen.getByRole('region', { name: 'Ce qui s’est passé' });
    const withDepartures = run.kpis.filter((k) => k.lost > 1).slice(-3);
    expect(withDepartures.length).toBeGreaterThan(0);
    for (const k of withDepartures) {
      const entry = within(feed).getByRole('heading', { name: `Semaine ${k.tick + 1}` }).closest('li')!;
      expect(entry).toHaveTextContent(`${k.lost} clients perdus (`);
    }
  });

  it('shows the coupon programme with its ROI and one line per objective', () => {
    render(DashboardScreen, { scenario: run.scenario, kpis: run.kpis, reports: run.reports });
    const table = screen.getByRole('table', { name: /Chaque action lancée/ });
    const row = within(table).getByRole('row', { name: /Avantage financier — Bons de réduction/ });
    // the ROI as every screen writes it (app/roi.ts), not a dashboard-only rounding
    const coupon = last.programmes.find((p) => p.instrument === 'coupon')!;
    expect(coupon.roi).not.toBeNull();
    expect(norm(within(row).getAllByRole('cell').at(-1)!.textContent)).toBe(norm(formatRoi('fr', coupon.roi!)));
    expect(screen.getAllByRole('progressbar')).toHaveLength(run.scenario.objectives.length);
  });
});
