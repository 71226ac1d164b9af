/**
 * Cost and extra margin of each loyalty programme (grouped bars), with ROI in the table (pure).
 * The extra margin is an estimate: each bar carries its 95 % interval as an error bar
 * (errorBarsPlugin), and a bar whose interval holds 0 is drawn pale, as its own legend entry
 * « effet non démontré », so the chart never reads as a shown gain or loss the Bilan calls noise.
 */
import type { ChartConfiguration, Plugin, Scale } from 'chart.js';
import type { ProgrammeKpi } from '../../engine/types.ts';
import { appTicks } from './kpiSeriesConfig.ts';
import { GRID_LINE, OKABE_ITO, withAlpha, ZERO_LINE } from './palette.ts';
import { axisTicks, programmesAxisEnds, type AxisEnds } from './programmesAxis.ts';
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

/** The value axis' ends for the programmes' bars and intervals (programmesAxis.ts): `cut` when an interval's line goes past them. */
export function programmesAxis(model: SeriesModel): AxisEnds {
  const [cost, margin] = model.series;
  const errors = margin?.errors ?? [];
  const bars = [...(cost?.values ?? []), ...(margin?.values ?? [])].filter((v): v is number => v !== null);
  const intervals = (margin?.values ?? []).flatMap((v, i): [number, number][] => (v === null ? [] : [[v - (errors[i] ?? 0), v + (errors[i] ?? 0)]]));
  return programmesAxisEnds(bars, intervals);
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

/** Below this chart width (px, a phone's), the interval lines are thinner and their caps shorter: they no longer outweigh the bars (QA phone F11). */
export const NARROW_CHART_PX = 480;

/**
 * Draws each bar's 95 % interval as a line with caps (value ± half-width) along the value axis, for the
 * datasets that carry `errorBars`: vertical for upright bars, horizontal for the programmes chart's lying
 * bars (indexAxis 'y'); hidden datasets and missing values draw nothing. A line longer than the chart
 * (programmesAxis.ts bounds the axis) stops at its edge with an arrow instead of a cap.
 */
export const errorBarsPlugin: Plugin<'bar'> = {
  id: 'fidelisErrorBars',
  afterDatasetsDraw(chart) {
    const { ctx } = chart;
    const lying = chart.options?.indexAxis === 'y';
    const narrow = (chart.width ?? Infinity) < NARROW_CHART_PX;
    const area = chart.chartArea as { left: number; right: number; top: number; bottom: number } | undefined;
    const [first, last] = area ? (lying ? [area.left, area.right] : [area.top, area.bottom]) : [-Infinity, Infinity];
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
        const size = bar as unknown as { width?: number; height?: number };
        const cap = Math.max(3, Math.min(narrow ? 5 : 8, ((lying ? size.height : size.width) ?? 16) / 4));
        // (along, across) to the canvas' (x, y)
        const at = (along: number, side: number): [number, number] => (lying ? [along, across + side] : [across + side, along]);
        const ends = [value + error, value - error].map((v) => scale.getPixelForValue(v));
        ctx.save();
        ctx.strokeStyle = OKABE_ITO.black;
        ctx.lineWidth = narrow ? 1 : 1.5;
        ctx.beginPath();
        const [high, low] = ends.map((pixel) => Math.min(last, Math.max(first, pixel)));
        ctx.moveTo(...at(high, 0));
        ctx.lineTo(...at(low, 0));
        ends.forEach((pixel, k) => {
          const end = k === 0 ? high : low;
          if (end === pixel) {
            ctx.moveTo(...at(end, -cap));
            ctx.lineTo(...at(end, cap));
          } else {
            // cut at the edge: an arrowhead pointing on, past the chart
            const back = end === last ? -cap : cap;
            ctx.moveTo(...at(end + back, -cap));
            ctx.lineTo(...at(end, 0));
            ctx.lineTo(...at(end + back, cap));
          }
        });
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
  const axis = programmesAxis(model);
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
          // 0, the bars and each interval up to twice the longest bar (programmesAxis.ts, QA phone F11)
          min: axis.min,
          max: axis.max,
          afterBuildTicks: (scale: Scale) => {
            scale.ticks = axisTicks(axis.min, axis.max, scale.width).map((value) => ({ value }));
          },
          // 0, where the bars start, drawn darker than the other grid lines
          grid: {
            color: (c: { tick?: { value: number } }) => (c.tick?.value === 0 ? ZERO_LINE.colour : GRID_LINE),
            lineWidth: (c: { tick?: { value: number } }) => (c.tick?.value === 0 ? ZERO_LINE.width : 1),
          },
          // as the app writes money (app/format.ts): a true minus, « −20 000 € », where chart.js's Intl format
          // wrote « -20 000 € » on an axis the error bars take below 0 (QA tablet verify N4)
          // upright amounts, spaced for the width by axisTicks rather than skipped by chart.js
          ticks: { maxRotation: 0, autoSkip: false, format: { style: 'currency', currency: 'EUR', minimumFractionDigits: 0, maximumFractionDigits: 0 }, ...appTicks(locale, 'money') },
        },
      },
      locale,
    },
  };
}
