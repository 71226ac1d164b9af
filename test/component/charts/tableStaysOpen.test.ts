/**
 * A chart's table stays as the learner left it: opened, then the chart shows another period (a new title
 * and model, the movements between stages), it stays open. Its `open={!drawable}` attribute was set
 * again at each change and closed it under the learner (the e2e play test found it).
 */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChartConfiguration } from 'chart.js';
import type { SeriesModel } from '../../../src/ui/charts/seriesModel.ts';

vi.mock('../../../src/ui/charts/chartSetup.ts', () => ({
  Chart: class {
    static defaults = { color: '', font: {}, borderColor: '', scale: { grid: {}, ticks: {} } };
    data: unknown;
    options: unknown;
    setDatasetVisibility() {}
    update() {}
    destroy() {}
    getElementsAtEventForMode() {
      return [];
    }
  },
}));

const { default: ChartFigure } = await import('../../../src/ui/charts/ChartFigure.svelte');

const model = (value: number): SeriesModel => ({ labels: ['Client actif → Client dormant'], kind: 'number', series: [{ id: 'c', label: 'Clients', values: [value] }] });
const config = (m: SeriesModel): ChartConfiguration => ({ type: 'bar', data: { labels: m.labels, datasets: [{ label: 'Clients', data: m.series[0].values }] } });

describe('a chart’s table alternative', () => {
  beforeEach(() => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(function (this: HTMLCanvasElement) {
      return { canvas: this } as unknown as CanvasRenderingContext2D;
    } as never);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('is closed under a drawn chart, and stays open once opened when the chart shows another period', async () => {
    const user = userEvent.setup();
    const first = model(40);
    const { rerender, container } = render(ChartFigure, { id: 'chart-x', title: 'Mouvements : Semaine 5', model: first, config: config(first), categoryHeader: 'Mouvement' });
    const details = container.querySelector('details')!;
    expect(details.open).toBe(false);
    await user.click(screen.getByText('Voir le tableau des données'));
    expect(details.open).toBe(true);
    const second = model(12);
    await rerender({ id: 'chart-x', title: 'Mouvements : Semaine 4', model: second, config: config(second), categoryHeader: 'Mouvement' });
    expect(screen.getByRole('table', { name: 'Mouvements : Semaine 4' })).toBeInTheDocument();
    expect(details.open).toBe(true);
  });

  // QA qa17 F3: the charts' 11 disclosures were all named « Voir le tableau des données » in a screen reader's list of controls
  it('is named by its chart’s title after the visible words', async () => {
    const m = model(40);
    const { container } = render(ChartFigure, { id: 'chart-y', title: 'Échelle de fidélité', model: m, config: config(m), categoryHeader: 'Mouvement' });
    const summary = container.querySelector('summary')!;
    expect(summary).toHaveTextContent(/^Voir le tableau des données$/);
    expect(summary).toHaveAccessibleName(/^Voir le tableau des données\s:\sÉchelle de fidélité$/);
  });
});
