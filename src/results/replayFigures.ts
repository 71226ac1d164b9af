/**
 * Figures the class view takes from the replay itself, not from what a file claims: they need the
 * whole KPI series of the run, which a result file does not carry. Its summary keeps only the last
 * period's retention rate (99,3 % a week for every learner, which says nothing of the game), and
 * that field's meaning cannot change without refuting the files already handed in. So the replay
 * the class view runs anyway gives the whole-game figure: the share of customers kept over a year
 * at the pace of the game, the very figure the learner's dashboard shows (« Sur un an, à ce
 * rythme… »; for a 52-week game, the product of its 52 weekly rates). Pure.
 */
import type { TickKpis } from '../engine/types.ts';
import type { Scenario } from '../scenario/schema.ts';
import { yearlyRetention } from './yearlyRetention.ts';

export interface ReplayFigures {
  /** share of customers kept over a year at the run's pace (0..1), null before any period with customers */
  yearlyRetention: number | null;
}

export function replayFigures(scenario: Pick<Scenario, 'tickUnit'>, kpis: readonly TickKpis[]): ReplayFigures {
  return { yearlyRetention: yearlyRetention(kpis, scenario.tickUnit) };
}

/** Whether a kept value is a ReplayFigures (read back from storage). */
export function isReplayFigures(value: unknown): value is ReplayFigures {
  if (value === null || typeof value !== 'object') return false;
  const y = (value as { yearlyRetention?: unknown }).yearlyRetention;
  return y === null || (typeof y === 'number' && Number.isFinite(y) && y >= 0 && y <= 1);
}
