/** The page's chart legend is read from the chart's own configuration (pure, no canvas). */
import { describe, expect, it } from 'vitest';
import { legendEntries, pointPath, strokedOnly, type PointShape } from '../../../src/ui/charts/chartLegend.ts';
import { kpiSeriesModel, lineConfig } from '../../../src/ui/charts/kpiSeriesConfig.ts';
import { histogramConfig, histogramModel, measuredConfig } from '../../../src/ui/charts/satisfactionConfig.ts';
import { segmentsModel, stackedBarConfig } from '../../../src/ui/charts/segmentsConfig.ts';
import { OKABE_ITO, POINT_STYLES, seriesStyle } from '../../../src/ui/charts/palette.ts';
import { makeKpiSeries } from '../../fixtures/kpis.ts';

const kpis = makeKpiSeries(4);
const periods = kpis.map((k) => `S${k.tick + 1}`);

describe('legendEntries', () => {
  it('gives each line series its label, colour, dash and point shape, in dataset order', () => {
    const model = kpiSeriesModel(kpis, periods, [{ id: 'retentionRate', label: 'Fidélisation' }, { id: 'churnRate', label: 'Attrition' }], 'percent');
    const entries = legendEntries(lineConfig(model, { beginAtZero: false, locale: 'fr-FR' }));
    expect(entries).toEqual([
      { label: 'Fidélisation', kind: 'line', stroke: seriesStyle(0).colour, fill: seriesStyle(0).colour, dash: [], point: 'circle' },
      { label: 'Attrition', kind: 'line', stroke: seriesStyle(1).colour, fill: seriesStyle(1).colour, dash: [6, 4], point: 'triangle' },
    ]);
  });

  it('draws bars as filled boxes and follows each dataset’s own type in a mixed chart', () => {
    const segments = legendEntries(stackedBarConfig(segmentsModel(kpis, periods, { nouveau: 'N', tresBon: 'TB', bon: 'B', futurNonClient: 'FNC', inactif: 'I' }), 'fr-FR'));
    expect(segments.map((e) => e.kind)).toEqual(['bar', 'bar', 'bar', 'bar', 'bar']);
    expect(segments[0]).toMatchObject({ fill: seriesStyle(0).colour, point: null });
    const measured = legendEntries(measuredConfig([{ label: 'S1', mean: 0.7, low: 0.6, high: 0.8, sampleSize: 80 }], { mean: 'Moyenne', interval: 'Intervalle' }, 'fr-FR'));
    expect(measured.map((e) => [e.label, e.kind])).toEqual([
      ['Moyenne', 'line'],
      ['Intervalle', 'bar'],
    ]);
    expect(measured[1].stroke).toBe(OKABE_ITO.blue);
  });

  it('is empty when the chart hides its legend', () => {
    const config = histogramConfig(histogramModel(kpis[3], (l, h) => `${l}-${h}`, 'Clients'), 'fr-FR');
    expect(legendEntries(config)).toEqual([]);
  });
});

describe('point swatches', () => {
  it('has a path for every point style the palette uses, strokes only for the line-drawn ones', () => {
    const paths = POINT_STYLES.map((s: PointShape) => pointPath(s));
    expect(new Set(paths).size).toBe(POINT_STYLES.length);
    expect(POINT_STYLES.filter(strokedOnly)).toEqual(['star', 'crossRot', 'cross', 'dash']);
  });
});
