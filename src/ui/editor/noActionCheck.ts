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
import { formatMoney, formatNumber, formatPercent } from '../../app/format.ts';
import { objectiveMet, objectiveValue, objectiveValueAfter } from '../../engine/objectives.ts';
import type { TickKpis } from '../../engine/types.ts';
import { locale, t, tickWords } from '../../i18n/locale.svelte.ts';
import type { ScenarioError } from '../../scenario/load.ts';
import type { JsonPath } from '../../scenario/jsonText.ts';
import type { Objective, Scenario } from '../../scenario/schema.ts';
import { gameTickText } from './gameTick.ts';
import { UNIT_INTERVAL_METRICS } from './targetCheck.ts';

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

/**
 * A value in the objective's unit: « 7 404 € », « 1 214 clients actifs », a rate as the target field echoes it
 * (« = 0,8 % »): « 0,7 % », one decimal, two when `digits` asks (a value and a target one decimal cannot tell
 * apart); « 0,93 » for a segment's retention. Before, rates had two decimals: 0,007 and 0,008 both read « 0,01 »
 * (QA qa31lesson M2).
 */
function amount(metric: string, value: number, digits = 1): string {
  if (MONEY.includes(metric)) return formatMoney(locale.current, Math.round(value));
  if (metric === 'activeCustomers') return t('editor.noAction.customers', { count: formatNumber(locale.current, Math.round(value)) });
  if (metric === 'acquisitions') return formatNumber(locale.current, Math.round(value));
  if (UNIT_INTERVAL_METRICS.includes(metric)) return formatPercent(locale.current, value, digits);
  return formatNumber(locale.current, value, 2);
}

/** The decimals a rate's value and target are said with: one, two when one decimal prints them alike though they differ. */
function rateDigits(metric: string, value: number, target: number): number {
  return value !== target && amount(metric, value) === amount(metric, target) ? 2 : 1;
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
function reading(scenario: Scenario, o: Objective, played: readonly TickKpis[], check: number, value: number, digits: number): string {
  const when = periodName(scenario, check);
  if (!o.everyTick) return t('editor.noAction.atDeadline', { value: amount(o.metric, value, digits), when });
  let worst = check;
  for (let n = 1; n <= check; n++)
    if (objectiveValueAfter(o, played, n, check) === value) {
      worst = n;
      break;
    }
  const side = o.comparator === '>=' ? 'lowest' : 'highest';
  return t(`editor.noAction.everyTick.${side}.${scenario.tickUnit === 'month' ? 'month' : 'week'}`, { value: amount(o.metric, value, digits), worst: periodName(scenario, worst), when });
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
  // the seed as « Graine par défaut » shows it and the game names its runs: « 1907 », not a quantity « 1 907 » (QA qa31phoneEn m5)
  const seed = String(scenario.defaultSeed);
  for (const [i, o] of scenario.objectives.entries()) {
    if (o.metric === 'budgetLeft') continue;
    const check = Math.min(o.byTick ?? scenario.durationTicks, kpis.length);
    const played = kpis.slice(0, check);
    const value = objectiveValue(o, played, check);
    if (value === null) continue;
    const path: JsonPath = ['objectives', i, 'target'];
    const field = `${t('scenario.items.objectives', { n: i + 1 })} › ${t('scenario.fields.objectives_target')}`;
    const digits = rateDigits(o.metric, value, o.target);
    const params = { reading: reading(scenario, o, played, check, value, digits), target: amount(o.metric, o.target, digits), seed };
    if (objectiveMet(value, o)) {
      // « au plus » is made harder by lowering its target (QA qa31lesson M2: « relevez » gave even more free points)
      out.push(warning(path, field, t(o.comparator === '<=' ? 'editor.noAction.met.atMost' : 'editor.noAction.met.atLeast', params)));
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
            ...tickWords(scenario.tickUnit === 'month' ? 'month' : 'week'),
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
        t('editor.noAction.fixedCosts', { ...tickWords(scenario.tickUnit === 'month' ? 'month' : 'week'), fixed: formatMoney(locale.current, fixed), gross: formatMoney(locale.current, Math.round(gross)), seed }),
      ),
    );
  return out;
}
