/**
 * The line that says why a run's target is not the scenario's (src/engine/seedTargets.ts): « Objectif ajusté
 * à la graine 1 : ≥ 152 000 € → ≥ 170 505 € (sans action, cette graine rapporte 18 505 € de plus que la graine de référence) ». Said
 * under each moved objective in the dashboard's panel, and in a mission's brief and bilan.
 */
import type { SeedAdjustment, TargetShift } from '../../engine/seedTargets.ts';
import { locale, t } from '../../i18n/locale.svelte.ts';
import type { Objective } from '../../scenario/schema.ts';
import { objectiveFormat, objectiveValueText } from './objectiveFormat.ts';

/**
 * The objectives whose target really moved. A seed whose no-action game gives as much as the default one (a budget
 * floor with no complaint cost either way) leaves the target where it was: « ajusté … ≥ 1 000 € → ≥ 1 000 € » sent the
 * learner looking for a change that was not there (QA qa23 F2), so such an objective is said nowhere.
 */
export function movedTargets(adjustment: SeedAdjustment | null | undefined): TargetShift[] {
  return (adjustment?.objectives ?? []).filter((o) => o.target !== o.base);
}

/** The line for one moved objective (a shift from movedTargets: its target is not its base). */
export function adjustedTargetText(objective: Pick<Objective, 'metric' | 'comparator'>, shift: TargetShift, seed: number): string {
  const gap = shift.target - shift.base;
  // the shifted metrics (engine SEED_SHIFTED_METRICS): sums of money earned, the budget left, counts of customers
  const kind = objective.metric === 'budgetLeft' ? 'budget' : objectiveFormat(objective.metric) === 'money' ? 'money' : 'count';
  const why = t(`dashboard.objectives.adjustedWhy.${kind}${gap > 0 ? 'More' : 'Less'}`, {
    gap: objectiveValueText(locale.current, { metric: objective.metric, comparator: '>=', target: 0 }, Math.abs(gap)),
  });
  const written = (v: number) => `${objective.comparator === '>=' ? '≥' : '≤'} ${objectiveValueText(locale.current, { ...objective, target: v }, v)}`;
  return t('dashboard.objectives.adjustedTarget', { seed, base: written(shift.base), target: written(shift.target), why });
}
