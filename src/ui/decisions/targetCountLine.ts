/**
 * The line beside the target: how many customers the action can reach, and apart how many lost ones matched too. A lost
 * customer keeps his last scores and rung (engine target.ts) and so matched « R de 1 à 1 » or « Ambassadeur », but no
 * action reaches him: counted in, the line said 6 812 where the RFM grid's cell said 3 904 (QA play 26 #2). The same
 * customers still there as the strategy form enrols from (enrolmentLines.ts `enrolLost`).
 */
import type { MessageKey } from '../../i18n/translate.ts';
import type { PluralBase } from '../../i18n/plural.ts';

export type TargetCountLine =
  /** `n`: the customers the action can reach */
  | { key: MessageKey; n: number }
  /** `lost`: the lost customers who matched, left out of `n`; the key is the base of a …One/…Other pair counted on them */
  | { key: PluralBase; n: number; lost: number };

/** `count`: the customers matching (null while counting); `active`: those of them still there (targetSpend.ts, absent: not known). */
export function targetCountLine(count: number | null, active: number | undefined): TargetCountLine | null {
  if (count === null) return null;
  const n = Math.min(count, active ?? count);
  const lost = count - n;
  if (lost > 0) return { key: n === 0 ? 'decisions.target.countNoneLost' : n === 1 ? 'decisions.target.countOneLost' : 'decisions.target.countLost', n, lost };
  return { key: n === 0 ? 'decisions.target.countNone' : n === 1 ? 'decisions.target.countOne' : 'decisions.target.count', n };
}
