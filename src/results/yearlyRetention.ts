/**
 * A period's retention rate looks perfect when periods are short (99,7 % a week), yet it compounds:
 * 0,997 ^ 52 ≈ 85 % over a year. This is the share of customers the shop would keep over a year if
 * every period were like the last year's played ones (fewer than a year played: like those, extended
 * to a year). Pure; shared by the dashboard and the class view's replay figures (replayFigures.ts).
 */
import type { TickKpis } from '../engine/types.ts';

export function periodsPerYear(tickUnit: 'week' | 'month'): number {
  return tickUnit === 'week' ? 52 : 12;
}

/** Share kept over a year at the recent pace (0..1), or null before any period with active customers. */
export function yearlyRetention(kpis: readonly TickKpis[], tickUnit: 'week' | 'month'): number | null {
  const year = periodsPerYear(tickUnit);
  const rates = kpis
    .slice(-year)
    .map((k) => k.retentionRate)
    .filter((r) => Number.isFinite(r) && r >= 0 && r <= 1);
  if (rates.length === 0) return null;
  if (rates.some((r) => r === 0)) return 0;
  const meanLog = rates.reduce((s, r) => s + Math.log(r), 0) / rates.length;
  return Math.exp(meanLog * year);
}
