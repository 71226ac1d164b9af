/**
 * A chart's legend as page content instead of chart.js's canvas legend: the entries come from the
 * chart's own configuration (so they cannot disagree with what is drawn), each with a swatch that
 * repeats its non-colour cues (line dash, point shape). The page draws them as buttons that hide or
 * show a series, which the canvas legend only offered to the mouse. chart.js's Legend plugin is no
 * longer registered (chartSetup.ts): 2.8 KB gz less on the learner's path.
 */
import type { ChartConfiguration } from 'chart.js';
import type { HatchKind } from './hatch.ts';
import type { POINT_STYLES } from './palette.ts';

export type PointShape = (typeof POINT_STYLES)[number];

export interface LegendEntry {
  label: string;
  /** how the series is drawn: a line (with its points) or a filled bar */
  kind: 'line' | 'bar';
  stroke: string;
  fill: string;
  dash: number[];
  point: PointShape | null;
  /** a bar's pattern over its fill (hatch.ts); none for a plain fill */
  hatch?: HatchKind;
}

function colour(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback;
}

/** The entries of a chart's legend, in dataset order; none when the chart hides its legend. */
export function legendEntries(config: ChartConfiguration): LegendEntry[] {
  if (config.options?.plugins?.legend?.display === false) return [];
  return config.data.datasets.map((raw) => {
    const dataset = raw as unknown as Record<string, unknown>;
    const kind = (dataset.type ?? config.type) === 'line' ? 'line' : 'bar';
    const fill = colour(dataset.backgroundColor, '#888888');
    const hatch = kind === 'bar' ? (dataset.hatch as { kind: HatchKind } | undefined)?.kind : undefined;
    return {
      ...(hatch ? { hatch } : {}),
      label: String(dataset.label ?? ''),
      kind,
      stroke: colour(dataset.borderColor, fill),
      fill,
      dash: Array.isArray(dataset.borderDash) ? (dataset.borderDash as number[]) : [],
      point: kind === 'line' ? ((dataset.pointStyle as PointShape | undefined) ?? 'circle') : null,
    };
  });
}

/** An SVG path (in a 10 x 10 box centred on 5,5) of a chart.js point style, for the legend's swatch. */
export function pointPath(shape: PointShape): string {
  switch (shape) {
    case 'circle':
      return 'M1.5 5a3.5 3.5 0 1 0 7 0a3.5 3.5 0 1 0 -7 0Z';
    case 'triangle':
      return 'M5 1.2L8.8 8.2H1.2Z';
    case 'rect':
      return 'M1.8 1.8H8.2V8.2H1.8Z';
    case 'rectRot':
      return 'M5 0.8L9.2 5L5 9.2L0.8 5Z';
    case 'star':
      return 'M5 0.8V9.2M0.8 5H9.2M2 2L8 8M8 2L2 8';
    case 'crossRot':
      return 'M2 2L8 8M8 2L2 8';
    case 'cross':
      return 'M5 0.8V9.2M0.8 5H9.2';
    case 'dash':
      return 'M1 5H9';
  }
}

/** Shapes drawn as strokes only (chart.js draws them without fill). */
export function strokedOnly(shape: PointShape): boolean {
  return shape === 'star' || shape === 'crossRot' || shape === 'cross' || shape === 'dash';
}
