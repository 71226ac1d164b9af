/**
 * The lifecycle funnel (prospect -> perdu: suspects are not in the database) at the last tick. The movements
 * between stages (who moved from which stage to which) are in stageMovements.ts.
 */
import type { ChartConfiguration } from 'chart.js';
import type { TickKpis } from '../../engine/types.ts';
import { STAGES_IN_DATABASE, type Stage } from '../../engine/vocabulary.ts';
import { appTicks } from './kpiSeriesConfig.ts';
import { OKABE_ITO, withAlpha } from './palette.ts';
import type { SeriesModel } from './seriesModel.ts';

export function funnelModel(now: TickKpis, hidden: readonly Stage[], names: Record<Stage, string>, seriesLabel: string): SeriesModel {
  const stages = STAGES_IN_DATABASE.filter((s) => !hidden.includes(s));
  return { labels: stages.map((s) => names[s]), kind: 'number', series: [{ id: 'count', label: seriesLabel, values: stages.map((s) => now.stages[s]) }] };
}

export function funnelConfig(model: SeriesModel, locale: string): ChartConfiguration<'bar'> {
  return {
    type: 'bar',
    data: {
      labels: model.labels,
      datasets: model.series.map((s) => ({
        label: s.label,
        data: s.values,
        backgroundColor: withAlpha(OKABE_ITO.blue, 0.75),
        borderColor: OKABE_ITO.blue,
        borderWidth: 1,
      })),
    },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      plugins: { legend: { display: false } },
      scales: { x: { beginAtZero: true, ticks: appTicks(locale, model.kind) } },
      locale,
    },
  };
}
