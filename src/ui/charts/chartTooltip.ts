/**
 * The value under the pointer, as page content instead of chart.js's Tooltip plugin (no longer
 * registered: about 4.7 KB gz less on the learner's path). The chart finds the points or bars under
 * the pointer with its own interaction modes (the configuration's `interaction`, as the plugin did:
 * every period's series at once on the time-series charts, the bar under the pointer elsewhere) and
 * names their values with the same scale formatting as its axes. `chartTip` reads them; the tip is
 * drawn by ChartTooltip.svelte and wired to the canvas by `followPointer` (chartAttachment.svelte.ts
 * for every ChartFigure, the class view's chart on its own). The table alternative under each chart
 * stays the way to read every value without a pointer.
 */
import type { InteractionMode } from 'chart.js';

export interface TipLine {
  text: string;
  colour: string;
}

export interface ChartTip {
  /** the category (period, programme, stage…) */
  title: string;
  lines: TipLine[];
  /** anchor in CSS pixels from the canvas' top left corner */
  x: number;
  y: number;
  /** the tip opens to the left of its anchor (anchor in the right half of the canvas) */
  flip: boolean;
}

/** The part of a chart.js element the tip needs: its position on the canvas. */
interface Point {
  x: number;
  y: number;
}

/** The part of a chart.js Chart `chartTip` reads (a real chart, or a stand-in in tests). */
export interface TipSource {
  width: number;
  data: { labels?: unknown[]; datasets: { label?: string; borderColor?: unknown; backgroundColor?: unknown }[] };
  options: { interaction?: { mode?: InteractionMode; intersect?: boolean; axis?: string } };
  getElementsAtEventForMode(event: Event, mode: InteractionMode, options: object, useFinalPosition: boolean): { datasetIndex: number; index: number; element: Point }[];
  getDatasetMeta(datasetIndex: number): {
    controller: { getLabelAndValue(index: number): { label: string; value: string }; getParsed(index: number): unknown };
    vScale?: { axis: string; getLabelForValue(value: number): string };
  };
  isDatasetVisible(datasetIndex: number): boolean;
}

/** Formats a value for the tip instead of the value axis' own formatting. */
export type TipFormat = (value: number) => string;

function colourAt(value: unknown, index: number): string {
  const picked = Array.isArray(value) ? value[index % value.length] : value;
  return typeof picked === 'string' ? picked : '#888888';
}

/** A floating bar (the satisfaction interval) holds [start, end]: chart.js names it « [0.61, 0.74] », unformatted. */
function floatingRange(parsed: unknown): { start: number; end: number } | null {
  const custom = (parsed as { _custom?: { start?: unknown; end?: unknown } } | undefined)?._custom;
  return custom && typeof custom.start === 'number' && typeof custom.end === 'number' ? { start: custom.start, end: custom.end } : null;
}

/**
 * What the tip shows for a pointer event on `chart`: the category, one line per visible series
 * under the pointer (« label : value », in the series' colour), anchored at those points. null when
 * the pointer is over nothing.
 */
export function chartTip(chart: TipSource, event: Event, format?: TipFormat): ChartTip | null {
  const interaction = chart.options.interaction ?? {};
  const found = chart
    .getElementsAtEventForMode(event, interaction.mode ?? 'nearest', { intersect: interaction.intersect ?? true, axis: interaction.axis ?? 'x' }, false)
    .filter((item) => chart.isDatasetVisible(item.datasetIndex));
  if (found.length === 0) return null;
  let title = '';
  const lines = found.map(({ datasetIndex, index }) => {
    const dataset = chart.data.datasets[datasetIndex];
    const meta = chart.getDatasetMeta(datasetIndex);
    const { label, value } = meta.controller.getLabelAndValue(index);
    title ||= label;
    const parsed = meta.controller.getParsed(index) as Record<string, number> | undefined;
    const range = floatingRange(parsed);
    const vScale = meta.vScale;
    const name = (v: number) => (format ? format(v) : vScale ? vScale.getLabelForValue(v) : String(v));
    const shown = range ? `${name(range.start)} – ${name(range.end)}` : format && vScale && parsed ? format(parsed[vScale.axis]) : value;
    // « label: value » as chart.js's tooltip wrote it
    return { text: dataset.label ? `${dataset.label}: ${shown}` : shown, colour: colourAt(dataset.backgroundColor ?? dataset.borderColor, index) };
  });
  // at the points' average, as chart.js's tooltip
  const x = found.reduce((sum, item) => sum + item.element.x, 0) / found.length;
  const y = found.reduce((sum, item) => sum + item.element.y, 0) / found.length;
  return { title, lines, x, y, flip: x > chart.width / 2 };
}

/**
 * Shows the tip of the point under a mouse, pen or finger on `canvas` (a tap shows it too) and hides
 * it when a mouse or pen leaves; a finger's tip stays until the next touch, as chart.js's did.
 * Returns the cleanup.
 */
export function followPointer(canvas: HTMLCanvasElement, chart: object, show: (tip: ChartTip | null) => void, format?: TipFormat): () => void {
  const source = chart as TipSource;
  const point = (event: PointerEvent) => show(chartTip(source, event, format));
  const leave = (event: PointerEvent) => {
    if (event.pointerType !== 'touch') show(null);
  };
  canvas.addEventListener('pointermove', point);
  canvas.addEventListener('pointerdown', point);
  canvas.addEventListener('pointerleave', leave);
  return () => {
    canvas.removeEventListener('pointermove', point);
    canvas.removeEventListener('pointerdown', point);
    canvas.removeEventListener('pointerleave', leave);
  };
}
