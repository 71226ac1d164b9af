/** Cost and extra margin of each loyalty programme (grouped bars), with ROI in the table (pure). */
import type { ChartConfiguration } from 'chart.js';
import type { ProgrammeKpi } from '../../engine/types.ts';
import { OKABE_ITO } from './palette.ts';
import type { SeriesModel } from './seriesModel.ts';

export function programmesModel(
  programmes: readonly ProgrammeKpi[],
  programmeLabel: (p: ProgrammeKpi) => string,
  labels: { cost: string; margin: string },
): SeriesModel {
  return {
    labels: programmes.map(programmeLabel),
    kind: 'money',
    series: [
      { id: 'cost', label: labels.cost, values: programmes.map((p) => p.costToDate) },
      { id: 'margin', label: labels.margin, values: programmes.map((p) => p.incrementalMarginToDate) },
    ],
  };
}

export function programmesConfig(model: SeriesModel, locale: string): ChartConfiguration<'bar'> {
  const colours = [OKABE_ITO.vermillion, OKABE_ITO.bluishGreen];
  return {
    type: 'bar',
    data: {
      labels: model.labels,
      datasets: model.series.map((s, i) => ({
        label: s.label,
        data: s.values,
        backgroundColor: colours[i % colours.length],
        borderColor: OKABE_ITO.black,
        borderWidth: i === 0 ? 0 : 1,
      })),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      plugins: { legend: { position: 'bottom' } },
      scales: { y: { beginAtZero: true, ticks: { format: { style: 'currency', currency: 'EUR', minimumFractionDigits: 0, maximumFractionDigits: 0 } } } },
      locale,
    },
  };
}
