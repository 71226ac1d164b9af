/**
 * A chart tells a finger how to read it, not only the keyboard (QA qa17 F3: on a phone each chart said
 * only « Flèches gauche et droite… »). What the hint says holds: a tap on the chart shows the values
 * there, and they stay when the finger lifts (chartTooltip.ts followPointer).
 */
import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ChartConfiguration } from 'chart.js';
import type { SeriesModel } from '../../../src/ui/charts/seriesModel.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';
import { drawsOnCanvas } from '../../fixtures/chartStandIn.ts';

vi.mock('../../../src/ui/charts/chartSetup.ts', async () => {
  const { standInChart } = await import('../../fixtures/chartStandIn.ts');
  // the finger is over the first period
  const drawn = standInChart([{ label: 'Clients', colour: '#0072B2', points: [{ label: 'Semaine 1', value: '40', parsed: { y: 40 }, x: 100, y: 30 }] }], { under: 0 }).chart;
  return {
    Chart: class {
      static defaults = { color: '', font: {}, borderColor: '', scale: { grid: {}, ticks: {} } };
      width = drawn.width;
      data = drawn.data;
      options = drawn.options;
      getElementsAtEventForMode = drawn.getElementsAtEventForMode;
      getDatasetMeta = drawn.getDatasetMeta;
      isDatasetVisible = drawn.isDatasetVisible;
      setDatasetVisibility() {}
      update() {}
      destroy() {}
    },
  };
});

const { default: ChartFigure } = await import('../../../src/ui/charts/ChartFigure.svelte');

const model: SeriesModel = { labels: ['Semaine 1'], kind: 'number', series: [{ id: 'c', label: 'Clients', values: [40] }] };
const config: ChartConfiguration = { type: 'line', data: { labels: model.labels, datasets: [{ label: 'Clients', data: [40] }] } };
const flat = (text: string | null | undefined) => text?.replace(/\s+/g, ' ').trim();

describe('a chart on a touch screen', () => {
  drawsOnCanvas();
  afterEach(() => setLocale('fr'));

  it('says a tap reads the values, then the keys, in French and in English', async () => {
    render(ChartFigure, { id: 'chart-x', title: 'Clients actifs', model, config });
    expect(screen.getByRole('img', { name: 'Clients actifs' })).toHaveAccessibleDescription(
      frenchText`Touchez ou survolez le graphique pour lire ses valeurs ; au clavier, flèches gauche et droite : les lire une à une ; Échap : les masquer.`,
    );
    await setLocale('en');
    render(ChartFigure, { id: 'chart-y', title: 'Active customers', model, config });
    expect(screen.getByRole('img', { name: 'Active customers' })).toHaveAccessibleDescription(
      'Touch or hover over the chart to read its values; on a keyboard, left and right arrows: read them one by one; Escape: hide them.',
    );
  });

  it('shows the values of the period tapped, and keeps them when the finger lifts', () => {
    const { container } = render(ChartFigure, { id: 'chart-x', title: 'Clients actifs', model, config });
    const canvas = screen.getByRole('img', { name: 'Clients actifs' });
    // (the chart is created in a task of its own, chartQueue.ts: tapped until it is there)
    return vi.waitFor(() => {
      canvas.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'touch' }));
      canvas.dispatchEvent(new PointerEvent('pointerleave', { pointerType: 'touch' }));
      expect(flat(container.querySelector('.tip')?.textContent)).toBe('Semaine 1 Clients : 40');
    });
  });
});
