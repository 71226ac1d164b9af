/**
 * The editor's reach check against the real game: the scenario played with no action on its default
 * seed over its whole length (results/noActionGame.ts, in the engine's worker: noActionRun.svelte.ts),
 * each objective read on it as the game reads it (engine/objectives.ts objectiveValue). The rough
 * estimate of reachCheck.ts (kept for when this game is not available) started from « Nombre de clients
 * au départ », which counts the customers the generated history already lost, and overestimated the
 * spend: 70 000 € of net margin announced where the game gives 7 404 €; a teacher set 30 000 € and the
 * whole class scored 0 (QA qa30editor Major 2).
 * Said, never blocking (a hard shop may be wanted):
 * - an objective far above doing nothing: above the no-action value plus ACTION_ROOM of what the shop
 *   produces without action (for the net margin: of its gross margin, since the actions move the sales,
 *   not the fixed costs);
 * - an objective already met with no action at all (points for nothing), budgetLeft apart (not spending
 *   keeps the budget: a constraint, not a goal);
 * - an active-customers objective above the customers active at the start: the field's count includes
 *   former customers, lost or dormant (QA Minor 3);
 * - fixed costs that the gross margin, even with ACTION_ROOM more, cannot pay.
 */
import { formatMoney, formatNumber } from '../../app/format.ts';
import { objectiveMet, objectiveValue, objectiveValueAfter } from '../../engine/objectives.ts';
import type { TickKpis } from '../../engine/types.ts';
import { locale, t } from '../../i18n/locale.svelte.ts';
import type { ScenarioError } from '../../scenario/load.ts';
import type { JsonPath } from '../../scenario/jsonText.ts';
import type { Objective, Scenario } from '../../scenario/schema.ts';
import { gameTickText } from './gameTick.ts';

/**
 * What good play plausibly adds to what the shop produces without action (a fifth: a teacher's target above it
 * is flagged). The one judgement of the editor's reach checks, on the game played with no action here and on
 * the rough estimate of reachCheck.ts (withActionRoom).
 */
export const ACTION_ROOM = 0.2;

/** The most good play plausibly makes of what the shop `produced` without action: a fifth more (of its size, were it negative). */
export function withActionRoom(produced: number): number {
  return produced + Math.abs(produced) * ACTION_ROOM;
}

const MONEY = ['turnover', 'cumulativeTurnover', 'grossMargin', 'cumulativeMargin', 'cumulativeNetMargin', 'budgetLeft'];
/** metrics a shop's sales make: the actions change them by a share of what doing nothing gives */
const PRODUCED = ['activeCustomers', 'turnover', 'cumulativeTurnover', 'grossMargin', 'cumulativeMargin', 'cumulativeNetMargin'];

/** An editor remark on a field: said, never blocking (reachCheck.ts's remarks too). */
export function warning(path: JsonPath, field: string, message: string): ScenarioError {
  return { severity: 'warning', path, where: path.join('.'), field, message, text: t('editor.errorLine', { field, message }) };
}

/** A value in the objective's unit: « 7 404 € », « 1 214 clients actifs », « 0,93 ». */
function amount(metric: string, value: number): string {
  if (MONEY.includes(metric)) return formatMoney(locale.current, Math.round(value));
  if (metric === 'activeCustomers') return t('editor.noAction.customers', { count: formatNumber(locale.current, Math.round(value)) });
  if (metric === 'acquisitions') return formatNumber(locale.current, Math.round(value));
  return formatNumber(locale.current, value, 2);
}

/** The period after `n` completed ones, as the game numbers it: « semaine 52 », « mois 12 » (the game's tick n − 1). */
function periodName(scenario: Pick<Scenario, 'tickUnit'>, n: number): string {
  return gameTickText(n - 1, scenario.tickUnit, '');
}

/**
 * What the game gives for objective `o` checked after `check` periods, read as the game grades it
 * (objectives.ts objectiveValue): at the deadline; for an objective checked at every period (everyTick), its
 * worst value over the periods up to the deadline, said with the period it is reached at (the first period
 * whose running worst, objectiveValueAfter, is that value).
 */
function reading(scenario: Scenario, o: Objective, played: readonly TickKpis[], check: number, value: number): string {
  const when = periodName(scenario, check);
  if (!o.everyTick) return t('editor.noAction.atDeadline', { value: amount(o.metric, value), when });
  let worst = check;
  for (let n = 1; n <= check; n++)
    if (objectiveValueAfter(o, played, n, check) === value) {
      worst = n;
      break;
    }
  const side = o.comparator === '>=' ? 'lowest' : 'highest';
  return t(`editor.noAction.everyTick.${side}.${scenario.tickUnit === 'month' ? 'month' : 'week'}`, { value: amount(o.metric, value), worst: periodName(scenario, worst), when });
}

/** How much above doing nothing good play may bring an objective of a produced metric (null: another metric). */
function room(objective: Objective, kpis: readonly TickKpis[], value: number): number | null {
  if (!PRODUCED.includes(objective.metric)) return null;
  if (objective.metric !== 'cumulativeNetMargin') return withActionRoom(value) - value;
  return kpis.reduce((sum, k) => sum + k.grossMargin, 0) * ACTION_ROOM;
}

/** The remarks on a valid scenario from its no-action game `kpis` (at least its duration's periods). */
export function noActionWarnings(scenario: Scenario, kpis: readonly TickKpis[]): ScenarioError[] {
  const out: ScenarioError[] = [];
  const seed = formatNumber(locale.current, scenario.defaultSeed);
  for (const [i, o] of scenario.objectives.entries()) {
    if (o.metric === 'budgetLeft') continue;
    const check = Math.min(o.byTick ?? scenario.durationTicks, kpis.length);
    const played = kpis.slice(0, check);
    const value = objectiveValue(o, played, check);
    if (value === null) continue;
    const path: JsonPath = ['objectives', i, 'target'];
    const field = `${t('scenario.items.objectives', { n: i + 1 })} › ${t('scenario.fields.objectives_target')}`;
    const params = { reading: reading(scenario, o, played, check, value), target: amount(o.metric, o.target), seed };
    if (objectiveMet(value, o)) {
      out.push(warning(path, field, t('editor.noAction.met', params)));
      continue;
    }
    const more = room(o, played, value);
    if (o.comparator === '>=' && more !== null && o.target > value + more) {
      out.push(warning(path, field, t('editor.noAction.above', { ...params, most: amount(o.metric, value + more) })));
      continue;
    }
    const start = kpis[0]?.activeCustomers;
    if (o.metric === 'activeCustomers' && o.comparator === '>=' && start !== undefined && o.target > start && scenario.customers.initial > start)
      out.push(
        warning(
          path,
          field,
          t('editor.noAction.formerCustomers', {
            ...params,
            initial: formatNumber(locale.current, scenario.customers.initial),
            start: amount(o.metric, start),
            first: periodName(scenario, 1),
          }),
        ),
      );
  }
  const fixed = scenario.economics.fixedCostsPerTick;
  const gross = kpis.reduce((sum, k) => sum + k.grossMargin, 0) / Math.max(1, kpis.length);
  if (fixed > withActionRoom(gross))
    out.push(
      warning(
        ['economics', 'fixedCostsPerTick'],
        t('scenario.fields.fixedCostsPerTick'),
        t('editor.noAction.fixedCosts', { fixed: formatMoney(locale.current, fixed), gross: formatMoney(locale.current, Math.round(gross)), seed }),
      ),
    );
  return out;
}
