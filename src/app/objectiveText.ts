/** How a scenario objective reads on a card: its own label plus the target value, formatted. */
import type { LocalizedText, Objective } from '../scenario/schema.ts';
import type { SeedAdjustment } from '../engine/seedTargets.ts';
import type { Locale } from '../i18n/translate.ts';
import type { Tool } from '../missions/tools.ts';
import type { MeasuredEarly, SetupStop } from '../missions/evaluate.ts';
import { formatMoney, formatNumber, formatPercent } from './format.ts';
import { localized } from './localized.ts';

const MONEY = new Set(['turnover', 'cumulativeTurnover', 'grossMargin', 'cumulativeMargin', 'cumulativeNetMargin', 'budgetLeft']);
const SHARES = new Set(['retentionRate', 'churnRate', 'measuredSatisfaction', 'segmentShare', 'segmentRetention']);

export function objectiveTarget(objective: Objective, locale: Locale): string {
  const v = objective.target;
  const value = MONEY.has(objective.metric)
    ? formatMoney(locale, v)
    : SHARES.has(objective.metric)
      ? formatPercent(locale, v, 1)
      : formatNumber(locale, v);
  return `${objective.comparator === '>=' ? '≥' : '≤'} ${value}`;
}

export function objectiveLine(objective: Objective, locale: Locale): string {
  return `${localized(objective.label, locale)} (${objectiveTarget(objective, locale)})`;
}

/** How a label may group a number's thousands: a space (ordinary, no-break or narrow), or a comma or point (English). */
const GROUP = '[ \u00a0\u202f,.]';

/**
 * `text` with the number `base` written in it (« au moins 152 000 € », « at least €152,000 ») turned into
 * `target`, grouped as the text groups it: an objective's label, or a mission's objective sentence, once
 * its target was adjusted to the run's seed (src/engine/seedTargets.ts). Only a whole number standing
 * alone (not a part of « 11 000 » or « 1 000 000 », nor the start of a decimal); the text as it is when
 * it does not write `base` so (a teacher's own label: the target line beside it still gives the figure).
 */
export function withTargetInText(text: string, base: number, target: number, locale: Locale): string {
  if (base === target || !Number.isSafeInteger(base) || !Number.isSafeInteger(target) || base < 0) return text;
  const groups = String(base)
    .replace(/\B(?=(\d{3})+(?!\d))/g, ' ')
    .split(' ');
  // « \1(?:) », not « \1 » alone: before the next group's digits, « \1000 » would be read as an octal escape, not
  // « back-reference 1 then 000 », and a number of three groups or more (« 1 450 000 ») would never match.
  const body = groups.length === 1 ? groups[0] : `${groups[0]}(${GROUP}?)${groups.slice(1).join('\\1(?:)')}`;
  const pattern = new RegExp(`(?<!\\d${GROUP}?)${body}(?!\\d|${GROUP}\\d)`, 'g');
  return text.replace(pattern, (_match, separator?: string) => {
    const sep = groups.length === 1 ? (locale === 'en' ? ',' : '\u202f') : (separator ?? '');
    const digits = String(Math.abs(target)).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
    return target < 0 ? `\u2212${digits}` : digits;
  });
}

/**
 * The sentence the learner's own mission run shows its objective with (missions/missionController.svelte.ts
 * shownObjective): the mission's sentence without what asks for a tool the teacher's class link closed, as its banner
 * says it. Given to the screens of the run being played (dashboard, Bilan) and to the class view's Bilan of a learner's
 * mission file, on its replay with the class link the file records (ClassBilan: the learner's own words, QA qa30missions M1).
 */
export interface ShownObjective {
  /** the objective it stands for: the mission's id (missions/missionScenario.ts) */
  id: string;
  label: LocalizedText;
  /** the tools the mission still asks for, in its objective's order: its figure met alone does not pass it (QA qa27missions M2) */
  missingTools?: readonly Tool[];
  /** the programme the budget stopped while the mission keeps its programmes (evaluate.ts budgetStop): the mission is failed (QA qa28en M3) */
  budgetStop?: { id: string; tick: number } | null;
  /** the tool the mission aims at segments, aimed elsewhere (evaluate.ts wrongTarget): the mission is failed (review18 M1) */
  wrongTarget?: Tool | null;
  /** the questionnaire counted came in the complaint policy's period or before (evaluate.ts measuredEarly): it does not count (QA qa27missions m9) */
  measuredEarly?: MeasuredEarly | null;
  /** the programme the mission keeps running that never acted (evaluate.ts setupStop): stopped by the learner during its set-up, or launched too late (`late`) */
  setupStop?: SetupStop | null;
}

/**
 * Why a mission objective whose figure is met, or still to be met, does not pass the mission, as its card and bilan
 * say: a programme the budget stopped, one the learner stopped during its set-up (lost unless another is kept) or a tool
 * aimed at other customers (the mission is lost), else a tool still to
 * use, or a questionnaire run too early to measure the policy it must follow (a new one can still count). The dashboard
 * and the Bilan say it beside the state, « Atteint » becoming « Valeur atteinte, … »; the points stay the objective's
 * (QA qa27missions M2, m9, qa28en M3, review18 M1). A figure missed says enough.
 */
export type MissionShortfall = 'budgetStop' | 'setupStop' | 'lateStart' | 'wrongTarget' | 'measuredEarly' | 'toolMissing';

export function missionShortfall(status: { id: string; state: string }, shown: ShownObjective | null): MissionShortfall | null {
  if (shown?.id !== status.id || status.state === 'manque') return null;
  if (shown.budgetStop) return 'budgetStop';
  if (shown.setupStop) return shown.setupStop.late ? 'lateStart' : 'setupStop';
  if (shown.wrongTarget) return 'wrongTarget';
  if (shown.measuredEarly) return 'measuredEarly';
  return (shown.missingTools ?? []).length > 0 ? 'toolMissing' : null;
}

/**
 * An objective's label for a run: the target it is graded on written in place of the scenario's, when the run's seed
 * moved it; the mission's sentence `shown` in place of the label of the objective it stands for.
 */
export function runObjectiveLabel(
  objective: Pick<Objective, 'id' | 'label'>,
  locale: Locale,
  seedTargets?: SeedAdjustment | null,
  shown?: ShownObjective | null,
): string {
  const label = localized(shown && shown.id === objective.id ? shown.label : objective.label, locale);
  const shift = seedTargets?.objectives.find((o) => o.id === objective.id);
  return shift ? withTargetInText(label, shift.base, shift.target, locale) : label;
}
