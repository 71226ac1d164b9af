/**
 * « Mission réussie, mais… »: what the Bilan's course findings (ui/debrief/courseFindings.ts, the
 * same rules, not a copy) and the decisions say against the course in a mission's run, though its
 * check passed: very good customers given a discount, a programme aimed at the whole customer base,
 * a personalisation launched with no data collected before, or, when the run records its members'
 * profile data at the launch, with none on any of them (and how many the shop already held data on and how
 * much it knew of them: QA expert F5),
 * a programme that cost more than it brought, a programme the budget stopped during the mission (the first one:
 * the check may still pass, the budget kept by the stop, QA qa19 F1). Pure: the words are chosen by the debrief (missions.debrief.caveat.<key>).
 */
import type { Action, DecisionsLog } from '../../engine/decisions.ts';
import type { PeriodRefusals, TickKpis } from '../../engine/types.ts';
import { courseFindings, type Finding } from '../debrief/courseFindings.ts';
import { findingClauses, findingCounts, findingMessageKey } from '../debrief/findingText.ts';
import { wholeBase } from '../debrief/decisionTimeline.ts';
import type { CourseSegment } from '../../engine/vocabulary.ts';
import { translate, type Locale, type MessageKey, type Params } from '../../i18n/translate.ts';
import { translateCount } from '../../i18n/plural.ts';
import { formatNumber } from '../../app/format.ts';
import { periodInSentence, type TickUnit } from '../dashboard/period.ts';
import { programmeName } from '../decisions/programmeName.ts';
import { refusalOf } from './missionRefusals.ts';
import { firstBudgetStop } from '../../missions/evaluate.ts';

export type CaveatKey = 'discountBestCustomers' | 'untargeted' | 'personalisationNoData' | 'negativeRoi' | 'budgetStop' | 'complaintsIgnored' | 'conquestShort';

export interface Caveat {
  key: CaveatKey;
  params: Record<string, string | number>;
}

/** The loyalty strategies: a programme run on a target (the course: aim it at the segment it suits). */
const PROGRAMMES: ReadonlySet<Action['type']> = new Set(['financier', 'lienSocial', 'personnalisation', 'customisation']);

/** `rejections`: the engine's refusals (session.rejections): a refused action cost nothing, the course has nothing to say of it (QA qa18 F10). */
export function missionCaveats(kpis: readonly TickKpis[], decisions: DecisionsLog, rejections: readonly PeriodRefusals[] = []): Caveat[] {
  const out: Caveat[] = [];
  const findings = courseFindings(kpis, decisions, [], { rejections });
  if (findings.some((f) => f.key === 'discountBestCustomers')) out.push({ key: 'discountBestCustomers', params: {} });
  // the first programme launched for everyone (no filter, a bare « at most N » that keeps the first customers of the
  // file, or every segment checked: decisionTimeline.ts wholeBase); none ran: the first one refused, said as refused
  // (QA qa28class55 F2: a 30 % discount for all five segments refused for lack of budget, the real mistake unsaid)
  const everyone = decisions.flatMap((d) =>
    d.actions
      .map((a, i) => ({ a, refused: refusalOf(rejections, d.tick, i) }))
      .filter(({ a }) => PROGRAMMES.has(a.type) && 'target' in a && wholeBase(a.target)),
  );
  const untargeted = everyone.find((x) => x.refused === null) ?? everyone[0];
  if (untargeted) out.push({ key: 'untargeted', params: untargeted.refused === null ? { type: untargeted.a.type } : { type: untargeted.a.type, refused: untargeted.refused } });
  const personal = findings.find((f) => f.key === 'personalisation');
  if (personal) {
    const { count, collected, withData, dataKnown } = personal.params;
    // the members' profile data at the launch, when the run records it (the exact measure): none of them had any,
    // whatever was collected elsewhere (QA: a collection on other customers silenced the caveat), or no collection
    // at all (what they had came from their card); a run saved before: no collection at all, shop-wide
    if (withData === undefined) {
      if (collected === 0) out.push({ key: 'personalisationNoData', params: {} });
    } else if (withData === 0 || collected === 0) out.push({ key: 'personalisationNoData', params: { members: count, withData, dataKnown, collected } });
  }
  const losing = findings.find((f) => f.key === 'negativeRoi');
  if (losing) out.push({ key: 'negativeRoi', params: { count: losing.params.count } });
  const stopped = firstBudgetStop(kpis);
  if (stopped) out.push({ key: 'budgetStop', params: { id: stopped.id, tick: stopped.tick } });
  // complaints ignored: the Bilan's sentence of the policy (QA qa27missions M3: « Ignorer » passed mission 3 without a word)
  const policy = findings.find((f) => f.key === 'complaintPolicy');
  if (policy?.params.level === 'ignorer') out.push({ key: 'complaintsIgnored', params: policy.params });
  // a campaign that did not make up for the departures (QA qa27missions M4: the brief spoke of compensating them)
  const balance = conquestBalance(kpis, decisions, rejections);
  if (balance && balance.arrivals < balance.departures) out.push({ key: 'conquestShort', params: { ...balance } });
  return out;
}

/** The Bilan's finding of the complaint policy the learner chose (courseFindings.ts complaintPolicy), null when none was chosen. */
export function complaintPolicyFinding(kpis: readonly TickKpis[], decisions: DecisionsLog, rejections: readonly PeriodRefusals[] = []): Finding | null {
  if (kpis.length === 0) return null;
  return courseFindings(kpis, decisions, [], { rejections }).find((f) => f.key === 'complaintPolicy') ?? null;
}

/**
 * Arrivals against departures over the run's periods when a recruitment campaign the engine took was run (the course:
 * recruiting costs more than keeping, QA qa27missions M4): new customers, of them the campaigns' recruits, departures.
 */
export function conquestBalance(
  kpis: readonly TickKpis[],
  decisions: DecisionsLog,
  rejections: readonly PeriodRefusals[] = [],
): { arrivals: number; recruits: number; departures: number } | null {
  const campaign = decisions.some((d) => d.actions.some((a, i) => a.type === 'acquisition' && refusalOf(rejections, d.tick, i) === null));
  if (!campaign || kpis.length === 0) return null;
  let arrivals = 0;
  let recruits = 0;
  let departures = 0;
  for (const k of kpis) {
    arrivals += k.acquired;
    departures += k.lost;
    for (const c of Object.values(k.campaignRecruits ?? {})) recruits += c?.recruited ?? 0;
  }
  return { arrivals, recruits, departures };
}

/** The conquestBalance sentence (either key), each count with its own plural: « 1 nouveau client », « 0 départ » (review17 m2). */
export function conquestBalanceText(
  locale: Locale,
  key: 'missions.debrief.caveatConquestShort' | 'missions.debrief.conquestCovered',
  balance: { arrivals: number; recruits: number; departures: number },
): string {
  const counted = (base: 'missions.debrief.arrivals' | 'missions.debrief.departures' | 'dashboard.feed.recruits', n: number) =>
    translateCount(locale, base, n, { count: formatNumber(locale, n) });
  return translate(locale, key, {
    arrivals: counted('missions.debrief.arrivals', balance.arrivals),
    recruits: counted('dashboard.feed.recruits', balance.recruits),
    departures: counted('missions.debrief.departures', balance.departures),
  });
}

/**
 * The words of the Bilan's complaint-policy finding (debrief.course.complaintPolicy…, the same figures as DebriefCourse.svelte
 * formats them: counts, its clauses, the period it applied from).
 */
export function complaintPolicyText(locale: Locale, finding: Pick<Finding, 'params'>, tickUnit: TickUnit): string {
  const params = finding.params;
  const at = periodInSentence(tickUnit, Number(params.tick), 'name');
  return translate(locale, findingMessageKey(locale, 'complaintPolicy', params), {
    ...params,
    ...findingCounts(locale, params),
    // the shop's unit in its clauses (« enquêtes de la semaine / du mois »)
    ...findingClauses(locale, { unit: tickUnit, ...params }),
    period: translate(locale, at.key, at.params),
  });
}

/**
 * « « Avantage financier — Bons de réduction (lancé la semaine 1) » a été arrêté faute de budget la semaine 2 … »: the
 * programme the budget stopped (firstBudgetStop) named and dated in `key`'s sentence, for the mission card while the
 * mission is played (missions.budgetStopped) and its bilan (the failure, or the remark of a run that does not keep its
 * programmes).
 */
export function budgetStopText(
  t: (key: MessageKey, params?: Params) => string,
  key: 'missions.budgetStopped' | 'missions.debrief.budgetStopFailed' | 'missions.debrief.budgetStopAlso' | 'missions.debrief.caveatBudgetStop',
  kpis: readonly TickKpis[],
  tickUnit: TickUnit,
  stop: { id: string; tick: number },
): string {
  const stopped = kpis.at(-1)?.programmes?.find((p) => p.id === stop.id);
  const at = periodInSentence(tickUnit, stop.tick);
  return t(key, { programme: stopped ? programmeName(stopped, tickUnit, t) : '', period: t(at.key, at.params) });
}

/** « Très bon client et Bon client »: the segments a mission's target check asks for (ObjectiveCheck.aim). */
export function segmentList(segments: readonly CourseSegment[], locale: Locale): string {
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(segments.map((s) => translate(locale, `vocabulary.segment.${s}` as MessageKey)));
}
