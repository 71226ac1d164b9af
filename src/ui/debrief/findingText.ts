/**
 * Words of a Bilan course finding: the message key (a counted finding picks its singular or plural
 * form, no « (s) ») and its counts written with the language's thousands separator (« 2 088 », not
 * « 2088 »). Pure: the locale is passed in; the other parameters are formatted by DebriefCourse.
 */
import { formatNumber } from '../../app/format.ts';
import type { Locale, MessageKey } from '../../i18n/translate.ts';
import { pluralKey } from '../../i18n/plural.ts';
import type { FindingKey } from './courseFindings.ts';

/** Findings whose sentence depends on {{count}}: their messages come as …One / …Other. */
const COUNTED: ReadonlySet<FindingKey> = new Set<FindingKey>(['negativeRoi', 'effectNotShown', 'surveyMissed', 'surveyChance', 'mysteryMissed', 'complaintsLost']);

export function findingMessageKey(locale: Locale, key: FindingKey, params: Record<string, string | number>): MessageKey {
  const base = `debrief.course.${key}`;
  return COUNTED.has(key) && typeof params.count === 'number' ? pluralKey(locale, params.count, base) : (base as MessageKey);
}

/** The whole-number counts of a finding (count, from, to) as text with thousands separators. */
export function findingCounts(locale: Locale, params: Record<string, string | number>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of ['count', 'from', 'to']) if (typeof params[k] === 'number') out[k] = formatNumber(locale, params[k] as number);
  return out;
}
