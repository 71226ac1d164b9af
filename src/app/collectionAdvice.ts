/**
 * What to advise when too few customers of a programme's target consented to an e-mail or SMS for a
 * control group (app/noControlReason.ts `consent`), knowing the data collections already run (QA qa4 #8: « lancez
 * d’abord une collecte » to a learner who had run one on that very target the month before). The strategy form, the
 * dashboard's programmes table (and the Bilan's, which shares its text) and the charts' « Membres / groupe témoin » note
 * all read it here.
 *
 * What the page knows, without the engine: the decisions log (each collection's target and period), the
 * engine's refusals (a refused collection ran nowhere) and each period's KPIs (TickKpis.dataCollections: for each
 * collection applied, in the order of the period's decisions, how many customers it contacted and how many
 * accepted). Targets are compared by their criteria (the same criteria, or criteria that take in every
 * customer this one takes in), not by their customers: segments move from one period to the next, and which
 * customers a collection reached is not in the KPIs. A collection on other criteria may or may not have reached
 * some of this target's customers: said as such.
 */
import type { DecisionsLog, Target } from '../engine/decisions.ts';
import type { PeriodRefusals, TickKpis } from '../engine/types.ts';
import { canonicalJson } from '../results/fingerprint.ts';
import { formatNumber } from './format.ts';
import { translate, type Locale, type MessageKey } from '../i18n/translate.ts';
import { periodInSentence, type TickUnit } from '../ui/dashboard/period.ts';

/** One data collection the engine ran: its period, its number in that period's decisions, its target and result. */
export interface CollectionRun {
  tick: number;
  index: number;
  target: Target;
  /** customers still there who were asked */
  contacted: number;
  /** of them, those who accepted (their consent recorded) */
  accepted: number;
}

/**
 * The collections run, period after period: the log's « Collecte de données » decisions the engine did not refuse,
 * each paired with its result (the period's dataCollections, in the decisions' order). A period whose count does not
 * match (a log and KPIs that do not go together) gives none: nothing is guessed.
 */
export function collectionsRun(
  decisions: DecisionsLog,
  kpis: readonly Pick<TickKpis, 'tick' | 'dataCollections'>[],
  rejections: readonly PeriodRefusals[],
): CollectionRun[] {
  const out: CollectionRun[] = [];
  for (const { tick, actions } of decisions) {
    const refused = new Set(rejections.find((r) => r.tick === tick)?.rejected.map((r) => r.actionIndex) ?? []);
    const results = kpis.find((k) => k.tick === tick)?.dataCollections ?? [];
    const applied = actions.flatMap((a, index) => (a.type === 'collecteDonnees' && !refused.has(index) ? [{ index, target: a.target }] : []));
    if (applied.length !== results.length) continue;
    applied.forEach((a, k) => out.push({ tick, index: a.index, target: a.target, contacted: results[k].contacted, accepted: results[k].accepted }));
  }
  return out;
}

/** `same`: the same criteria; `wider`: criteria that take in every customer the aimed target's take in; `other`: anything else. */
export type TargetRelation = 'same' | 'wider' | 'other';

const LISTS = ['segments', 'rfSegments', 'stages', 'ladder', 'motives', 'channels', 'towns', 'customerIds'] as const;
const RANGES = ['r', 'f', 'm'] as const;

/** Whether `outer`'s criteria hold for every customer `inner`'s hold for, read from the criteria alone (engine/target.ts). */
function includes(outer: Target, inner: Target): boolean {
  // a limit keeps the first customers of the file: which ones depends on the other criteria
  if (outer.limit !== undefined) return false;
  for (const key of LISTS) {
    const o = outer[key] as readonly (string | number)[] | undefined;
    const i = inner[key] as readonly (string | number)[] | undefined;
    if (o !== undefined && (i === undefined || !i.every((v) => o.includes(v)))) return false;
  }
  for (const key of RANGES) {
    const o = outer[key];
    const i = inner[key];
    if (o !== undefined && (i === undefined || i[0] < o[0] || i[1] > o[1])) return false;
  }
  for (const key of ['loyaltyCard', 'clubMember'] as const) if (outer[key] !== undefined && inner[key] !== outer[key]) return false;
  return outer.minDataKnown === undefined || (inner.minDataKnown ?? 0) >= outer.minDataKnown;
}

export function targetRelation(collected: Target, aimed: Target): TargetRelation {
  if (canonicalJson(collected) === canonicalJson(aimed)) return 'same';
  if (!includes(collected, aimed)) return 'other';
  // the same criteria listed in another order
  return includes(aimed, collected) ? 'same' : 'wider';
}

/** The programme the advice is for: its target and its period; once launched, its number in that period's decisions. */
export interface AdvisedProgramme {
  target: Target;
  tick: number;
  /** a launched programme's index in its period's decisions (a collection decided before it in that period ran before it); absent in the form */
  index?: number;
}

/**
 * The collection the advice names: none; one run `before` the programme (the latest on the same criteria, else on
 * wider ones, else on others); or, for a launched programme, one run `since` its launch on the same or wider criteria
 * (a new programme would reach those who accepted).
 */
export type ConsentAdvice =
  | { when: 'none' }
  /** the form while the learner may not run a collection (« Collecte de données » locked): only the other way out */
  | { when: 'locked' }
  | { when: 'before' | 'since'; relation: TargetRelation; tick: number; contacted: number; accepted: number };

const ORDER: readonly TargetRelation[] = ['same', 'wider', 'other'];

export function consentAdvice(runs: readonly CollectionRun[], programme: AdvisedProgramme): ConsentAdvice {
  const before = (r: CollectionRun) => r.tick < programme.tick || (r.tick === programme.tick && programme.index !== undefined && r.index < programme.index);
  const pick = (list: readonly CollectionRun[], relations: readonly TargetRelation[], when: 'before' | 'since'): ConsentAdvice | null => {
    for (const relation of relations) {
      const run = list.filter((r) => targetRelation(r.target, programme.target) === relation).at(-1);
      if (run) return { when, relation, tick: run.tick, contacted: run.contacted, accepted: run.accepted };
    }
    return null;
  };
  const since = programme.index === undefined ? null : pick(runs.filter((r) => !before(r)), ['same', 'wider'], 'since');
  return since ?? pick(runs.filter(before), ORDER, 'before') ?? { when: 'none' };
}

/**
 * Where the advice is shown: the strategy form (an in-store tool, or for an online shop one that sends no e-mail nor SMS),
 * the form's blocking line when nobody in the target consented (`nobody`, `nobodyOnline`), or a launched programme's note.
 */
export type AdvicePlace = 'form' | 'formOnline' | 'nobody' | 'nobodyOnline' | 'charts' | 'dashboard';

/** The advice's sentences: the {{advice}} that ends each place's « too few consented » (or « nobody consented ») message. */
export function consentAdviceText(locale: Locale, advice: ConsentAdvice, place: AdvicePlace, unit: TickUnit): string {
  const A = 'decisions.consentAdvice.';
  // « inscrits la semaine suivante / le mois suivant » (decisions.tickWords)
  const next = { nextTick: translate(locale, `decisions.tickWords.${unit}.nextTick`) };
  if (advice.when === 'none' || advice.when === 'locked') return translate(locale, `${A}${advice.when}.${place}` as MessageKey, next);
  const form = place !== 'charts' && place !== 'dashboard';
  const period = periodInSentence(unit, advice.tick);
  const said = translate(locale, `${A}${advice.when === 'since' ? 'since' : form ? 'before' : 'launched'}.${advice.relation}` as MessageKey, {
    period: translate(locale, period.key, period.params),
    contacted: formatNumber(locale, advice.contacted),
    accepted: formatNumber(locale, advice.accepted),
  });
  return form ? `${said} ${translate(locale, `${A}tail.${place}` as MessageKey, next)}` : said;
}

/** A launched programme's target, from the decision that launched it (its id is `tick:index`, engine/programmeId.ts); null when the log lacks it. */
export function launchedProgramme(decisions: DecisionsLog, id: string): AdvisedProgramme | null {
  const [tick, index] = id.split(':').map(Number);
  const action = decisions.find((d) => d.tick === tick)?.actions[index];
  return action && 'target' in action ? { target: action.target, tick, index } : null;
}

/** What the dashboard and the charts pass down: the run's decisions and the collections it ran. */
export interface CollectionHistory {
  decisions: DecisionsLog;
  runs: readonly CollectionRun[];
}

/** The run's decisions and the collections they ran (collectionsRun): what the dashboard, the charts and the Bilan pass down. */
export function collectionHistory(
  decisions: DecisionsLog,
  kpis: readonly Pick<TickKpis, 'tick' | 'dataCollections'>[],
  rejections: readonly PeriodRefusals[],
): CollectionHistory {
  return { decisions, runs: collectionsRun(decisions, kpis, rejections) };
}

/** The advice for launched programme `id` (none without a history or an id, or when its decision is not in the log). */
export function launchedAdvice(history: CollectionHistory | undefined, id: string | undefined): ConsentAdvice {
  const programme = history && id !== undefined && launchedProgramme(history.decisions, id);
  return programme ? consentAdvice(history.runs, programme) : { when: 'none' };
}
