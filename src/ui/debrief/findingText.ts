/**
 * Words of a Bilan course finding: the message key (a counted finding picks its singular or plural
 * form, no « (s) ») and its counts written with the language's thousands separator (« 2 088 », not
 * « 2088 »). Pure: the locale is passed in; the other parameters are formatted by DebriefCourse.
 */
import { formatMoney, formatNumber, formatPercent } from '../../app/format.ts';
import { PERSONALISATION_SETUP_WEEKS } from '../../engine/params.ts';
import { retentionGap, retentionGapText } from '../../app/retentionGap.ts';
import { messagesOf, translate, type Locale, type MessageKey } from '../../i18n/translate.ts';
import { pluralKey, translateCount, type PluralBase } from '../../i18n/plural.ts';
import { periodInSentence, type TickUnit } from '../dashboard/period.ts';
import type { FindingKey } from './courseFindings.ts';

/** Findings whose sentence depends on {{count}}: their messages come as …One / …Other. */
const COUNTED: ReadonlySet<FindingKey> = new Set<FindingKey>([
  'negativeRoi',
  'effectNotShown',
  'profitNotShown',
  'surveyMissed',
  'surveyChance',
  'mysteryMissed',
  'complaintsLost',
  'socialBonding',
  'customisation',
  'personalisation',
  'complaintPolicy',
  'budgetUnusedStopped',
]);

/** « semaine », « de la semaine », « du mois »…: the shop's unit words of a sentence (decisions.tickWords), never « période » (periodWords34b). */
function unitWords(locale: Locale, unit: unknown): Record<string, string> {
  return { ...(messagesOf(locale).decisions ?? messagesOf('fr').decisions)?.tickWords[unit === 'month' ? 'month' : 'week'] };
}

export function findingMessageKey(locale: Locale, key: FindingKey, params: Record<string, string | number>): MessageKey {
  const base = `debrief.course.${key}`;
  return COUNTED.has(key) && typeof params.count === 'number' ? pluralKey(locale, params.count, base) : (base as MessageKey);
}

/** The whole-number counts of a finding (count, from, to) as text with thousands separators. */
export function findingCounts(locale: Locale, params: Record<string, string | number>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of ['count', 'from', 'to', 'resolved', 'fast']) if (typeof params[k] === 'number') out[k] = formatNumber(locale, params[k] as number);
  return out;
}

/**
 * The parts of a strategy's finding (courseFindings.ts: socialBonding, customisation, personalisation,
 * complaintPolicy) that read the learner's own figures, each a sentence of its own with its counted
 * form, empty when the figure is not there (no control group: no members-vs-control sentence): `cost`,
 * `vsControl`, `consent`, `data`, `setup`, `level`, `lost` and `deterred` (also complaintsLost's).
 */
export function findingClauses(locale: Locale, params: Record<string, string | number>): Record<string, string> {
  const out: Record<string, string> = {};
  const num = (k: string) => (typeof params[k] === 'number' ? (params[k] as number) : null);
  const cost = num('cost');
  if (cost !== null) out.cost = formatMoney(locale, cost);
  const members = num('memberShare');
  const control = num('controlShare');
  const group = num('controlGroup') ?? 0;
  // each share with its 95 % margin (a small control group's is wide), and « peut n’être que du hasard » when the two
  // intervals overlap, in the charts' words (app/retentionGap.ts; QA today 11: 100 % of 45 controls against 91 % of members)
  const gap = members !== null && control !== null ? retentionGap(members, num('count') ?? 0, control, group) : null;
  const words = gap ? retentionGapText(locale, gap) : null;
  out.vsControl =
    members !== null && control !== null
      ? translate(locale, 'debrief.course.clause.vsControl', {
          memberShare: words?.members ?? formatPercent(locale, members, 1),
          controlShare: words?.control ?? formatPercent(locale, control, 1),
          n: formatNumber(locale, group),
          chance: words?.chance ? `${words.chance} ` : '',
        })
      : '';
  const withoutConsent = num('withoutConsent');
  out.consent = withoutConsent ? translateCount(locale, 'debrief.course.clause.consent', withoutConsent, { count: formatNumber(locale, withoutConsent) }) : '';
  out.data = personalisationDataClause(locale, params);
  const setupTicks = num('setupTicks');
  const unit = params.unit === 'month' ? 'Month' : 'Week';
  // the set-up in the shop's periods (« 1 mois » in a monthly game, QA shops F13); a finding made before: the engine's weeks
  out.setup =
    setupTicks !== null
      ? translateCount(locale, `debrief.course.clause.setup${unit}` as PluralBase, setupTicks, { count: formatNumber(locale, setupTicks) })
      : translateCount(locale, 'debrief.course.clause.setupWeek', PERSONALISATION_SETUP_WEEKS, { count: formatNumber(locale, PERSONALISATION_SETUP_WEEKS) });
  if (typeof params.level === 'string') out.level = translate(locale, `vocabulary.complaintPolicy.${params.level}` as MessageKey);
  const lost = num('lost');
  if (lost !== null)
    out.lost = lost === 0 ? translate(locale, 'debrief.course.clause.lostNone') : translateCount(locale, 'debrief.course.clause.lost', lost, { count: formatNumber(locale, lost) });
  // a strategy's programme stopped before the end, when and why (QA shops F13); « au mois 4 », « à la semaine 12 »
  const stopTick = num('stopTick');
  out.stopped =
    stopTick !== null && typeof params.stop === 'string'
      ? translate(locale, `debrief.course.clause.stopped.${params.stop}` as MessageKey, { ...unitWords(locale, params.unit), at: atPeriod(locale, params.unit === 'month' ? 'month' : 'week', stopTick) })
      : '';
  // complaints left unanswered for lack of budget, among those received (QA shops F10), and why; what the policy cost when a large share
  const unpaid = num('unpaid');
  out.unpaid = unpaid ? translateCount(locale, 'debrief.course.clause.unpaid', unpaid, { count: formatNumber(locale, unpaid) }) : '';
  const complaintCost = num('complaintCost');
  out.budget =
    (unpaid ? translate(locale, 'debrief.course.clause.unpaidWhy', unitWords(locale, params.unit)) : '') +
    (complaintCost !== null
      ? translate(locale, 'debrief.course.clause.complaintCost', { cost: formatMoney(locale, complaintCost), share: formatPercent(locale, num('complaintShare') ?? 0, 0) })
      : '');
  // the would-be customers unresolved complaints turned away, after the complainers who left (QA verify3 V5); none recorded: nothing
  const deterred = num('deterred');
  out.deterred = deterred !== null ? translateCount(locale, 'debrief.course.clause.deterred', deterred, { count: formatNumber(locale, deterred) }) : '';
  return out;
}

const WHEN = ['before', 'launch', 'setup', 'later'] as const;

/**
 * What a personalisation could use (courseFindings.ts personalisationData, QA shops F4): the learner's collections up
 * to its end and when they were made, how the engine reads them (each period, once the set-up is over), and the
 * members' profile data at its launch and at its last running period when the run records them. Without any
 * collection: what the shop knew already. A finding made before these figures: the collections before the launch only.
 */
function personalisationDataClause(locale: Locale, params: Record<string, string | number>): string {
  const num = (k: string) => (typeof params[k] === 'number' ? (params[k] as number) : null);
  const collected = num('collected');
  if (collected === null) return '';
  const enrolled = num('count') ?? 0;
  const withData = num('withData');
  const unit: TickUnit = params.unit === 'month' ? 'month' : 'week';
  const effectTick = num('effectTick');
  if (effectTick === null) {
    // a finding without the timing (not from courseFindings today): the earlier wording, collections before the launch
    if (collected > 0) return translateCount(locale, 'debrief.course.clause.dataBefore', collected, { count: formatNumber(locale, collected) });
    return noCollection(locale, withData, enrolled, num('dataKnown'), false);
  }
  const counts: Record<(typeof WHEN)[number], number> = {
    before: collected,
    launch: num('collectedLaunch') ?? 0,
    setup: num('collectedSetup') ?? 0,
    later: num('collectedLater') ?? 0,
  };
  const total = WHEN.reduce((sum, k) => sum + counts[k], 0);
  const dataTick = num('dataTick');
  const members =
    dataTick !== null && withData !== null
      ? translate(locale, 'debrief.course.clause.membersData', {
          withStart: formatNumber(locale, withData),
          count: formatNumber(locale, enrolled),
          knownStart: formatPercent(locale, num('dataKnown') ?? 0, 0),
          with: formatNumber(locale, num('dataWith') ?? 0),
          members: formatNumber(locale, num('dataMembers') ?? 0),
          period: inSentence(locale, unit, dataTick),
          known: formatPercent(locale, num('dataKnownEnd') ?? 0, 0),
        })
      : '';
  if (total === 0) return noCollection(locale, withData, enrolled, num('dataKnown'), members !== '') + members;
  const key = (k: (typeof WHEN)[number]) => (k === 'launch' ? (unit === 'month' ? 'launchMonth' : 'launchWeek') : k);
  const made = WHEN.filter((k) => counts[k] > 0);
  const when =
    made.length === 1
      ? translate(locale, `debrief.course.clause.whenOnly.${key(made[0])}` as MessageKey)
      : ` (${new Intl.ListFormat(locale, { type: 'conjunction' }).format(
          made.map((k) => translate(locale, `debrief.course.clause.whenPart.${key(k)}` as MessageKey, { count: formatNumber(locale, counts[k]) })),
        )})`;
  return (
    translateCount(locale, 'debrief.course.clause.dataCollected', total, { count: formatNumber(locale, total), when }) +
    translate(locale, 'debrief.course.clause.dataRule', { ...unitWords(locale, unit), effect: inSentence(locale, unit, effectTick) }) +
    members
  );
}

/** No collection: what the shop knew of the members at the launch (counted when recorded, unless `counted` below says it). */
function noCollection(locale: Locale, withData: number | null, enrolled: number, known: number | null, counted: boolean): string {
  if (counted) return translate(locale, 'debrief.course.clause.noCollection');
  return withData !== null && enrolled > 0
    ? translateCount(locale, 'debrief.course.clause.noDataBeforeKnown', enrolled, {
        count: formatNumber(locale, enrolled),
        withData: formatNumber(locale, withData),
        known: formatPercent(locale, known ?? 0, 0),
      })
    : translate(locale, 'debrief.course.clause.noDataBefore');
}

/** « à la semaine 7 » / « au mois 2 » / « in week 7 » (dashboard/period.ts). */
function atPeriod(locale: Locale, unit: TickUnit, tick: number): string {
  const p = periodInSentence(unit, tick, 'to');
  return translate(locale, p.key, p.params);
}

/** « la semaine 7 » / « le mois 2 » / « week 7 » (dashboard/period.ts). */
function inSentence(locale: Locale, unit: TickUnit, tick: number): string {
  const p = periodInSentence(unit, tick, 'name');
  return translate(locale, p.key, p.params);
}
