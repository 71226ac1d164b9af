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
import { courseFindings } from '../debrief/courseFindings.ts';
import { targetParts } from '../debrief/decisionTimeline.ts';
import type { CourseSegment } from '../../engine/vocabulary.ts';
import { translate, type Locale, type MessageKey, type Params } from '../../i18n/translate.ts';
import { periodInSentence, type TickUnit } from '../dashboard/period.ts';
import { programmeName } from '../decisions/programmeName.ts';
import { refusalOf } from './missionRefusals.ts';
import { firstBudgetStop } from '../../missions/evaluate.ts';

export type CaveatKey = 'discountBestCustomers' | 'untargeted' | 'personalisationNoData' | 'negativeRoi' | 'budgetStop';

export interface Caveat {
  key: CaveatKey;
  params: Record<string, string | number>;
}

/** The loyalty strategies: a programme run on a target (the course: aim it at the segment it suits). */
const PROGRAMMES: ReadonlySet<Action['type']> = new Set(['financier', 'lienSocial', 'personnalisation', 'customisation']);

/** `rejections`: the engine's refusals (session.rejections): a refused action cost nothing, the course has nothing to say of it (QA qa18 F10). */
export function missionCaveats(kpis: readonly TickKpis[], decisions: DecisionsLog, rejections: readonly PeriodRefusals[] = []): Caveat[] {
  const out: Caveat[] = [];
  const findings = courseFindings(kpis, decisions);
  if (findings.some((f) => f.key === 'discountBestCustomers')) out.push({ key: 'discountBestCustomers', params: {} });
  // the first programme launched for everyone (the Bilan's timeline says « cible : toute la clientèle »); a
  // bare « at most N » keeps the first customers of the file, whoever they are: not a target either
  const untargeted = decisions
    .flatMap((d) => d.actions.filter((_, i) => refusalOf(rejections, d.tick, i) === null))
    .find((a) => PROGRAMMES.has(a.type) && 'target' in a && targetParts(a.target).every((part) => part.kind === 'limit'));
  if (untargeted) out.push({ key: 'untargeted', params: { type: untargeted.type } });
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
  return out;
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
