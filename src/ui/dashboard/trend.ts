/**
 * The trend of a KPI between two ticks: direction (up / down / stable) and size of the change,
 * relative for levels (turnover, customers) or in points for rates. Whether the direction is good
 * depends on the KPI (churn going down is good), so cards show both the arrow and a word.
 */
export type Direction = 'up' | 'down' | 'flat';
export type Polarity = 'higherIsBetter' | 'lowerIsBetter' | 'neutral';

export interface Trend {
  direction: Direction;
  /** current - previous */
  delta: number;
  /** delta / |previous|, null when previous is 0 */
  relative: number | null;
  /** true = favourable, false = unfavourable, null = neutral or flat */
  favourable: boolean | null;
}

/** Changes smaller than this share of the previous value (or than `absoluteEpsilon`) count as stable. */
const RELATIVE_EPSILON = 0.0005;

export function trendOf(current: number, previous: number | undefined, polarity: Polarity, absoluteEpsilon = 1e-9): Trend | null {
  if (previous === undefined || !Number.isFinite(previous) || !Number.isFinite(current)) return null;
  const delta = current - previous;
  const relative = previous !== 0 ? delta / Math.abs(previous) : null;
  const small = Math.abs(delta) <= absoluteEpsilon || (relative !== null && Math.abs(relative) < RELATIVE_EPSILON);
  const direction: Direction = small ? 'flat' : delta > 0 ? 'up' : 'down';
  const favourable = direction === 'flat' || polarity === 'neutral' ? null : (direction === 'up') === (polarity === 'higherIsBetter');
  return { direction, delta, relative, favourable };
}
