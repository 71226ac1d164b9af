/** SVG polyline points of a small trend line (pure, so the geometry is unit-tested). */
export function sparklinePoints(values: readonly number[], width: number, height: number, padding = 2): string {
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length < 2) return '';
  let min = Infinity;
  let max = -Infinity;
  for (const v of finite) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const span = max - min || 1;
  const stepX = (width - 2 * padding) / (finite.length - 1);
  const inner = height - 2 * padding;
  return finite
    .map((v, i) => {
      const x = padding + i * stepX;
      const y = max === min ? height / 2 : padding + inner - ((v - min) / span) * inner;
      return `${round2(x)},${round2(y)}`;
    })
    .join(' ');
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
