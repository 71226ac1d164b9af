/**
 * The value under the pointer, as page content instead of chart.js's Tooltip plugin (no longer
 * registered: about 4.7 KB gz less on the learner's path). The chart finds the points or bars under
 * the pointer with its own interaction modes (the configuration's `interaction`, as the plugin did:
 * every period's series at once on the time-series charts, the bar under the pointer elsewhere) and
 * names their values with the same scale formatting as its axes. `chartTip` reads them; the tip is
 * drawn by ChartTooltip.svelte and wired to the canvas by `followPointer` (chartAttachment.svelte.ts
 * for every ChartFigure, the class view's chart on its own). From the keyboard, `followKeys` steps
 * through the categories of the focused chart with the arrow keys (`chartTipAt`: every visible series
 * at that category) and Escape hides any tip (WCAG 2.1.1, 1.4.13). The table alternative under each
 * chart stays the way to read every value at once.
 */
import type { InteractionMode } from 'chart.js';
import type { Locale } from '../../i18n/translate.ts';
import { NBSP } from '../../i18n/frenchSpacing.ts';

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
  /** shown from the keyboard (the page announces it, politely) */
  keyboard?: boolean;
}

/** The part of a chart.js element the tip needs: its position on the canvas. */
interface Point {
  x: number;
  y: number;
}

/** The part of a chart.js Chart `chartTip` reads (a real chart, or a stand-in in tests). */
export interface TipSource {
  width: number;
  data: { labels?: unknown[]; datasets: { label?: string; borderColor?: unknown; backgroundColor?: unknown; hatch?: { colour: string } }[] };
  options: { interaction?: { mode?: InteractionMode; intersect?: boolean; axis?: string } };
  getElementsAtEventForMode(event: Event, mode: InteractionMode, options: object, useFinalPosition: boolean): Found[];
  getDatasetMeta(datasetIndex: number): {
    controller: { getLabelAndValue(index: number): { label: string; value: string }; getParsed(index: number): unknown };
    vScale?: { axis: string; getLabelForValue(value: number): string };
    /** the drawn points or bars, by category */
    data: Point[];
  };
  isDatasetVisible(datasetIndex: number): boolean;
}

interface Found {
  datasetIndex: number;
  index: number;
  element: Point;
}

/**
 * Formats a value of the series named `series` for the tip instead of the value axis' own formatting;
 * `index` is the category of a single value (absent for the ends of a floating bar).
 */
export type TipFormat = (value: number, series: string, index?: number) => string;

/** How the tip writes its lines: the values' format, and the language's colon (« Membres : 42,11 € », « Members: 42.11 € »). */
export interface TipText {
  format?: TipFormat;
  lang?: Locale;
}

/** « label : value »: French puts a no-break space before the colon (frenchSpacing.ts), English none. */
export function tipLine(label: string, value: string, lang: Locale = 'en'): string {
  return `${label}${lang === 'fr' ? `${NBSP}:` : ':'} ${value}`;
}

function colourAt(value: unknown, index: number): string {
  const picked = Array.isArray(value) ? value[index % value.length] : value;
  return typeof picked === 'string' ? picked : '#888888';
}

/** A floating bar (the satisfaction interval) holds [start, end]: chart.js names it « [0.61, 0.74] », unformatted. */
function floatingRange(parsed: unknown): { start: number; end: number } | null {
  const custom = (parsed as { _custom?: { start?: unknown; end?: unknown } } | undefined)?._custom;
  return custom && typeof custom.start === 'number' && typeof custom.end === 'number' ? { start: custom.start, end: custom.end } : null;
}

/** The tip of the elements found (chart.js's items), null when there are none. */
function tipOf(chart: TipSource, found: Found[], { format, lang }: TipText): ChartTip | null {
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
    const series = dataset.label ?? '';
    const name = (v: number) => (format ? format(v, series) : vScale ? vScale.getLabelForValue(v) : String(v));
    const shown = range ? `${name(range.start)} – ${name(range.end)}` : format && vScale && parsed ? format(parsed[vScale.axis], series, index) : value;
    return { text: series ? tipLine(series, shown, lang) : shown, colour: colourAt(dataset.hatch?.colour ?? dataset.backgroundColor ?? dataset.borderColor, index) };
  });
  // at the points' average, as chart.js's tooltip
  const x = found.reduce((sum, item) => sum + item.element.x, 0) / found.length;
  const y = found.reduce((sum, item) => sum + item.element.y, 0) / found.length;
  return { title, lines, x, y, flip: x > chart.width / 2 };
}

/**
 * What the tip shows for a pointer event on `chart`: the category, one line per visible series
 * under the pointer (« label : value », in the series' colour), anchored at those points. null when
 * the pointer is over nothing.
 */
export function chartTip(chart: TipSource, event: Event, text: TipText = {}): ChartTip | null {
  const interaction = chart.options.interaction ?? {};
  const found = chart
    .getElementsAtEventForMode(event, interaction.mode ?? 'nearest', { intersect: interaction.intersect ?? true, axis: interaction.axis ?? 'x' }, false)
    .filter((item) => chart.isDatasetVisible(item.datasetIndex));
  return tipOf(chart, found, text);
}

/** The tip of category `index` from the keyboard: every visible series there (a period, a bar group). */
export function chartTipAt(chart: TipSource, index: number, text: TipText = {}): ChartTip | null {
  const found: Found[] = [];
  chart.data.datasets.forEach((_, datasetIndex) => {
    const element = chart.isDatasetVisible(datasetIndex) ? chart.getDatasetMeta(datasetIndex).data[index] : undefined;
    if (element) found.push({ datasetIndex, index, element });
  });
  const tip = tipOf(chart, found, text);
  return tip && { ...tip, keyboard: true };
}

/** The category an arrow key moves to from `index` (none yet: the first, or the last with ←); undefined for other keys. */
export function stepCategory(key: string, index: number | null, count: number): number | undefined {
  if (count === 0) return undefined;
  const last = count - 1;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return index === null ? 0 : Math.min(index + 1, last);
    case 'ArrowLeft':
    case 'ArrowUp':
      return index === null ? last : Math.max(index - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return undefined;
  }
}

/** The tip as one sentence for a screen reader: « Semaine 3, Membres : 42,11 €, Groupe témoin : 9,10 € ». */
export function spokenTip(tip: ChartTip | null): string {
  return tip?.keyboard ? [tip.title, ...tip.lines.map((line) => line.text)].filter(Boolean).join(', ') : '';
}

/**
 * The keyboard's way to the tip on a focusable `canvas`: arrows (and Home, End) move through the
 * categories, Escape or leaving the chart hides it. Returns the cleanup.
 */
export function followKeys(canvas: HTMLElement, chart: object, show: (tip: ChartTip | null) => void, text: TipText = {}): () => void {
  const source = chart as TipSource;
  let index: number | null = null;
  const key = (event: KeyboardEvent) => {
    if (event.key === 'Escape') return show(null);
    const next = stepCategory(event.key, index, source.data.labels?.length ?? 0);
    if (next === undefined) return;
    event.preventDefault();
    index = next;
    show(chartTipAt(source, next, text));
  };
  const blur = () => show(null);
  canvas.addEventListener('keydown', key);
  canvas.addEventListener('blur', blur);
  return () => {
    canvas.removeEventListener('keydown', key);
    canvas.removeEventListener('blur', blur);
  };
}

/**
 * Shows the tip of the point under a mouse, pen or finger on `canvas` (a tap shows it too) and hides
 * it when a mouse or pen leaves, or on Escape anywhere (WCAG 1.4.13: dismissed without moving the
 * pointer); a finger's tip stays until the next touch, as chart.js's did. Returns the cleanup.
 */
export function followPointer(canvas: HTMLCanvasElement, chart: object, show: (tip: ChartTip | null) => void, text: TipText = {}): () => void {
  const source = chart as TipSource;
  const point = (event: PointerEvent) => show(chartTip(source, event, text));
  const leave = (event: PointerEvent) => {
    if (event.pointerType !== 'touch') show(null);
  };
  const escape = (event: KeyboardEvent) => {
    if (event.key === 'Escape') show(null);
  };
  canvas.addEventListener('pointermove', point);
  canvas.addEventListener('pointerdown', point);
  canvas.addEventListener('pointerleave', leave);
  const page = canvas.ownerDocument;
  page.addEventListener('keydown', escape);
  return () => {
    canvas.removeEventListener('pointermove', point);
    canvas.removeEventListener('pointerdown', point);
    canvas.removeEventListener('pointerleave', leave);
    page.removeEventListener('keydown', escape);
  };
}
