import type { DecisionsLog } from '../../engine/decisions.ts';

/**
 * Whether « Aller jusqu’à la fin » plays decisions already taken besides those in force: queued for the next period
 * (`pending`) or planned later in a what-if branch (`planned`, session.planned), each at its period. « sans nouvelle
 * décision » read as dropping them (QA play 26 #3). The one rule of the question (EndConfirm, time bar and Bilan) and of
 * the Bilan's paragraph above its button (DebriefRoute), so the two never disagree.
 */
export function endPlaysPlanned(pending: readonly unknown[], planned: DecisionsLog): boolean {
  return pending.length > 0 || planned.some((d) => d.actions.length > 0);
}
