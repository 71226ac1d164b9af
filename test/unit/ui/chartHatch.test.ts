/**
 * The « Taille des segments » stacked bars keep their series apart without colour (QA qa29print m1:
 * in black and white « Nouveau client », « Très bon client » and « Bon client » printed as one grey):
 * each dataset has its own pattern over its colour, the legend's swatch repeats it, and the
 * chart is given the pattern as the fill.
 */
import { describe, expect, it } from 'vitest';
import { legendEntries } from '../../../src/ui/charts/chartLegend.ts';
import { HATCH_TILE, hatchMarks, hatchPath, paintHatchTile, withHatches, type Hatch } from '../../../src/ui/charts/hatch.ts';
import { seriesStyle } from '../../../src/ui/charts/palette.ts';
import { segmentsModel, stackedBarConfig } from '../../../src/ui/charts/segmentsConfig.ts';
import { makeKpiSeries } from '../../fixtures/kpis.ts';

const kpis = makeKpiSeries(4);
const config = stackedBarConfig(
  segmentsModel(
    kpis,
    kpis.map((k) => `S${k.tick + 1}`),
    { nouveau: 'Nouveau client', tresBon: 'Très bon client', bon: 'Bon client', futurNonClient: 'Futur non-client', inactif: 'Inactif' },
  ),
  'fr-FR',
);
const hatches = config.data.datasets.map((d) => (d as { hatch?: Hatch }).hatch);

/** what a tile draws, as a fake 2D context records it */
function painted(hatch: Hatch): string[] {
  const calls: string[] = [];
  const ctx = {
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 0,
    fillRect: (...a: number[]) => calls.push(`fillRect ${ctx.fillStyle} ${a.join(',')}`),
    beginPath: () => {},
    moveTo: (...a: number[]) => calls.push(`moveTo ${a.join(',')}`),
    lineTo: (...a: number[]) => calls.push(`lineTo ${a.join(',')}`),
    arc: (...a: number[]) => calls.push(`arc ${a.slice(0, 3).join(',')}`),
    fill: () => calls.push(`fill ${ctx.fillStyle}`),
    stroke: () => calls.push(`stroke ${ctx.strokeStyle}`),
  };
  paintHatchTile(ctx as unknown as CanvasRenderingContext2D, hatch);
  return calls;
}

describe('segments chart patterns', () => {
  it('gives each of the five segments its own pattern over its own screen colour', () => {
    expect(hatches.every((h) => h !== undefined)).toBe(true);
    expect(new Set(hatches.map((h) => h?.kind)).size).toBe(5);
    // the colours stay the palette's on screen
    expect(hatches.map((h) => h?.colour)).toEqual([0, 1, 2, 3, 4].map((i) => seriesStyle(i).colour));
    expect(config.data.datasets.map((d) => d.backgroundColor)).toEqual([0, 1, 2, 3, 4].map((i) => seriesStyle(i).colour));
  });

  it('draws different marks for the three segments that printed as one grey', () => {
    const marks = hatches.slice(0, 3).map((h) => JSON.stringify(hatchMarks(h!.kind)));
    expect(new Set(marks).size).toBe(3);
    // and at most one of the five is a plain fill
    expect(hatches.filter((h) => hatchMarks(h!.kind).lines.length + hatchMarks(h!.kind).dots.length === 0)).toHaveLength(1);
  });

  it('paints a tile of the colour with white marks', () => {
    const diagonal = painted({ kind: 'diagonal', colour: '#D55E00' });
    expect(diagonal[0]).toBe(`fillRect #D55E00 0,0,${HATCH_TILE},${HATCH_TILE}`);
    expect(diagonal).toContain(`moveTo 0,${HATCH_TILE}`);
    expect(diagonal).toContain(`lineTo ${HATCH_TILE},0`);
    expect(diagonal).toContain('stroke #ffffff');
    const dots = painted({ kind: 'dots', colour: '#009E73' });
    expect(dots).toContain(`arc ${HATCH_TILE / 2},${HATCH_TILE / 2},1.7`);
    expect(dots).toContain('fill #ffffff');
    expect(painted({ kind: 'solid', colour: '#0072B2' }).filter((c) => c.startsWith('moveTo') || c.startsWith('arc'))).toEqual([]);
  });

  it('repeats the pattern in the legend’s swatch', () => {
    const entries = legendEntries(config);
    expect(entries.map((e) => e.hatch)).toEqual(hatches.map((h) => h?.kind));
    expect(hatchPath('diagonal', 'lines')).toContain(`M0 ${HATCH_TILE}L${HATCH_TILE} 0`);
    expect(hatchPath('dots', 'dots')).toMatch(/^M[\d.]+ 4a1\.7 1\.7 0 1 0 3\.4 0/);
    expect(hatchPath('solid', 'lines') + hatchPath('solid', 'dots')).toBe('');
  });

  it('gives the chart the pattern as the fill, and the colour when no pattern can be made', () => {
    const made: Hatch[] = [];
    const fake = {} as CanvasPattern;
    const drawn = withHatches(config.data.datasets, (h) => (made.push(h), fake));
    const plain = hatches.findIndex((h) => h?.kind === 'solid');
    drawn.forEach((d, i) => expect(d.backgroundColor).toBe(i === plain ? seriesStyle(i).colour : fake));
    expect(made).toHaveLength(4);
    expect(withHatches(config.data.datasets, () => null).map((d) => d.backgroundColor)).toEqual(config.data.datasets.map((d) => d.backgroundColor));
    // the config itself is left as it was
    expect(config.data.datasets[1].backgroundColor).toBe(seriesStyle(1).colour);
  });
});
