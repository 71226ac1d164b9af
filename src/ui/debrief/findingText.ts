/**
 * Words of a Bilan course finding: the message key (a counted finding picks its singular or plural
 * form, no « (s) ») and its counts written with the language's thousands separator (« 2 088 », not
 * « 2088 »). Pure: the locale is passed in; the other parameters are formatted by DebriefCourse.
 */
import { formatMoney, formatNumber, formatPercent } from '../../app/format.ts';
import { PERSONALISATION_SETUP_WEEKS } from '../../engine/params.ts';
import { fragileEstimate } from '../../app/programmeEffect.ts';
import { translate, type Locale, type MessageKey } from '../../i18n/translate.ts';
import { pluralKey, translateCount } from '../../i18n/plural.ts';
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
]);

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
  // a small control group: its share still customers moves a lot with a few customers (app/programmeEffect.ts fragileEstimate)
  out.vsControl =
    members !== null && control !== null
      ? translate(locale, fragileEstimate({ controlGroup: group }) ? 'debrief.course.clause.vsControlFragile' : 'debrief.course.clause.vsControl', {
          memberShare: formatPercent(locale, members, 1),
          controlShare: formatPercent(locale, control, 1),
          n: formatNumber(locale, group),
        })
      : '';
  const withoutConsent = num('withoutConsent');
  out.consent = withoutConsent ? translateCount(locale, 'debrief.course.clause.consent', withoutConsent, { count: formatNumber(locale, withoutConsent) }) : '';
  const collected = num('collected');
  // no collection: what the shop knew of its members at the launch, counted when the run records it (QA expert F5)
  const withData = num('withData');
  const enrolled = num('count') ?? 0;
  if (collected !== null)
    out.data =
      collected > 0
        ? translateCount(locale, 'debrief.course.clause.dataBefore', collected, { count: formatNumber(locale, collected) })
        : withData !== null && enrolled > 0
          ? translateCount(locale, 'debrief.course.clause.noDataBeforeKnown', enrolled, {
              count: formatNumber(locale, enrolled),
              withData: formatNumber(locale, withData),
              known: formatPercent(locale, num('dataKnown') ?? 0, 0),
            })
          : translate(locale, 'debrief.course.clause.noDataBefore');
  out.setup = formatNumber(locale, PERSONALISATION_SETUP_WEEKS);
  if (typeof params.level === 'string') out.level = translate(locale, `vocabulary.complaintPolicy.${params.level}` as MessageKey);
  const lost = num('lost');
  if (lost !== null)
    out.lost = lost === 0 ? translate(locale, 'debrief.course.clause.lostNone') : translateCount(locale, 'debrief.course.clause.lost', lost, { count: formatNumber(locale, lost) });
  // the would-be customers unresolved complaints turned away, after the complainers who left (QA verify3 V5); none recorded: nothing
  const deterred = num('deterred');
  out.deterred = deterred !== null ? translateCount(locale, 'debrief.course.clause.deterred', deterred, { count: formatNumber(locale, deterred) }) : '';
  return out;
}
