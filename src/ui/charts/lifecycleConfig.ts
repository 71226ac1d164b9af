/**
 * The lifecycle funnel (prospect -> perdu: suspects are not in the database) at the last tick, and the flows of the tick: the KPIs give
 * stage counts, arrivals (acquired) and departures (lost), not who moved from which stage to which,
 * so flows are net changes between two consecutive ticks, plus the gross arrivals and departures.
 */
import type { ChartConfiguration } from 'chart.js';
import type { TickKpis } from '../../engine/types.ts';
import { STAGES, STAGES_IN_DATABASE, type Stage } from '../../engine/vocabulary.ts';
import { appTicks } from './kpiSeriesConfig.ts';
import { OKABE_ITO, withAlpha } from './palette.ts';
import type { SeriesModel } from './seriesModel.ts';

export function funnelModel(now: TickKpis, hidden: readonly Stage[], names: Record<Stage, string>, seriesLabel: string): SeriesModel {
  const stages = STAGES_IN_DATABASE.filter((s) => !hidden.includes(s));
  return { labels: stages.map((s) => names[s]), kind: 'number', series: [{ id: 'count', label: seriesLabel, values: stages.map((s) => now.stages[s]) }] };
}

export interface StageFlows {
  /** net change of each stage since the previous tick (null on the first tick) */
  net: Record<Stage, number> | null;
  /** new customers this tick */
  arrivals: number;
  /** customers lost this tick */
  departures: number;
  /** arrivals - departures: did arrivals at least compensate departures? */
  balance: number;
}

export function stageFlows(now: TickKpis, previous: TickKpis | undefined): StageFlows {
  const net = previous ? (Object.fromEntries(STAGES.map((s) => [s, now.stages[s] - previous.stages[s]])) as Record<Stage, number>) : null;
  return { net, arrivals: now.acquired, departures: now.lost, balance: now.acquired - now.lost };
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
