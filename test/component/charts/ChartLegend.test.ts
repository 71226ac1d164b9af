/** The chart legend's buttons say which series are shown and toggle them, by mouse or keyboard. */
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import ChartLegend from '../../../src/ui/charts/ChartLegend.svelte';
import type { LegendEntry } from '../../../src/ui/charts/chartLegend.ts';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';

const entries: LegendEntry[] = [
  { label: 'Taux de fidélisation', kind: 'line', stroke: '#0072B2', fill: '#0072B2', dash: [], point: 'circle' },
  { label: 'Taux d’attrition', kind: 'line', stroke: '#D55E00', fill: '#D55E00', dash: [6, 4], point: 'triangle' },
];

describe('ChartLegend', () => {
  it('shows one pressed button per shown series and reports the one toggled', async () => {
    const toggled: number[] = [];
    render(ChartLegend, { entries, hidden: [1], ontoggle: (i: number) => toggled.push(i), chart: 'rates' });
    expect(screen.getByRole('list', { name: frenchText`Légende : masquer ou afficher une série` })).toBeInTheDocument();
    const retention = screen.getByRole('button', { name: 'Taux de fidélisation' });
    const churn = screen.getByRole('button', { name: 'Taux d’attrition' });
    expect(retention).toHaveAttribute('aria-pressed', 'true');
    expect(churn).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(churn);
    retention.focus();
    await userEvent.keyboard('[Space]');
    expect(toggled).toEqual([1, 0]);
  });

  it('names each button with its chart’s title: two charts with the same series are told apart (QA qa32keyboard m5)', () => {
    const title = Object.assign(document.createElement('span'), { id: 'ladder-title', textContent: 'Échelle de fidélité' });
    document.body.append(title);
    render(ChartLegend, { entries, hidden: [], ontoggle: () => undefined, chart: 'ladder' });
    expect(screen.getByRole('button', { name: 'Taux de fidélisation Échelle de fidélité' })).toHaveAttribute('aria-pressed', 'true');
    title.remove();
  });

  it('repeats the series’ dash in its swatch', () => {
    const { container } = render(ChartLegend, { entries, hidden: [], ontoggle: () => undefined, chart: 'rates' });
    const lines = container.querySelectorAll('svg line');
    expect(lines[0].getAttribute('stroke-dasharray')).toBeNull();
    expect(lines[1].getAttribute('stroke-dasharray')).toBe('6 4');
  });
});
