/**
 * The programmes chart's value axis (pure). Its ends held every 95 % interval whole: early in a game a margin of
 * some 50 € ± 2 000 € next to a 600 € cost stretched the axis so far that on a phone the bars shrank to slivers
 * under black whiskers (QA phone F11). The axis now holds 0, every bar, and each interval up to ERROR_REACH
 * times the longest bar; a longer interval's line stops at the edge with an arrow (errorBarsPlugin), its ends in
 * the table. Its labels are round amounts spaced for the chart's width, 0 always among them.
 */

/** How far past 0 an interval is drawn, in longest bars. */
export const ERROR_REACH = 2;

/** Room past the farthest bar or line end, a share of the axis: a bar does not touch the frame. */
const ROOM = 0.05;

/** About the width of an amount on the axis (« −10 000 € »), with room around it, in px. */
const TICK_LABEL_PX = 64;

export interface AxisEnds {
  min: number;
  max: number;
  /** whether an interval reaches past them (its line ends in an arrow) */
  cut: boolean;
}

/** The axis' ends for `bars` (cost and margin values) and the `intervals` [low, high] of the margins. */
export function programmesAxisEnds(bars: readonly number[], intervals: readonly (readonly [number, number])[]): AxisEnds {
  const longest = Math.max(0, ...bars.map(Math.abs));
  const reach = longest > 0 ? ERROR_REACH * longest : Infinity;
  const lows = intervals.map(([low]) => low);
  const highs = intervals.map(([, high]) => high);
  const low = Math.min(0, ...bars, Math.max(-reach, Math.min(0, ...lows)));
  const high = Math.max(0, ...bars, Math.min(reach, Math.max(0, ...highs)));
  const room = ROOM * (high - low);
  const min = low < 0 ? low - room : 0;
  const max = high > 0 ? high + room : 0;
  return { min, max, cut: lows.some((low) => low < min) || highs.some((high) => high > max) };
}

/**
 * The amounts labelled on an axis from `min` to `max`, `widthPx` wide: multiples of the smallest round step (1, 2,
 * 2.5 or 5 times a power of ten) of which no more than fit without crowding, so 0, where cost and margin bars
 * start, is always one of them (chart.js's own skipping dropped it on a phone, leaving « −5 000 € » and « 5 000 € »).
 */
export function axisTicks(min: number, max: number, widthPx: number): number[] {
  const fits = Math.max(2, Math.floor(widthPx / TICK_LABEL_PX));
  if (!(max > min)) return [0];
  const multiples = (step: number) => {
    const ticks: number[] = [];
    for (let k = Math.ceil(min / step); k * step <= max; k++) ticks.push(k * step + 0);
    return ticks;
  };
  const power = 10 ** Math.floor(Math.log10((max - min) / fits));
  for (const scale of [1, 10, 100]) for (const m of [1, 2, 2.5, 5]) {
    const ticks = multiples(m * scale * power);
    if (ticks.length <= fits) return ticks;
  }
  return [0];
}
