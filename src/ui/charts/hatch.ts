/**
 * Fill patterns for bars, so a stacked bar's series stay apart without colour: printed in black and
 * white, the segments' blue, vermillion and green were one grey (QA qa29print m1). Each series keeps its
 * colour on screen, with thin white marks over it (none, diagonal lines, dots, a grid…). The chart
 * (chartAttachment) fills with a canvas pattern drawn from these marks; the legend's swatch draws
 * the same marks in SVG (ChartLegend). Pure but for `hatchPatterns`, which needs a canvas.
 */
export const HATCH_KINDS = ['solid', 'diagonal', 'dots', 'grid', 'backDiagonal', 'horizontal'] as const;
export type HatchKind = (typeof HATCH_KINDS)[number];

/** A bar dataset's pattern: its colour under the marks of `kind`. */
export interface Hatch {
  kind: HatchKind;
  colour: string;
}

/** side of the pattern's square tile, in CSS pixels */
export const HATCH_TILE = 8;
const MARK = '#ffffff';
const LINE_WIDTH = 1.6;
const DOT_RADIUS = 1.7;

export function hatchOf(i: number): HatchKind {
  return HATCH_KINDS[i % HATCH_KINDS.length];
}

/** The marks of a tile: segments [x1, y1, x2, y2] and dots [x, y], drawn so the tiles join seamlessly. */
export function hatchMarks(kind: HatchKind): { lines: [number, number, number, number][]; dots: [number, number][] } {
  const t = HATCH_TILE;
  const h = t / 2;
  switch (kind) {
    case 'solid':
      return { lines: [], dots: [] };
    case 'diagonal':
      return { lines: [[0, t, t, 0], [-h, h, h, -h], [h, t + h, t + h, h]], dots: [] };
    case 'backDiagonal':
      return { lines: [[0, 0, t, t], [-h, h, h, t + h], [h, -h, t + h, h]], dots: [] };
    case 'dots':
      return { lines: [], dots: [[h, h]] };
    case 'grid':
      return { lines: [[0, h, t, h], [h, 0, h, t]], dots: [] };
    case 'horizontal':
      return { lines: [[0, h, t, h]], dots: [] };
  }
}

type TileContext = Pick<CanvasRenderingContext2D, 'fillStyle' | 'strokeStyle' | 'lineWidth' | 'fillRect' | 'beginPath' | 'moveTo' | 'lineTo' | 'arc' | 'fill' | 'stroke'>;

/** Draws one tile: the colour, then the white marks. */
export function paintHatchTile(ctx: TileContext, hatch: Hatch): void {
  const { lines, dots } = hatchMarks(hatch.kind);
  ctx.fillStyle = hatch.colour;
  ctx.fillRect(0, 0, HATCH_TILE, HATCH_TILE);
  ctx.strokeStyle = MARK;
  ctx.lineWidth = LINE_WIDTH;
  ctx.beginPath();
  for (const [x1, y1, x2, y2] of lines) {
    ctx.moveTo(x1, y1);
    ctx.lineTo(x2, y2);
  }
  ctx.stroke();
  ctx.fillStyle = MARK;
  for (const [x, y] of dots) {
    ctx.beginPath();
    ctx.arc(x, y, DOT_RADIUS, 0, 2 * Math.PI);
    ctx.fill();
  }
}

/** The legend swatch's marks as SVG paths, in the tile's units: its lines (to stroke) or its dots (to fill). */
export function hatchPath(kind: HatchKind, part: 'lines' | 'dots'): string {
  const { lines, dots } = hatchMarks(kind);
  const r = DOT_RADIUS;
  if (part === 'lines') return lines.map(([x1, y1, x2, y2]) => `M${x1} ${y1}L${x2} ${y2}`).join('');
  return dots.map(([x, y]) => `M${x - r} ${y}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0Z`).join('');
}

export const HATCH_STYLE = { mark: MARK, lineWidth: LINE_WIDTH } as const;

/**
 * The datasets a chart is given: a dataset with a `hatch` gets its pattern as its fill (a plain colour when
 * the pattern cannot be made); the others pass as they are.
 */
export function withHatches<D extends object>(datasets: readonly D[], pattern: (hatch: Hatch) => CanvasPattern | null): D[] {
  return datasets.map((d) => {
    const hatch = (d as { hatch?: Hatch }).hatch;
    if (!hatch || hatch.kind === 'solid') return d;
    return { ...d, backgroundColor: pattern(hatch) ?? hatch.colour };
  });
}

/** Canvas patterns for `ctx`, each made once; null without a 2D context for the tile. */
export function hatchPatterns(ctx: CanvasRenderingContext2D): (hatch: Hatch) => CanvasPattern | null {
  const made = new Map<string, CanvasPattern | null>();
  return (hatch) => {
    const key = `${hatch.kind} ${hatch.colour}`;
    if (!made.has(key)) {
      const tile = document.createElement('canvas');
      tile.width = HATCH_TILE;
      tile.height = HATCH_TILE;
      const tileCtx = tile.getContext('2d');
      if (tileCtx) paintHatchTile(tileCtx, hatch);
      made.set(key, tileCtx ? ctx.createPattern(tile, 'repeat') : null);
    }
    return made.get(key) ?? null;
  };
}
