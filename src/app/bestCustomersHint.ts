/**
 * A financial advantage aimed mostly at very good customers (QA self-learner finding 20): the course
 * says they already buy their maximum and advises recognition for them; the Bilan says it afterwards
 * (courseFindings discountBestCustomers), the strategy form says it when it matters. « Mostly »: very
 * good customers are half or more of the target's course segments, weighed by their sizes at the last
 * period (before any period, the target names them alone). Pure.
 */
import type { Target } from '../engine/decisions.ts';
import type { TickKpis } from '../engine/types.ts';
import type { Strategy } from '../engine/vocabulary.ts';

export function discountsBestCustomers(strategy: Strategy, target: Target, last: Pick<TickKpis, 'segments'> | undefined): boolean {
  const segments = target.segments ?? [];
  if (strategy !== 'financier' || !segments.includes('tresBon')) return false;
  if (!last) return segments.every((s) => s === 'tresBon');
  const total = segments.reduce((sum, s) => sum + last.segments[s], 0);
  return total > 0 && last.segments.tresBon / total >= 0.5;
}
