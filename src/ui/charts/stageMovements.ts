/**
 * The gross movements between lifecycle stages of one period, or of the whole game (KPIs' stageFlows:
 * who moved from which stage to which), as a bar per movement and a table per stage (at the start,
 * entries, exits, at the end), and the loyalty ladder over time. Pure: the screen passes names and locale.
 * Periods of a run saved before the KPIs held flows have none: only net changes are known there.
 */
import type { ChartConfiguration } from 'chart.js';
import type { StageFlow, TickKpis } from '../../engine/types.ts';
import { LADDER, STAGES, STAGES_IN_DATABASE, type LadderRung, type Stage } from '../../engine/vocabulary.ts';
import { appTicks } from './kpiSeriesConfig.ts';
import { OKABE_ITO } from './palette.ts';
import type { SeriesModel } from './seriesModel.ts';

/** What a movement means for the shop (its colour, and a column of the table). */
export type MoveKind = 'arrivee' | 'progression' | 'reactivation' | 'recul' | 'depart' | 'autre';
export const MOVE_KINDS: readonly MoveKind[] = ['arrivee', 'progression', 'reactivation', 'recul', 'depart', 'autre'];

/** Colour-blind-safe colours (Okabe & Ito); the kind is also written in the table and the key, never by colour alone. */
export const MOVE_COLOURS: Record<MoveKind, string> = {
  arrivee: OKABE_ITO.bluishGreen,
  progression: OKABE_ITO.blue,
  reactivation: OKABE_ITO.skyBlue,
  recul: OKABE_ITO.orange,
  depart: OKABE_ITO.vermillion,
  autre: OKABE_ITO.reddishPurple,
};

/**
 * The movements always shown (a zero is worth reading: « no dormant customer came back »), in the
 * order of a customer's life: arrival, progress, reactivation, decline, departures from each stage.
 * Any other movement the engine counts (a future rule) is listed after them when it happened.
 */
export const MAIN_MOVES: readonly (readonly [Stage, Stage])[] = [
  ['prospect', 'nouveau'],
  ['nouveau', 'actif'],
  ['dormant', 'actif'],
  ['nouveau', 'dormant'],
  ['actif', 'dormant'],
  ['nouveau', 'perdu'],
  ['actif', 'perdu'],
  ['dormant', 'perdu'],
];

export function moveKind(from: Stage, to: Stage): MoveKind {
  if (to === 'perdu') return 'depart';
  if (from === 'prospect' || from === 'suspect') return 'arrivee';
  if (from === 'dormant' && to === 'actif') return 'reactivation';
  if (to === 'dormant') return 'recul';
  if (STAGES.indexOf(to) > STAGES.indexOf(from)) return 'progression';
  return 'autre';
}

/** A period of the movements view: a period's index in the KPI series, or the whole game. */
export type MovesChoice = number | 'all';

export interface PeriodMoves {
  /** the gross flows; null when the period (or one period of the game) was played before they were recorded */
  flows: StageFlow[] | null;
  /** customers recruited and lost */
  arrivals: number;
  departures: number;
  /** stage counts at the end */
  end: Record<Stage, number>;
  /** stage counts at the start: the previous period's end, else end - inflows + outflows; null when unknown */
  start: Record<Stage, number> | null;
}

/** Every period of the series holds flows: the whole game can be summed. */
export function allRecorded(kpis: readonly TickKpis[]): boolean {
  return kpis.length > 0 && kpis.every((k) => k.stageFlows !== undefined);
}

function sumFlows(lists: readonly StageFlow[][]): StageFlow[] {
  const n = STAGES.length;
  const matrix = new Array<number>(n * n).fill(0);
  for (const list of lists) for (const f of list) matrix[STAGES.indexOf(f.from) * n + STAGES.indexOf(f.to)] += f.count;
  const out: StageFlow[] = [];
  matrix.forEach((count, k) => {
    if (count !== 0) out.push({ from: STAGES[Math.floor(k / n)], to: STAGES[k % n], count });
  });
  return out;
}

/** Counts at the start, from the counts at the end and the flows in between. */
function startFrom(end: Record<Stage, number>, flows: readonly StageFlow[]): Record<Stage, number> {
  const start = { ...end };
  for (const f of flows) {
    start[f.to] -= f.count;
    start[f.from] += f.count;
  }
  return start;
}

/** The movements of period `choice` (an index into `kpis`) or of the whole game. */
export function periodMoves(kpis: readonly TickKpis[], choice: MovesChoice): PeriodMoves {
  if (choice === 'all') {
    const last = kpis[kpis.length - 1];
    const flows = allRecorded(kpis) ? sumFlows(kpis.map((k) => k.stageFlows!)) : null;
    return {
      flows,
      arrivals: kpis.reduce((a, k) => a + k.acquired, 0),
      departures: kpis.reduce((a, k) => a + k.lost, 0),
      end: last.stages,
      start: flows ? startFrom(last.stages, flows) : null,
    };
  }
  const now = kpis[choice];
  const flows = now.stageFlows ?? null;
  const previous = choice > 0 ? kpis[choice - 1].stages : null;
  return { flows, arrivals: now.acquired, departures: now.lost, end: now.stages, start: previous ?? (flows ? startFrom(now.stages, flows) : null) };
}

export interface MoveRow {
  from: Stage;
  to: Stage;
  kind: MoveKind;
  count: number;
}

const hides = (hidden: readonly Stage[]) => (from: Stage, to: Stage) => hidden.includes(from) || hidden.includes(to);

/** The bars: MAIN_MOVES (zeros included), then any other movement that happened; none touching a hidden stage. */
export function moveRows(flows: readonly StageFlow[], hidden: readonly Stage[] = []): MoveRow[] {
  const hide = hides(hidden);
  const count = (from: Stage, to: Stage) => flows.find((f) => f.from === from && f.to === to)?.count ?? 0;
  const main = MAIN_MOVES.filter(([from, to]) => !hide(from, to)).map(([from, to]) => ({ from, to, kind: moveKind(from, to), count: count(from, to) }));
  const other = flows
    .filter((f) => f.count !== 0 && !hide(f.from, f.to) && !MAIN_MOVES.some(([from, to]) => from === f.from && to === f.to))
    .map((f) => ({ from: f.from, to: f.to, kind: moveKind(f.from, f.to), count: f.count }));
  return [...main, ...other];
}

export interface StageRow {
  stage: Stage;
  start: number | null;
  /** customers who came into the stage, and who left it (null: not recorded) */
  inflow: number | null;
  outflow: number | null;
  end: number;
  /** end - start (null: start unknown) */
  net: number | null;
}

/** One row per stage of the database (not hidden): start + inflow - outflow = end. */
export function stageRows(moves: PeriodMoves, hidden: readonly Stage[] = []): StageRow[] {
  const f = moves.flows;
  return STAGES_IN_DATABASE.filter((s) => !hidden.includes(s)).map((stage) => {
    const start = moves.start ? moves.start[stage] : null;
    return {
      stage,
      start,
      inflow: f ? f.filter((x) => x.to === stage).reduce((a, x) => a + x.count, 0) : null,
      outflow: f ? f.filter((x) => x.from === stage).reduce((a, x) => a + x.count, 0) : null,
      end: moves.end[stage],
      net: start === null ? null : moves.end[stage] - start,
    };
  });
}

export interface MovesText {
  /** names of the stages */
  stages: Record<Stage, string>;
  /** names of the kinds */
  kinds: Record<MoveKind, string>;
  /** the series: customers, and the kind column */
  customers: string;
  kind: string;
}

/** « Client actif → Client dormant »: a row of the table, a bar of the chart. */
export function moveLabel(names: Record<Stage, string>, row: Pick<MoveRow, 'from' | 'to'>): string {
  return `${names[row.from]} → ${names[row.to]}`;
}

/** The bars' model (null counts when the flows were not recorded), and the kind of each, in words, for the table. */
export function movesModel(rows: readonly MoveRow[], recorded: boolean, text: MovesText): SeriesModel {
  return {
    labels: rows.map((r) => moveLabel(text.stages, r)),
    kind: 'number',
    series: [
      { id: 'customers', label: text.customers, values: rows.map((r) => (recorded ? r.count : null)) },
      { id: 'kind', label: text.kind, values: rows.map(() => null), texts: rows.map((r) => text.kinds[r.kind]) },
    ],
  };
}

/**
 * Horizontal bars, one per movement, coloured by kind; each axis label on two lines (« Client actif »,
 * « → Client dormant ») so that the bars keep their width on a tablet. The kind series is the table's only.
 */
export function movesConfig(model: SeriesModel, rows: readonly MoveRow[], names: Record<Stage, string>, locale: string): ChartConfiguration<'bar'> {
  const counts = model.series[0];
  return {
    type: 'bar',
    data: {
      labels: model.labels,
      datasets: [
        {
          label: counts.label,
          data: counts.values,
          backgroundColor: rows.map((r) => MOVE_COLOURS[r.kind]),
          borderColor: rows.map((r) => MOVE_COLOURS[r.kind]),
          borderWidth: 1,
        },
      ],
    },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      plugins: { legend: { display: false } },
      scales: {
        x: { beginAtZero: true, ticks: appTicks(locale, 'number') },
        y: { ticks: { autoSkip: false, callback: (_value: number | string, index: number) => (rows[index] ? [names[rows[index].from], `→ ${names[rows[index].to]}`] : '') } },
      },
      locale,
    },
  };
}

/** The rungs of the ladder among customers (prospects are the pool, not a rung reached). */
export const LADDER_RUNGS: readonly LadderRung[] = LADDER.filter((r) => r !== 'prospect');

/** Customers on each rung of the loyalty ladder, period by period. */
export function ladderModel(kpis: readonly TickKpis[], periodLabels: readonly string[], names: Record<LadderRung, string>): SeriesModel {
  return {
    labels: [...periodLabels],
    kind: 'number',
    series: LADDER_RUNGS.map((r) => ({ id: r, label: names[r], values: kpis.map((k) => k.ladder[r]) })),
  };
}

/** A rung dwarfs the others when its peak is at least this many times theirs. */
const DWARFS = 5;

/**
 * The ladder's small rungs on their own axis, when one rung dwarfs the others (bakery: client 2 419 vs acheteur 95,
 * ambassadeur 15, supporteur 0): on one linear axis they lay flat at the bottom on a projector (QA verify3,
 * Graphiques). The same figures without the big rung, for a second chart whose title names the rung left out;
 * null when no rung dwarfs the others (one chart reads).
 */
export function ladderSmallRungs(model: SeriesModel): { model: SeriesModel; without: string } | null {
  const peak = (s: SeriesModel['series'][number]) => Math.max(0, ...s.values.map((v) => v ?? 0));
  const [big, next] = [...model.series].sort((a, b) => peak(b) - peak(a));
  if (!big || !next || peak(big) < DWARFS * Math.max(1, peak(next))) return null;
  return { model: { ...model, series: model.series.filter((s) => s !== big) }, without: big.label };
}

/** The ladder chart's config without one rung's line: each rung keeps its colour and marker of the full chart. */
export function withoutRung<T extends ChartConfiguration<'line'>>(config: T, label: string): T {
  return { ...config, data: { ...config.data, datasets: config.data.datasets.filter((d) => d.label !== label) } };
}
