/**
 * "What the course says": rules that read the run and point to the glossary card explaining what
 * happened (a big share of departures to competitors -> schéma de l'infidélité; a discount stopped ->
 * the drawbacks of financial advantages; ...). Each finding is a concept id plus a text key and its
 * figures; the texts live in src/i18n/<lang>/debrief.ts under `debrief.course.<key>`.
 */
import type { DecisionsLog } from '../../engine/decisions.ts';
import type { PeriodRefusals, ProgrammeKpi, TickKpis } from '../../engine/types.ts';
import type { DepartureCause } from '../../engine/vocabulary.ts';
import type { LocalizedText } from '../../scenario/schema.ts';
import { englishText } from '../../scenario/englishText.ts';
import type { ConceptId } from '../glossary/concepts.ts';
import { CAUSE_CONCEPT, departuresBetween, departuresByCause } from './departures.ts';
import { comparisonSeries, effectVerdict, provenLoss } from '../../app/programmeEffect.ts';
import { latestProgrammes } from './programmeEffects.ts';
import { moneySummary } from './moneySummary.ts';
import { satisfactionGap } from './satisfactionGap.ts';
import { PERSONALISATION_SETUP_WEEKS } from '../../engine/params.ts';
import { weeksToPeriods } from '../../app/costEstimate.ts';
import type { TickUnit } from '../dashboard/period.ts';
import { acceptedDecisions } from '../../missions/evaluate.ts';
import { wholeBase } from './decisionTimeline.ts';

export type FindingKey =
  | 'topCause'
  | 'competitorsPull'
  | 'discountStopped'
  | 'discountStoppedForBudget'
  | 'discountStoppedQuiet'
  | 'discountStoppedForBudgetQuiet'
  | 'discountImitated'
  | 'discountImitatedUnknown'
  | 'negativeRoi'
  | 'effectNotShown'
  | 'profitNotShown'
  | 'noSurvey'
  | 'surveyMissed'
  | 'surveyChance'
  | 'mysteryMissed'
  | 'discountBestCustomers'
  | 'complaintsLost'
  | 'conquestOverRetention'
  | 'socialBonding'
  | 'customisation'
  | 'personalisation'
  | 'complaintPolicy'
  | 'atRiskGrew'
  | 'budgetUnused'
  | 'budgetUnusedReserve'
  | 'budgetUnusedStopped';

export interface Finding {
  key: FindingKey;
  concept: ConceptId;
  /** figures for the text: counts, shares (0..1), ids to translate */
  params: Record<string, string | number>;
}

/** Decimals the Bilan writes a discount's price departures per period with (DebriefCourse.svelte): the « hard to stop » lesson compares them as written. */
export const DEPARTURE_RATE_DIGITS = 1;

/** A rate as the Bilan writes it: rounded to DEPARTURE_RATE_DIGITS decimals (Intl's rounding, half away from zero). */
function asWritten(rate: number): number {
  const scale = 10 ** DEPARTURE_RATE_DIGITS;
  return Math.round(rate * scale) / scale;
}

/**
 * The « futur non-client » segment must have grown by at least this share of its starting size, and by
 * AT_RISK_MIN_RISE customers, for the Bilan to call it a lesson: 673 -> 674 is noise (QA expert F24).
 */
export const AT_RISK_MIN_RISE_SHARE = 0.05;
export const AT_RISK_MIN_RISE = 5;

/** Customers the « futur non-client » segment must gain from `from` for the Bilan to say it grew. */
export function atRiskRiseThreshold(from: number): number {
  return Math.max(AT_RISK_MIN_RISE, Math.ceil(from * AT_RISK_MIN_RISE_SHARE));
}

/** Share of departures above which a "rencontre" cause deserves its own remark. */
const RENCONTRE_SHARE = 0.25;

/**
 * Share of what the budget received (initial amount and payments) left unspent at the end of the game from which
 * the Bilan says so (QA class 5: 7 667 € never used after three programmes stopped for lack of budget). *assumption*
 */
export const UNUSED_BUDGET_SHARE = 0.2;

/**
 * `competitors`: the scenario's, to name the one that imitated a financial advantage; `options.tickUnit`: the scenario's
 * (a personalisation's set-up in its periods); `options.durationTicks`: the game's length (the budget left unspent is
 * said once the game is over); `options.rejections`: the engine's refusals, whose actions are left out; `options.budgetReserve`:
 * the budget an objective asks to keep (a mission's reserve), not said to be money that could have paid for actions.
 */
export function courseFindings(
  kpis: readonly TickKpis[],
  allDecisions: DecisionsLog,
  competitors: readonly { id: string; name: string | LocalizedText }[] = [],
  options: { tickUnit?: TickUnit; durationTicks?: number; rejections?: readonly PeriodRefusals[]; budgetReserve?: number } = {},
): Finding[] {
  if (kpis.length === 0) return [];
  const decisions = acceptedDecisions(allDecisions, options.rejections ?? []);
  const findings: Finding[] = [];
  const { total, causes } = departuresByCause(kpis);
  const top = causes[0];
  if (top) findings.push({ key: 'topCause', concept: CAUSE_CONCEPT[top.cause], params: { cause: top.cause, count: top.count, share: top.share } });
  const rencontre = causes.filter((c) => c.cause === 'concurrence' || c.cause === 'nouveaute').reduce((s, c) => s + c.count, 0);
  if (total > 0 && rencontre / total >= RENCONTRE_SHARE && top?.concept !== 'schemaInfidelite')
    findings.push({ key: 'competitorsPull', concept: 'schemaInfidelite', params: { count: rencontre, share: rencontre / total } });

  const last = kpis[kpis.length - 1];
  const programmes = latestProgrammes(kpis);
  for (const p of programmes) {
    if (p.type === 'financier' && p.endTick !== undefined && p.endTick < last.tick + 1) {
      const span = Math.max(1, p.endTick - p.startTick);
      const cause: DepartureCause = 'prix';
      const during = departuresBetween(kpis, cause, p.startTick, p.endTick) / span;
      const afterTicks = Math.max(1, last.tick + 1 - p.endTick);
      const after = departuresBetween(kpis, cause, p.endTick, last.tick + 1) / afterTicks;
      // stopped by the engine for lack of budget, not by the learner: said so
      const byBudget = p.suspendedMembers !== undefined;
      // the learner stopped it (« Vous avez arrêté »), or it reached the duration set at launch (« a pris fin », QA expert F24)
      const ended = decisions.some((d) => d.actions.some((a) => a.type === 'arreterProgramme' && a.programmeId === p.id)) ? 'stopped' : 'duration';
      // the lesson « hard to stop » only where the learner's own figures show it (more price departures after
      // than during, as the Bilan writes them: « pendant : 0, après : 0 » with « se paie en départs » was QA class
      // F3); otherwise why it did not show, from where the members' reference price stood at the end
      if (asWritten(after) > asWritten(during)) {
        findings.push({ key: byBudget ? 'discountStoppedForBudget' : 'discountStopped', concept: 'prixReference', params: { instrument: p.instrument, during, after, ended } });
      } else {
        const back = kpis.find((k) => k.tick === p.endTick)?.programmes.find((x) => x.id === p.id)?.priceReturn;
        const reason: Record<string, string | number> = back
          ? { reason: 'referencePrice', members: back.members, beyond: back.beyondTolerance, gap: back.aboveReference }
          : { reason: 'unknown' };
        findings.push({
          key: byBudget ? 'discountStoppedForBudgetQuiet' : 'discountStoppedQuiet',
          concept: 'prixReference',
          params: { instrument: p.instrument, during, after, ended, ...reason },
        });
      }
      break;
    }
  }
  // a competitor copied a financial advantage while it ran: the course's « easy to imitate », seen
  for (const p of programmes) {
    if (!p.imitated) continue;
    const name = competitors.find((c) => c.id === p.imitated!.competitor)?.name ?? '';
    // the name in both languages (the finding's text picks one, DebriefCourse.svelte)
    const [competitor, competitorEn] = typeof name === 'string' ? [name, name] : [name.fr, englishText(name) ?? name.fr];
    findings.push({ key: competitor ? 'discountImitated' : 'discountImitatedUnknown', concept: 'avantageFinancier', params: { instrument: p.instrument, competitor, competitorEn, tick: p.imitated.tick } });
    break;
  }
  // cost more than they brought beyond the control group's noise (a loss within the noise is not shown)
  // (nor one too weak to conclude: a small control group, too few periods; app/programmeEffect.ts effectVerdict)
  const losing = programmes.filter((p) => provenLoss(p, last.tick));
  if (losing.length) findings.push({ key: 'negativeRoi', concept: 'roi', params: { count: losing.length } });
  const notShown = programmes.filter((p) => p.costToDate > 0 && effectVerdict(p, last.tick) === 'noEffect');
  if (notShown.length) findings.push({ key: 'effectNotShown', concept: 'groupeTemoin', params: { count: notShown.length } });
  // an extra margin shown above 0 whose ROI interval still holds 0: the margin moved, the profit is not shown
  const marginOnly = programmes.filter((p) => effectVerdict(p, last.tick) === 'marginOnly');
  if (marginOnly.length) findings.push({ key: 'profitNotShown', concept: 'roi', params: { count: marginOnly.length } });

  const gap = satisfactionGap(kpis);
  if (gap.surveys.length === 0) findings.push({ key: 'noSurvey', concept: 'mesureSatisfaction', params: {} });
  else {
    // why a survey missed beyond its margin (engine/survey.ts): a questionnaire's satisfied customers answer more
    // often (non-response bias, the measure lands above the truth, which the margin of chance does not cover); one
    // below the truth missed by chance (1 in 20 for a 95 % margin); a mystery shopper scores the shop's service,
    // not the customers' satisfaction
    const missed = gap.surveys.filter((s) => !s.withinMargin);
    const questionnaires = missed.filter((s) => s.survey.method === 'questionnaire');
    const above = questionnaires.filter((s) => s.error > 0).length;
    const mystery = missed.length - questionnaires.length;
    if (above) findings.push({ key: 'surveyMissed', concept: 'mesureSatisfaction', params: { count: above } });
    if (questionnaires.length > above) findings.push({ key: 'surveyChance', concept: 'margeErreur', params: { count: questionnaires.length - above } });
    if (mystery) findings.push({ key: 'mysteryMissed', concept: 'mesureSatisfaction', params: { count: mystery } });
  }

  const actions = decisions.flatMap((d) => d.actions);
  // a discount for the whole base (every segment checked) is no choice of the very good customers: untargeted (missionCaveats.ts)
  if (actions.some((a) => a.type === 'financier' && a.target.segments?.includes('tresBon') && !wholeBase(a.target)))
    findings.push({ key: 'discountBestCustomers', concept: 'actionParSegment', params: {} });
  const complaintLosses = causes.find((c) => c.cause === 'reclamationMalTraitee');
  const policy = chosenComplaintPolicy(decisions);
  if (policy) findings.push({ key: 'complaintPolicy', concept: 'gestionReclamations', params: complaintPolicyParams(kpis, policy) });
  else if (complaintLosses) findings.push({ key: 'complaintsLost', concept: 'gestionReclamations', params: { count: complaintLosses.count, ...deterredSince(kpis, 0) } });

  const money = moneySummary(kpis);
  const acquisition = money.acquisitionByChannel.reduce((s, c) => s + c.amount, 0);
  if (acquisition > 0 && acquisition > money.programmeCost)
    findings.push({ key: 'conquestOverRetention', concept: 'pourquoiFideliser', params: { acquisition, retention: money.programmeCost } });
  // the other three strategies, each read from the learner's first programme of it (members, cost, members vs control group)
  const unit = options.tickUnit ?? 'week';
  const social = programmes.find((p) => p.type === 'lienSocial');
  if (social) findings.push({ key: 'socialBonding', concept: 'lienSocial', params: programmeParams(kpis, social, decisions, unit) });
  const custom = programmes.find((p) => p.type === 'customisation');
  if (custom) findings.push({ key: 'customisation', concept: 'customisation', params: programmeParams(kpis, custom, decisions, unit) });
  const personal = programmes.find((p) => p.type === 'personnalisation');
  if (personal)
    findings.push({
      key: 'personalisation',
      concept: 'personnalisation',
      params: {
        ...programmeParams(kpis, personal, decisions, unit),
        withoutConsent: personal.withoutConsent ?? 0,
        collected: collectedBetween(kpis, Number.NEGATIVE_INFINITY, personal.startTick),
        // what the shop knew of its members at the launch (engine ProgrammeKpi; absent in runs saved before): the effect is proportional to it
        ...(personal.membersWithData !== undefined ? { withData: personal.membersWithData, dataKnown: personal.membersDataKnown ?? 0 } : {}),
        ...personalisationData(kpis, personal, unit),
      },
    });

  const first = kpis[0];
  const grew = last.segments.futurNonClient - first.segments.futurNonClient;
  if (grew >= atRiskRiseThreshold(first.segments.futurNonClient)) findings.push({ key: 'atRiskGrew', concept: 'segments', params: { from: first.segments.futurNonClient, to: last.segments.futurNonClient } });
  const unused = unusedBudget(kpis, programmes, options.durationTicks, options.budgetReserve ?? 0);
  if (unused) findings.push(unused);
  return findings;
}

/**
 * The game over, a notable share of what the budget received never spent (QA class 5): how much, that share, and the
 * programmes the budget stopped (the stop is final, engine programmes.ts) with no programme of the same strategy
 * launched after them. What the budget received: what is left plus every period's spending.
 */
function unusedBudget(kpis: readonly TickKpis[], programmes: readonly ProgrammeKpi[], durationTicks: number | undefined, reserve: number): Finding | null {
  if (durationTicks === undefined || kpis.length < durationTicks) return null;
  const left = kpis[kpis.length - 1].budgetLeft;
  const received = left + kpis.reduce((sum, k) => sum + k.costs, 0);
  // the reserve an objective asked for is not money left idle (QA qa29self m7: mission 4 asked for 1 000 €)
  const idle = left - Math.max(0, reserve);
  if (idle <= 0 || received <= 0 || idle / received < UNUSED_BUDGET_SHARE) return null;
  const stopped = programmes.filter(
    (p) => p.suspendedMembers !== undefined && p.endTick !== undefined && !programmes.some((q) => q.type === p.type && q.startTick >= p.endTick!),
  ).length;
  return stopped
    ? { key: 'budgetUnusedStopped', concept: 'budget', params: { left, share: left / received, count: stopped } }
    : reserve > 0
      ? { key: 'budgetUnusedReserve', concept: 'budget', params: { left, share: left / received, reserve } }
      : { key: 'budgetUnused', concept: 'budget', params: { left, share: left / received } };
}

/**
 * What the Bilan says of one programme: its instrument, launch, members (`count`), cost and, when it ran
 * with a control group, the share of its members still customers at the last period measured against
 * its control group's (the engine's ProgrammeKpi.comparison: both counted from the launch).
 */
function programmeParams(kpis: readonly TickKpis[], p: ProgrammeKpi, decisions: DecisionsLog, unit: TickUnit): Record<string, string | number> {
  const params: Record<string, string | number> = { instrument: p.instrument, tick: p.startTick, count: p.targeted, cost: p.costToDate, unit };
  // stopped before the end: when, and why (the budget could not pay it, the learner, its planned duration; QA shops F13)
  if (p.endTick !== undefined) {
    params.stopTick = p.endTick;
    params.stop =
      p.suspendedMembers !== undefined
        ? 'budget'
        : decisions.some((d) => d.actions.some((a) => a.type === 'arreterProgramme' && a.programmeId === p.id))
          ? 'learner'
          : 'duration';
  }
  const last = comparisonSeries(kpis, p.id).at(-1);
  if (last) {
    params.memberShare = last.memberShare;
    params.controlShare = last.controlShare;
    params.controlGroup = p.controlGroup;
  }
  return params;
}

/** Customers whose data a collection gathered (those who accepted) in ticks from `from` to before `to`. */
function collectedBetween(kpis: readonly TickKpis[], from: number, to: number): number {
  let accepted = 0;
  for (const k of kpis) if (k.tick >= from && k.tick < to) for (const c of k.dataCollections ?? []) accepted += c.accepted;
  return accepted;
}

/**
 * What a personalisation could use, read as the engine uses it (QA shops F4): no effect during its set-up, then each
 * period an effect on each member proportional to what the shop knows of them then (strategies/personnalisation.ts
 * reads dataKnown every tick, after that tick's decisions: a collection raises it the period it is made). So the
 * collections up to its end count: those made before its first effect (before the launch, the launch period, the
 * set-up) from that first effect, a later one from its own period. `setupTicks` and `effectTick` from the engine's
 * record when the run has it (ProgrammeKpi.setupUntilTick), else from the set-up rule; the members' data at its
 * last running period (ProgrammeKpi.membersDataNow) when recorded.
 */
function personalisationData(kpis: readonly TickKpis[], p: ProgrammeKpi, unit: TickUnit): Record<string, string | number> {
  const recorded = kpis.find((k) => k.tick === p.startTick)?.programmes.find((x) => x.id === p.id)?.setupUntilTick;
  const effectTick = recorded ?? p.startTick + setupTicks(unit);
  const end = p.endTick ?? Number.POSITIVE_INFINITY;
  const out: Record<string, string | number> = {
    unit,
    setupTicks: effectTick - p.startTick,
    effectTick,
    collectedLaunch: collectedBetween(kpis, p.startTick, p.startTick + 1),
    collectedSetup: collectedBetween(kpis, p.startTick + 1, effectTick),
    collectedLater: collectedBetween(kpis, effectTick, end),
  };
  let lastRunning: { tick: number; data: NonNullable<ProgrammeKpi['membersDataNow']> } | null = null;
  for (const k of kpis) {
    const data = k.programmes.find((x) => x.id === p.id)?.membersDataNow;
    if (data) lastRunning = { tick: k.tick, data };
  }
  if (lastRunning) Object.assign(out, { dataTick: lastRunning.tick, dataMembers: lastRunning.data.members, dataWith: lastRunning.data.withData, dataKnownEnd: lastRunning.data.known });
  return out;
}

/** The engine's set-up delay in periods (programmes.ts effectTick: weeksToTicks of PERSONALISATION_SETUP_WEEKS): 6 weeks, 1 month. */
export function setupTicks(unit: TickUnit): number {
  return weeksToPeriods(PERSONALISATION_SETUP_WEEKS, unit);
}

/** The complaint policy the learner last chose, and when; null if they never chose one. */
function chosenComplaintPolicy(decisions: DecisionsLog): { level: string; tick: number } | null {
  let found: { level: string; tick: number } | null = null;
  for (const d of decisions) for (const a of d.actions) if (a.type === 'politiqueReclamations') found = { level: a.level, tick: d.tick };
  return found;
}

/** Complaints received since the policy applied, how many were resolved (fast), and the customers lost after a badly handled one (`lost`). */
function complaintPolicyParams(kpis: readonly TickKpis[], policy: { level: string; tick: number }): Record<string, string | number> {
  let complaints = 0;
  let resolved = 0;
  let fast = 0;
  // the complaints the budget could not pay (engine KPIs' complaintsUnpaid; a period saved before it: not said)
  let unpaid: number | null = 0;
  for (const k of kpis) {
    if (k.tick < policy.tick) continue;
    complaints += k.complaints;
    resolved += k.complaintsResolved;
    fast += k.complaintsResolvedFast;
    unpaid = unpaid === null || k.complaintsUnpaid === undefined ? null : unpaid + k.complaintsUnpaid;
  }
  const lost = departuresBetween(kpis, 'reclamationMalTraitee', policy.tick, Number.POSITIVE_INFINITY);
  // what handling complaints cost over the game against all the spending (the Bilan's « Dépenses marketing cumulées »)
  let complaintCost = 0;
  let spent = 0;
  for (const k of kpis) {
    complaintCost += k.costsByType.politiqueReclamations ?? 0;
    spent += k.costs;
  }
  return {
    level: policy.level,
    tick: policy.tick,
    count: complaints,
    resolved,
    fast,
    lost,
    ...(unpaid !== null ? { unpaid } : {}),
    ...(spent > 0 && complaintCost / spent >= COMPLAINT_COST_SHARE ? { complaintCost, complaintShare: complaintCost / spent } : {}),
    ...deterredSince(kpis, policy.tick),
  };
}

/** Share of the game's spending on complaint handling from which the Bilan says what the policy cost (the optician's « Excellente »: 55 %, QA shops F10). */
export const COMPLAINT_COST_SHARE = 0.25;

/**
 * The would-be customers unresolved complaints turned away from period `from` on, rounded (engine KPIs'
 * deterredByComplaints): the larger half of what ignoring complaints costs, beside the complainers who left
 * (QA verify3 V5). Nothing when a period does not record them (a game saved before 2026-12-02).
 */
function deterredSince(kpis: readonly TickKpis[], from: number): { deterred?: number } {
  let deterred = 0;
  for (const k of kpis) {
    if (k.tick < from) continue;
    if (k.deterredByComplaints === undefined) return {};
    deterred += k.deterredByComplaints;
  }
  return { deterred: Math.round(deterred) };
}
