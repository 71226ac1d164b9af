/**
 * The line that says why a run's target is not the scenario's (src/engine/seedTargets.ts): « Objectif ajusté
 * à la graine 1 : ≥ 152 000 € → ≥ 170 505 € (sans action, cette graine rapporte 18 505 € de plus) ». Said
 * under each moved objective in the dashboard's panel, and in a mission's brief and bilan.
 */
import type { TargetShift } from '../../engine/seedTargets.ts';
import { locale, t } from '../../i18n/locale.svelte.ts';
import type { Objective } from '../../scenario/schema.ts';
import { objectiveFormat, objectiveValueText } from './objectiveFormat.ts';

export function adjustedTargetText(objective: Pick<Objective, 'metric' | 'comparator'>, shift: TargetShift, seed: number): string {
  const gap = shift.target - shift.base;
  // the shifted metrics (engine SEED_SHIFTED_METRICS): sums of money earned, the budget left, counts of customers
  const kind = objective.metric === 'budgetLeft' ? 'budget' : objectiveFormat(objective.metric) === 'money' ? 'money' : 'count';
  const why =
    gap === 0
      ? t('dashboard.objectives.adjustedWhy.same')
      : t(`dashboard.objectives.adjustedWhy.${kind}${gap > 0 ? 'More' : 'Less'}`, {
          gap: objectiveValueText(locale.current, { metric: objective.metric, comparator: '>=', target: 0 }, Math.abs(gap)),
        });
  const written = (v: number) => `${objective.comparator === '>=' ? '≥' : '≤'} ${objectiveValueText(locale.current, { ...objective, target: v }, v)}`;
  return t('dashboard.objectives.adjustedTarget', { seed, base: written(shift.base), target: written(shift.target), why });
}
