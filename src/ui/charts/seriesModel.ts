/**
 * The neutral data behind a chart: category labels and named series of values. The same model
 * feeds the chart.js configuration and the accessible table alternative, so both always agree.
 */
/**
 * 'roi': a programme's return on investment, written as on every screen (app/roi.ts); 'moneyCents':
 * euros with cents (a margin per customer, where whole euros would round a small gap to 0)
 */
export type ValueKind = 'money' | 'moneyCents' | 'number' | 'percent' | 'decimal' | 'roi';

export interface Series {
  id: string;
  label: string;
  values: (number | null)[];
  /** overrides the model's kind for this series (e.g. a sample size beside percentages) */
  kind?: ValueKind;
  /**
   * the table's words for each value, where the figure alone would mislead (an estimate with its
   * margin of error, « −437,6 % ± 972,2 % »); null or absent: the value written by its kind
   */
  texts?: (string | null)[];
  /** half-widths of the values' 95 % intervals, where the values are estimates (drawn as error bars) */
  errors?: (number | null)[];
  /** labels of other drawn datasets that show this series' values (a programme's margin whose effect is not shown, drawn pale) */
  drawnAs?: string[];
}

export interface SeriesModel {
  /** one label per category (period, stage, programme…) */
  labels: string[];
  series: Series[];
  kind: ValueKind;
}
