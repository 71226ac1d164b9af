/**
 * Cost and extra margin of each loyalty programme (grouped bars), with ROI in the table (pure).
 * The extra margin is an estimate: each bar carries its 95 % interval as an error bar
 * (errorBarsPlugin), and a bar whose interval holds 0 is drawn pale, as its own legend entry
 * « effet non démontré », so the chart never reads as a shown gain or loss the Bilan calls noise.
 */
import type { ChartConfiguration, Plugin } from 'chart.js';
import type { ProgrammeKpi } from '../../engine/types.ts';
import { appTicks } from './kpiSeriesConfig.ts';
import { OKABE_ITO, withAlpha } from './palette.ts';
import type { SeriesModel } from './seriesModel.ts';

export function programmesModel(
  programmes: readonly ProgrammeKpi[],
  programmeLabel: (p: ProgrammeKpi) => string,
  labels: { cost: string; margin: string; notShown?: string },
): SeriesModel {
  return {
    labels: programmes.map(programmeLabel),
    kind: 'money',
    series: [
      { id: 'cost', label: labels.cost, values: programmes.map((p) => p.costToDate) },
      {
        id: 'margin',
        label: labels.margin,
        values: programmes.map((p) => p.incrementalMarginToDate),
        errors: programmes.map((p) => p.incrementalMarginError),
        ...(labels.notShown ? { drawnAs: [labels.notShown] } : {}),
      },
    ],
  };
}

/** A programme's name on lines of about `width` characters, cut between words (a word longer stays whole). */
export function wrapLabel(label: string, width = 18): string[] {
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** The programmes chart's height in px: room for each programme's name on its lines (wrapLabel), 260 at least. */
export function programmesChartHeight(count: number): number {
  return Math.max(260, 90 + count * 64);
}

/** Whether an estimate's 95 % interval holds 0: its effect is not shown (app/programmeEffect.ts reads it the same way). */
export function holdsZero(value: number, error: number | null): boolean {
  return Math.abs(value) <= (error ?? 0);
}

/** A bar dataset with the half-widths of its values' 95 % intervals, drawn by errorBarsPlugin. */
interface WithErrors {
  data: unknown[];
  errorBars?: readonly (number | null)[];
}

/**
 * Draws each bar's 95 % interval as a line with caps (value ± half-width) along the value axis, for the
 * datasets that carry `errorBars`: vertical for upright bars, horizontal for the programmes chart's lying
 * bars (indexAxis 'y'); hidden datasets and missing values draw nothing.
 */
export const errorBarsPlugin: Plugin<'bar'> = {
  id: 'fidelisErrorBars',
  afterDatasetsDraw(chart) {
    const { ctx } = chart;
    const lying = chart.options?.indexAxis === 'y';
    chart.data.datasets.forEach((raw, i) => {
      const dataset = raw as unknown as WithErrors;
      if (!dataset.errorBars || !chart.isDatasetVisible(i)) return;
      const meta = chart.getDatasetMeta(i);
      const scale = chart.scales[(lying ? meta.xAxisID : meta.yAxisID) ?? (lying ? 'x' : 'y')];
      if (!scale) return;
      meta.data.forEach((bar, j) => {
        const value = dataset.data[j];
        const error = dataset.errorBars?.[j];
        if (typeof value !== 'number' || error === null || error === undefined || !(error > 0)) return;
        const across = lying ? bar.y : bar.x;
        const high = scale.getPixelForValue(value + error);
        const low = scale.getPixelForValue(value - error);
        const size = bar as unknown as { width?: number; height?: number };
        const cap = Math.max(3, Math.min(8, ((lying ? size.height : size.width) ?? 16) / 4));
        // (along, across) to the canvas' (x, y)
        const at = (along: number, side: number): [number, number] => (lying ? [along, across + side] : [across + side, along]);
        ctx.save();
        ctx.strokeStyle = OKABE_ITO.black;
        ctx.lineWidth = 1.5;
        ctx.beginPath();
        ctx.moveTo(...at(high, 0));
        ctx.lineTo(...at(low, 0));
        ctx.moveTo(...at(high, -cap));
        ctx.lineTo(...at(high, cap));
        ctx.moveTo(...at(low, -cap));
        ctx.lineTo(...at(low, cap));
        ctx.stroke();
        ctx.restore();
      });
    });
  },
};

/**
 * Cost, then the extra margin split in two datasets (skipNull: one bar per programme): the margins
 * shown (interval clear of 0) and, pale, those whose interval holds 0 under `notShown`'s label; pale too, the estimates too
 * weak for any verdict (`weak`: app/programmeEffect.ts effectVerdict `tooSmall`, `tooEarly`; QA shops F6), as their lines say.
 */
export function programmesConfig(model: SeriesModel, locale: string, notShown = '', weak: readonly boolean[] = []): ChartConfiguration<'bar'> {
  const [cost, margin] = model.series;
  const errors = margin?.errors ?? [];
  const values = margin?.values ?? [];
  const unshown = values.map((v, i) => v !== null && (holdsZero(v, errors[i] ?? null) || weak[i] === true));
  const green: string = OKABE_ITO.bluishGreen;
  const datasets: { label: string; data: (number | null)[]; errorBars?: readonly (number | null)[]; backgroundColor: string; borderColor: string; borderWidth: number; skipNull: boolean }[] = [
    { label: cost.label, data: cost.values, backgroundColor: OKABE_ITO.vermillion, borderColor: OKABE_ITO.black, borderWidth: 0, skipNull: true },
    {
      label: margin.label,
      data: values.map((v, i) => (unshown[i] ? null : v)),
      errorBars: errors,
      backgroundColor: green,
      borderColor: OKABE_ITO.black,
      borderWidth: 1,
      skipNull: true,
    },
  ];
  if (unshown.some(Boolean)) {
    datasets.push({
      label: notShown || margin.label,
      data: values.map((v, i) => (unshown[i] ? v : null)),
      errorBars: errors,
      backgroundColor: withAlpha(green, 0.25),
      borderColor: green,
      borderWidth: 2,
      skipNull: true,
    });
  }
  // the axis holds every interval, not only the bars (chart.js fits the data alone)
  const ends = values.flatMap((v, i) => (v === null ? [] : [v - (errors[i] ?? 0), v + (errors[i] ?? 0)]));
  const costs = cost.values.filter((v): v is number => v !== null);
  return {
    type: 'bar',
    data: { labels: model.labels, datasets: datasets as ChartConfiguration<'bar'>['data']['datasets'] },
    plugins: [errorBarsPlugin],
    options: {
      // lying bars, each programme's name on lines at its left: upright, the names slanted under the bars took a
      // phone's chart and ran into each other, the bars squeezed into a sixth of its width (QA phone F2)
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      plugins: { legend: { position: 'bottom' } },
      scales: {
        y: { ticks: { autoSkip: false, callback: (_value: number | string, index: number) => wrapLabel(model.labels[index] ?? '') } },
        x: {
          beginAtZero: true,
          suggestedMin: Math.min(0, ...ends),
          suggestedMax: Math.max(0, ...ends, ...costs),
          // as the app writes money (app/format.ts): a true minus, « −20 000 € », where chart.js's Intl format
          // wrote « -20 000 € » on an axis the error bars take below 0 (QA tablet verify N4)
          // upright amounts, fewer of them on a phone (chart.js skips what would overlap)
          ticks: { maxRotation: 0, autoSkipPadding: 12, format: { style: 'currency', currency: 'EUR', minimumFractionDigits: 0, maximumFractionDigits: 0 }, ...appTicks(locale, 'money') },
        },
      },
      locale,
    },
  };
}
