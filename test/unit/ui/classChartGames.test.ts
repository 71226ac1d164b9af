/**
 * The class chart on the projector (QA class of 30, finding 17): one game at a time, so a second
 * shop's figures (860 k€ beside the bakery's 180-210 k€) do not flatten the class's differences; the
 * difference from doing nothing as a metric; long names ended with « … » on the axis.
 */
import { describe, expect, it } from 'vitest';
import type { ClassGame, ClassRow } from '../../../src/results/classComparison.ts';
import type { NoActionReference } from '../../../src/results/noActionReference.ts';
import { chartGame, chartGameRows, classChartConfig, CHART_METRICS, shortLabel } from '../../../src/ui/class/classChart.ts';
import { classRow } from '../../fixtures/classRow.ts';

const game = (key: string, index: number): ClassGame => ({ key, index, scenarioName: { fr: key }, scenarioFingerprint: key, seed: 1, mode: 'committed', files: 1 });
const inGame = (r: ClassRow, key: string, index: number): ClassRow => ({ ...r, game: { key, index }, activeCustomers: 100 });
const reference = (gameKey: string, netMargin: number): NoActionReference => ({
  gameKey,
  ticks: 12,
  points: 0,
  maxPoints: 4,
  turnover: 0,
  grossMargin: 0,
  netMargin,
  activeCustomers: 90,
  retention: null,
});
const labels = { metric: 'm', rowLabel: (r: ClassRow) => r.learner, format: String, referenceLabel: () => 'Sans action' };

describe('class chart: one game, the difference from doing nothing, short labels', () => {
  const bakery = [inGame(classRow('Léa', 1, 3), 'bakery', 0), inGame(classRow('Tom', 2, 1), 'bakery', 0)];
  const optique = [inGame({ ...classRow('Sarah', 1, 4), netMargin: 860_000 }, 'optique', 1)];
  const games = [game('bakery', 0), game('optique', 1)];

  it('shows the class’s game unless the teacher picks another, and only that game’s bars', () => {
    expect(chartGame(games, null)?.key).toBe('bakery');
    expect(chartGame(games, 'optique')?.key).toBe('optique');
    expect(chartGame(games, 'gone')?.key).toBe('bakery');
    expect(chartGame([], null)).toBeNull();
    const shown = chartGameRows([...bakery, ...optique], chartGame(games, null));
    const config = classChartConfig(shown, 'netMargin', labels, [reference('bakery', 150), reference('optique', 700_000)]);
    // no optique bar nor its reference: the axis is the bakery's
    expect(config.data.datasets[0].data).toEqual([300, 150, 100]);
    expect(config.data.labels).toEqual(['Léa', 'Sans action', 'Tom']);
  });

  it('draws each file’s net margin minus the game’s « sans action », the reference at 0', () => {
    expect(CHART_METRICS).toContain('gap');
    const config = classChartConfig(bakery, 'gap', labels, [reference('bakery', 150)]);
    expect(config.data.labels).toEqual(['Léa', 'Sans action', 'Tom']);
    expect(config.data.datasets[0].data).toEqual([150, 0, -50]);
    // without the reference replayed yet, no difference to draw
    expect(classChartConfig(bakery, 'gap', labels, []).data.labels).toEqual([]);
  });

  it('ends a long label with « … » on the axis, the whole name kept in the data (the tip and the table)', () => {
    const long = 'Maëlys-Éléonore Ñúñez-Łukasiewicz de la Tour d’Auvergne-Saint-Géran';
    expect(shortLabel('Léa')).toBe('Léa');
    expect(shortLabel(long, 20)).toBe('Maëlys-Éléonore Ñúñ…');
    expect([...shortLabel(long)].length).toBe(32);
    const config = classChartConfig([inGame(classRow(long, 1, 3), 'bakery', 0)], 'points', labels);
    expect(config.data.labels).toEqual([long]);
    const y = config.options?.scales?.y as { ticks: { callback: (value: number, index: number) => string } };
    expect(y.ticks.callback(0, 0)).toBe(shortLabel(long));
  });
});
