/** The movements between stages (stageMovements.ts): rows, per-stage balance, whole game, old runs without flows, the ladder. */
import { describe, expect, it } from 'vitest';
import type { StageFlow, TickKpis } from '../../../src/engine/types.ts';
import { LADDER, STAGES, type LadderRung, type Stage } from '../../../src/engine/vocabulary.ts';
import {
  allRecorded,
  ladderModel,
  MAIN_MOVES,
  MOVE_COLOURS,
  moveKind,
  moveRows,
  movesConfig,
  movesModel,
  periodMoves,
  stageRows,
  type MoveKind,
} from '../../../src/ui/charts/stageMovements.ts';
import { OKABE_ITO } from '../../../src/ui/charts/palette.ts';
import { makeKpiSeries } from '../../fixtures/kpis.ts';

const names = Object.fromEntries(STAGES.map((s) => [s, s.toUpperCase()])) as Record<Stage, string>;
const kinds = { arrivee: 'A', progression: 'P', reactivation: 'R', recul: 'D', depart: 'X', autre: 'O' } satisfies Record<MoveKind, string>;

/** Three periods whose stage counts follow their flows (start: prospect 100, nouveau 10, actif 50, dormant 20, perdu 5). */
function series(): TickKpis[] {
  const flows: StageFlow[][] = [
    [
      { from: 'prospect', to: 'nouveau', count: 4 },
      { from: 'nouveau', to: 'actif', count: 3 },
      { from: 'actif', to: 'dormant', count: 6 },
      { from: 'dormant', to: 'actif', count: 2 },
      { from: 'actif', to: 'perdu', count: 1 },
    ],
    [
      { from: 'prospect', to: 'nouveau', count: 2 },
      { from: 'nouveau', to: 'dormant', count: 1 },
      { from: 'actif', to: 'dormant', count: 4 },
      { from: 'dormant', to: 'perdu', count: 3 },
    ],
    [{ from: 'actif', to: 'dormant', count: 5 }],
  ];
  let stages: Record<Stage, number> = { suspect: 0, prospect: 100, nouveau: 10, actif: 50, dormant: 20, perdu: 5 };
  return makeKpiSeries(3, (k) => {
    const f = flows[k.tick];
    const next = { ...stages };
    for (const x of f) {
      next[x.from] -= x.count;
      next[x.to] += x.count;
    }
    stages = next;
    const acquired = f.filter((x) => x.from === 'prospect').reduce((a, x) => a + x.count, 0);
    const lost = f.filter((x) => x.to === 'perdu').reduce((a, x) => a + x.count, 0);
    return { ...k, stages: next, stageFlows: f, acquired, lost };
  });
}

describe('movements between stages', () => {
  it('names each movement by what it means for the shop', () => {
    expect(moveKind('prospect', 'nouveau')).toBe('arrivee');
    expect(moveKind('nouveau', 'actif')).toBe('progression');
    expect(moveKind('dormant', 'actif')).toBe('reactivation');
    expect(moveKind('actif', 'dormant')).toBe('recul');
    expect(moveKind('nouveau', 'dormant')).toBe('recul');
    expect(moveKind('dormant', 'perdu')).toBe('depart');
    expect(moveKind('actif', 'nouveau')).toBe('autre');
  });

  it('lists the main movements (zeros too), then any other that happened, without hidden stages', () => {
    const rows = moveRows(series()[0].stageFlows!);
    const counts: Record<string, number> = { 'prospect>nouveau': 4, 'nouveau>actif': 3, 'dormant>actif': 2, 'actif>dormant': 6, 'actif>perdu': 1 };
    expect(rows.map((r) => `${r.from}>${r.to}:${r.count}`)).toEqual(MAIN_MOVES.map(([f, t]) => `${f}>${t}:${counts[`${f}>${t}`] ?? 0}`));
    // a departure path the engine may add (a future rule) is counted without a change here
    const extra = moveRows([...series()[0].stageFlows!, { from: 'actif', to: 'nouveau', count: 2 }]);
    expect(extra.at(-1)).toEqual({ from: 'actif', to: 'nouveau', kind: 'autre', count: 2 });
    expect(moveRows(series()[0].stageFlows!, ['dormant']).some((r) => r.from === 'dormant' || r.to === 'dormant')).toBe(false);
  });

  it('balances each stage: at the start + entries - exits = at the end, the first period from its flows', () => {
    const kpis = series();
    for (let i = 0; i < kpis.length; i++) {
      const rows = stageRows(periodMoves(kpis, i));
      expect(rows.map((r) => r.stage)).toEqual(['prospect', 'nouveau', 'actif', 'dormant', 'perdu']);
      for (const r of rows) expect(r.start! + r.inflow! - r.outflow!).toBe(r.end);
    }
    const first = stageRows(periodMoves(kpis, 0));
    expect(first.find((r) => r.stage === 'actif')).toEqual({ stage: 'actif', start: 50, inflow: 5, outflow: 7, end: 48, net: -2 });
    // a small net change hides larger gross movements
    expect(first.find((r) => r.stage === 'dormant')).toEqual({ stage: 'dormant', start: 20, inflow: 6, outflow: 2, end: 24, net: 4 });
  });

  it('sums the whole game, from the counts before its first period', () => {
    const kpis = series();
    expect(allRecorded(kpis)).toBe(true);
    const all = periodMoves(kpis, 'all');
    expect(all.flows!.find((f) => f.from === 'actif' && f.to === 'dormant')!.count).toBe(15);
    expect(all.arrivals).toBe(6);
    expect(all.departures).toBe(4);
    expect(all.start).toEqual({ suspect: 0, prospect: 100, nouveau: 10, actif: 50, dormant: 20, perdu: 5 });
    expect(all.end).toEqual(kpis[2].stages);
  });

  it('in a run saved before the flows existed, gives net changes only, and no whole-game sum', () => {
    const old = makeKpiSeries(3);
    expect(allRecorded(old)).toBe(false);
    const moves = periodMoves(old, 2);
    expect(moves.flows).toBeNull();
    const actif = stageRows(moves).find((r) => r.stage === 'actif')!;
    expect(actif).toEqual({ stage: 'actif', start: old[1].stages.actif, inflow: null, outflow: null, end: old[2].stages.actif, net: -12 });
    expect(stageRows(periodMoves(old, 0)).every((r) => r.start === null && r.net === null)).toBe(true);
    expect(periodMoves(old, 'all').flows).toBeNull();
    expect(movesModel(moveRows([]), false, { stages: names, kinds, customers: 'C', kind: 'K' }).series[0].values.every((v) => v === null)).toBe(true);
  });

  it('draws one horizontal bar per movement coloured by its kind, its label on two lines, counts on the app’s axis', () => {
    const rows = moveRows(series()[0].stageFlows!);
    const model = movesModel(rows, true, { stages: names, kinds, customers: 'Clients', kind: 'Sens' });
    expect(model.labels[4]).toBe('ACTIF → DORMANT');
    expect(model.series[0].values[4]).toBe(6);
    expect(model.series[1].texts![4]).toBe('D');
    const config = movesConfig(model, rows, names, 'fr-FR');
    expect(config.options?.indexAxis).toBe('y');
    expect(config.data.datasets).toHaveLength(1);
    const colours = config.data.datasets[0].backgroundColor as string[];
    expect(colours[0]).toBe(MOVE_COLOURS.arrivee);
    expect(colours[4]).toBe(OKABE_ITO.orange);
    expect(new Set(Object.values(MOVE_COLOURS)).size).toBe(6);
    const y = config.options?.scales?.y as { ticks: { callback: (v: number, i: number) => unknown } };
    expect(y.ticks.callback(4, 4)).toEqual(['ACTIF', '→ DORMANT']);
    const x = config.options?.scales?.x as { ticks: { callback: (v: number) => string; precision: number } };
    expect(x.ticks.callback(1200)).toBe('1\u202f200');
    expect(x.ticks.precision).toBe(0);
  });
});

describe('loyalty ladder', () => {
  it('gives each rung among customers period by period (prospects are not a rung reached)', () => {
    const kpis = makeKpiSeries(4);
    const rungs = Object.fromEntries(LADDER.map((r) => [r, r])) as Record<LadderRung, string>;
    const model = ladderModel(kpis, ['S1', 'S2', 'S3', 'S4'], rungs);
    expect(model.series.map((s) => s.id)).toEqual(['acheteur', 'client', 'supporteur', 'ambassadeur']);
    expect(model.series[3].values).toEqual(kpis.map((k) => k.ladder.ambassadeur));
    expect(model.labels).toEqual(['S1', 'S2', 'S3', 'S4']);
  });
});
