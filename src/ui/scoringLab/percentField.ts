/**
 * A share (0 to 1) edited as a whole percentage, as the dashboard shows satisfaction (« 50 % »):
 * the field never shows a decimal separator, so it reads the same in every locale. Pure.
 */

/** The field's value for a share: 0.5 -> 50. */
export function percentOf(share: number): number {
  return Math.round(share * 100);
}

/** The share a typed percentage means, within 0..1; `fallback` when the text is not a number. */
export function shareOfPercent(typed: string, fallback: number): number {
  const v = typed.trim() === '' ? NaN : Number(typed);
  return Number.isFinite(v) ? Math.max(0, Math.min(100, Math.round(v))) / 100 : fallback;
}
