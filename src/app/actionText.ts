/** Plain-language description of a decision ("Avantage financier : Bons de réduction, remise 10 %, cible : …"). */
import type { Action, Target } from '../engine/decisions.ts';
import type { Locale, MessageKey, Params } from '../i18n/translate.ts';
import { pluralKey, type PluralBase } from '../i18n/plural.ts';
import { formatMoney, formatNumber, formatPercent } from './format.ts';
import { TOWNS } from '../engine/towns.ts';

/**
 * Keys checked (MessageKey): a component passes its t() as it is, a pure caller translate() with its locale. It took
 * `(key: string)`, and seven components each wrapped t() in a cast to pass it.
 */
type Translate = (key: MessageKey, params?: Params) => string;

/**
 * The `…One` / `…Other` key of a count in a target summary, which has no locale (only `t`): singular for 1,
 * where French and English agree. The counts here are 1 or more (a limit of 0 is no limit; the app never
 * writes an empty list of ids). describeAction has its locale and uses pluralKey.
 */
function countKey(base: PluralBase, n: number): MessageKey {
  return `${base}${n === 1 ? 'One' : 'Other'}`;
}

/**
 * « cible : (Bon client ou Très bon client) et Client actif »: a customer must meet every criterion, and any value
 * of a list (engine/target.ts selectTarget), so kinds are joined by « et », a kind's values by « ou », in brackets
 * when other criteria follow or precede (« ; » between kinds read as « ou », QA qa10 F9).
 * `towns`: the shop's place names (engine/towns.ts townNames), the store's towns by default.
 */
export function targetSummary(target: Target, t: Translate, towns: readonly string[] = TOWNS): string {
  // each criterion's values, any one of which will do
  const parts: string[][] = [];
  // an explicit list (the scoring lab's scored customers): the criteria below only filter it
  if (target.customerIds) {
    const n = new Set(target.customerIds).size;
    parts.push([t(countKey('decisions.targetSummary.customers', n), { n })]);
  }
  // each area's ids are that vocabulary's keys (the target's schema enums, engine/decisions.ts)
  const list = (ids: readonly string[] | undefined, area: 'segment' | 'rfSegment' | 'stage' | 'ladder' | 'motive' | 'channel') => {
    if (ids?.length) parts.push(ids.map((id) => t(`vocabulary.${area}.${id}` as MessageKey)));
  };
  list(target.segments, 'segment');
  list(target.rfSegments, 'rfSegment');
  list(target.stages, 'stage');
  list(target.ladder, 'ladder');
  list(target.motives, 'motive');
  list(target.channels, 'channel');
  for (const letter of ['r', 'f', 'm'] as const) {
    const range = target[letter];
    if (range) parts.push([t('decisions.targetSummary.scores', { letter: letter.toUpperCase(), from: range[0], to: range[1] })]);
  }
  if (target.towns?.length) parts.push(target.towns.map((n) => towns[n] ?? t('decisions.target.townNumber', { n: n + 1 })));
  if (target.loyaltyCard !== undefined) parts.push([t('decisions.targetSummary.flag', { name: t('decisions.target.card'), value: t(target.loyaltyCard ? 'decisions.target.yes' : 'decisions.target.no') })]);
  if (target.clubMember !== undefined) parts.push([t('decisions.targetSummary.flag', { name: t('decisions.target.club'), value: t(target.clubMember ? 'decisions.target.yes' : 'decisions.target.no') })]);
  if (target.minDataKnown) parts.push([t('decisions.targetSummary.minData', { value: `${Math.round(target.minDataKnown * 100)} %` })]);
  if (target.limit) parts.push([t(countKey('decisions.targetSummary.limit', target.limit), { n: target.limit })]);
  if (!parts.length) return t('decisions.targetSummary.everyone');
  const or = t('app.criteriaOr');
  const criteria = parts.map((values) => (values.length > 1 && parts.length > 1 ? t('app.criteriaGroup', { values: values.join(or) }) : values.join(or)));
  return t('decisions.targetSummary.criteria', { criteria: criteria.join(t('app.criteriaAnd')) });
}

/**
 * `unit`: the shop's, for « pendant 4 semaines / mois » (decisions.tickWords, never « périodes »: QA qa32optician m1).
 * `programmeName` gives a programme's readable name from its id (stop decisions); without it, or when unknown, the id is shown.
 */
export function describeAction(
  action: Action,
  t: Translate,
  locale: Locale,
  unit: 'week' | 'month',
  programmeName?: (id: string) => string | undefined,
  towns: readonly string[] = TOWNS,
): string {
  const type = t(`vocabulary.actionType.${action.type}`);
  let detail: string;
  switch (action.type) {
    case 'financier':
      detail = t('decisions.describe.financier', {
        instrument: t(`vocabulary.instrument.${action.instrument}`),
        rate: formatPercent(locale, action.discountRate),
        target: targetSummary(action.target, t, towns),
      });
      break;
    case 'lienSocial':
    case 'personnalisation':
    case 'customisation':
      detail = t('decisions.describe.programme', { instrument: t(`vocabulary.instrument.${action.instrument}`), target: targetSummary(action.target, t, towns) });
      break;
    case 'collecteDonnees':
      detail = t('decisions.describe.collecteDonnees', { instrument: t(`vocabulary.instrument.${action.instrument}`), target: targetSummary(action.target, t, towns) });
      break;
    case 'enquete':
      detail = t(action.instrument === 'clientMystere' ? 'decisions.describe.enqueteMystere' : 'decisions.describe.enquete', {
        instrument: t(`vocabulary.instrument.${action.instrument}`),
        n: formatNumber(locale, action.sampleSize),
      });
      break;
    case 'politiqueReclamations':
      detail = t('decisions.describe.politiqueReclamations', { level: t(`vocabulary.complaintPolicy.${action.level}`) });
      break;
    case 'acquisition':
      detail = t('decisions.describe.acquisition', { channel: t(`vocabulary.acquisitionChannel.${action.channel}`), budget: formatMoney(locale, action.budget) });
      break;
    case 'arreterProgramme': {
      const name = programmeName?.(action.programmeId);
      detail = name ? t('decisions.describe.arreterProgramme', { name }) : t('decisions.describe.arreterProgrammeId', { id: action.programmeId });
      break;
    }
  }
  if ('durationTicks' in action && action.durationTicks) detail += `, ${t(pluralKey(locale, action.durationTicks, 'decisions.describe.forTicks'), {
      n: action.durationTicks,
      tick: t(`decisions.tickWords.${unit}.tick`),
      ticks: t(`decisions.tickWords.${unit}.ticks`),
    })}`;
  return t('decisions.describe.line', { type, detail });
}
