/** Sizes of the course's five RFM segments over time, as a stacked bar chart (pure). */
import type { ChartConfiguration } from 'chart.js';
import type { TickKpis } from '../../engine/types.ts';
import { COURSE_SEGMENTS, type CourseSegment } from '../../engine/vocabulary.ts';
import { appTicks } from './kpiSeriesConfig.ts';
import { hatchOf, type Hatch } from './hatch.ts';
import { seriesStyle } from './palette.ts';
import type { SeriesModel } from './seriesModel.ts';

export function segmentsModel(kpis: readonly TickKpis[], periodLabels: readonly string[], names: Record<CourseSegment, string>): SeriesModel {
  return {
    labels: [...periodLabels],
    kind: 'number',
    series: COURSE_SEGMENTS.map((s) => ({ id: s, label: names[s], values: kpis.map((k) => k.segments[s]) })),
  };
}

export function stackedBarConfig(model: SeriesModel, locale: string): ChartConfiguration<'bar'> {
  return {
    type: 'bar',
    data: {
      labels: model.labels,
      datasets: model.series.map((s, i) => {
        const style = seriesStyle(i);
        // a pattern over each colour: in black and white three of the five colours print as one grey (QA qa29print m1)
        const hatch: Hatch = { kind: hatchOf(i), colour: style.colour };
        return { label: s.label, data: s.values, backgroundColor: style.colour, hatch, borderColor: '#ffffff', borderWidth: 1, stack: 'segments' };
      }),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      interaction: { mode: 'index', intersect: false },
      plugins: { legend: { position: 'bottom' } },
      scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: appTicks(locale, model.kind) } },
      locale,
    },
  };
}
