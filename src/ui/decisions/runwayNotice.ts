/**
 * What the learner reads of the budget runway (app/budgetRunway.ts), on the decisions screen's
 * period budget and the dashboard's budget card: which programme the budget stops paying, when, and
 * whether it is near enough to be a warning; or that the budget pays what runs.
 */
import { firstCuts, type ProgrammeCut } from '../../app/budgetRunway.ts';
import type { RunwayView } from '../../app/programmesRunway.ts';
import type { MessageKey, Params } from '../../i18n/translate.ts';
import { periodInSentence } from '../dashboard/period.ts';
import { programmeName } from './programmeName.ts';

/** A stop this many periods away or nearer is shown as a warning. */
export const RUNWAY_WARNING_PERIODS = 4;

export interface RunwayNotice {
  key: MessageKey;
  params: Params;
  warn: boolean;
}

type Translate = (key: MessageKey, params?: Params) => string;

export function runwayNotice(view: RunwayView | null, t: Translate): RunwayNotice | null {
  const notice = centralNotice(view, t);
  if (!notice || !view?.runway.sooner) return notice;
  // the stop the customers' purchases may bring sooner (budgetRunway.ts `sooner`): said after the forecast, as a warning when near
  const { id, period } = view.runway.sooner;
  const ref = view.refs[id];
  const label = periodInSentence(view.tickUnit, view.tick + period - 1);
  // « a discount costs what they buy » only for a programme whose cost follows the purchases (a financial advantage)
  const why = ref.type === 'financier' ? t('decisions.budget.runwaySoonerWhy') : '';
  const when = t(label.key, label.params);
  // already named in the stops (QA qa31phoneEn m6): not named again with a second week and an « also »; the last one
  // named is « it », another one is named without « also »
  const named = view.runway.kind === 'cut' ? view.runway.cuts : [];
  const last = named.at(-1);
  const sooner =
    last?.id === id && named.filter((c) => c.period === last.period).length === 1
      ? t('decisions.budget.runwaySoonerIt', { why, period: when })
      : t(named.some((c) => c.id === id) ? 'decisions.budget.runwaySoonerNamed' : 'decisions.budget.runwaySooner', {
          why,
          programme: runwayName(view, id, t),
          period: when,
        });
  return { ...notice, params: { ...notice.params, sooner: ` ${sooner}` }, warn: notice.warn || period <= RUNWAY_WARNING_PERIODS };
}

/** A programme as the runway names it; one queued this period starts at the period about to be played: not launched yet. */
function runwayName(view: RunwayView, id: string, t: Translate): string {
  const ref = view.refs[id];
  return t('decisions.budget.runwayName', { name: programmeName(ref, view.tickUnit, t, ref.startTick >= view.tick) });
}

function centralNotice(view: RunwayView | null, t: Translate): RunwayNotice | null {
  if (!view) return null;
  const { runway } = view;
  if (runway.kind === 'none') return null;
  const none = { sooner: '' };
  // « chaque semaine », « le mois suivant »: the shop's unit, never « période » (decisions.tickWords, QA qa31phoneEn m1)
  const word = (w: 'tick' | 'ticks' | 'nextTick') => t(`decisions.tickWords.${view.tickUnit}.${w}`);
  if (runway.kind === 'covered') return { key: 'decisions.budget.runwayCovered', params: { ...none, tick: word('tick') }, warn: false };
  if (runway.kind === 'untilEnd') return { key: 'decisions.budget.runwayUntilEnd', params: none, warn: false };
  const cuts = firstCuts(runway);
  const names = (group: readonly ProgrammeCut[]) =>
    group
      .map((c) => runwayName(view, c.id, t))
      .join(t('decisions.budget.runwayAnd'));
  const programme = names(cuts);
  const { period } = cuts[0];
  const then = laterCuts(view, cuts.length, names, t);
  if (period === 1) return { key: 'decisions.budget.runwayNext', params: { programme, then, sooner: '', nextTick: word('nextTick') }, warn: true };
  // the periods still paid before the one that stops it, as the strategy form says them (periodsPaid): at
  // Semaine 1, a stop at the second period played is « encore 1 semaine … Dès la semaine 2 », not « dans 2 semaines »
  const paid = period - 1;
  const label = periodInSentence(view.tickUnit, view.tick + period - 1);
  return {
    key: paid === 1 ? 'decisions.budget.runwayCutOne' : 'decisions.budget.runwayCutOther',
    params: { programme, count: paid, tick: word('tick'), ticks: word('ticks'), period: t(label.key, label.params), then, sooner: '' },
    warn: period <= RUNWAY_WARNING_PERIODS,
  };
}

/**
 * The stops after the first ones (QA play F10): the whole cascade, in the order the engine stops them (the runway's cuts,
 * by period then oldest first), those of one period named together: « Ensuite, le budget ne suffira toujours pas :
 * arrêt aussi de « Relance » dès la semaine 8, puis de « Club » dès la semaine 12. ». Without them the learner saw one
 * programme named at a time, the small one that stops first, and stopping it looked like it saved the plan. Empty when none;
 * else one sentence led by a space, to follow the first.
 */
function laterCuts(view: RunwayView, first: number, names: (group: readonly ProgrammeCut[]) => string, t: Translate): string {
  const later = view.runway.cuts.slice(first);
  if (later.length === 0) return '';
  const periods = [...new Set(later.map((c) => c.period))];
  const items = periods.map((period) => {
    const label = periodInSentence(view.tickUnit, view.tick + period - 1);
    return t('decisions.budget.runwayThenItem', { programme: names(later.filter((c) => c.period === period)), period: t(label.key, label.params) });
  });
  return ` ${t('decisions.budget.runwayThen', { cuts: items.join(t('decisions.budget.runwayThenJoin')) })}`;
}
