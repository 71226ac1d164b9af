/**
 * One decision in words for the timeline (localised through `translate`): the action's own text
 * then its target and duration. Kept out of the component so it is unit-tested.
 */
import type { Action } from '../../engine/decisions.ts';
import { formatMoney, formatPercent } from '../../app/format.ts';
import { translate, type Locale } from '../../i18n/translate.ts';
import type { TargetPart, TimelineAction } from './decisionTimeline.ts';
import { refusalKey } from '../../app/refusalKey.ts';
import { translateCount } from '../../i18n/plural.ts';
import { townLabel } from '../customers/towns.ts';

/** A target's towns are named up to this many, counted beyond. */
const TOWNS_NAMED = 3;

type Tr = (key: string, params?: Record<string, string | number>) => string;

function partText(part: TargetPart, tr: Tr, locale: Locale, towns?: readonly string[]): string {
  const key = `debrief.timeline.part.${part.kind}`;
  if ('values' in part) {
    const vocab: Record<string, string> = {
      segments: 'segment',
      rfSegments: 'rfSegment',
      stages: 'stage',
      ladder: 'ladder',
      motives: 'motive',
      channels: 'channel',
    };
    // « segment « Futur non-client » », plural only for several (QA qa21 F4: « segments Lapsing customer »)
    const values = part.values.map((v) => tr('debrief.timeline.part.value', { value: tr(`vocabulary.${vocab[part.kind]}.${v}`) }));
    return translateCount(locale, `debrief.timeline.part.${part.kind}`, values.length, { values: values.join(tr('app.criteriaOr')) });
  }
  if ('range' in part) return tr(key, { min: part.range[0], max: part.range[1] });
  if ('count' in part) return translateCount(locale, `debrief.timeline.part.${part.kind}`, part.count);
  if ('towns' in part) {
    const n = part.towns.length;
    // « communes Centre-ville, Les Tilleuls », not « 2 communes »; a long list is counted
    if (n === 0 || n > TOWNS_NAMED) return translateCount(locale, 'debrief.timeline.part.towns', n);
    return translateCount(locale, 'debrief.timeline.part.townsNamed', n, { names: part.towns.map((i) => townLabel(locale, i, towns)).join(tr('app.criteriaOr')) });
  }
  if (typeof part.value === 'boolean') return tr(key, { value: tr(part.value ? 'debrief.timeline.yes' : 'debrief.timeline.no') });
  return tr(key, { value: part.kind === 'minDataKnown' ? formatPercent(locale, part.value) : part.value });
}

/**
 * "Bons de réduction, remise de 10 %". `launched` finds the action that started a programme by its id
 * (« tick:index »): a stop then names it, « Lien social — Club clients, lancé la semaine 1 », not just
 * its week when several were launched that week (QA learner 5).
 */
export function actionText(
  action: Action,
  locale: Locale,
  periodLabel: (tick: number) => string,
  launched?: (programmeId: string) => Action | undefined,
): string {
  const tr: Tr = (key, params) => translate(locale, key, params);
  const key = `debrief.timeline.action.${action.type}`;
  switch (action.type) {
    case 'financier':
      return tr(key, { instrument: tr(`vocabulary.instrument.${action.instrument}`), rate: formatPercent(locale, action.discountRate) });
    case 'lienSocial':
    case 'personnalisation':
    case 'customisation':
    case 'collecteDonnees':
      return tr(key, { instrument: tr(`vocabulary.instrument.${action.instrument}`) });
    case 'enquete':
      return tr(key, { instrument: tr(`vocabulary.instrument.${action.instrument}`), sample: action.sampleSize });
    case 'politiqueReclamations':
      return tr(key, { level: tr(`vocabulary.complaintPolicy.${action.level}`) });
    case 'acquisition':
      return tr(key, { channel: tr(`vocabulary.acquisitionChannel.${action.channel}`), budget: formatMoney(locale, action.budget) });
    case 'arreterProgramme': {
      const tick = Number(action.programmeId.split(':')[0]);
      const start = launched?.(action.programmeId);
      if (start && 'instrument' in start && start.type !== 'enquete' && start.type !== 'collecteDonnees' && Number.isInteger(tick))
        return tr(`${key}Named`, {
          type: tr(`vocabulary.actionType.${start.type}`),
          instrument: tr(`vocabulary.instrument.${start.instrument}`),
          period: periodLabel(tick),
        });
      return tr(key, { period: Number.isInteger(tick) ? periodLabel(tick) : action.programmeId });
    }
  }
}

/**
 * "cible : segments Très bon client ou Bon client et étapes Client actif" or "cible : toute la clientèle"; empty for
 * actions without a target. Every criterion holds, any value of one (engine/target.ts): « et » between them, « ou »
 * within one (« ; » between them read as « ou », QA qa10 F9); the kind's name before its values marks where each starts.
 * `towns`: the shop's place names (engine/towns.ts townNames), the store's towns by default.
 */
export function targetText(action: Action, parts: TargetPart[], locale: Locale, towns?: readonly string[]): string {
  if (!('target' in action)) return '';
  const tr: Tr = (key, params) => translate(locale, key, params);
  const text = parts.length ? parts.map((p) => partText(p, tr, locale, towns)).join(tr('app.criteriaAnd')) : tr('debrief.timeline.allCustomers');
  return tr('debrief.timeline.target', { parts: text });
}

/** « pendant 4 semaines / mois »: the shop's unit (decisions.tickWords), never « périodes » (QA qa32optician m1) */
export function durationText(action: Action, locale: Locale, unit: 'week' | 'month'): string {
  const word = (w: string) => translate(locale, `decisions.tickWords.${unit}.${w}`);
  return 'durationTicks' in action && action.durationTicks !== undefined
    ? translateCount(locale, 'debrief.timeline.duration', action.durationTicks, { n: action.durationTicks, tick: word('tick'), ticks: word('ticks') })
    : '';
}

/** The action that started programme « tick:index » in a timeline (its entries keep the log's order of actions). */
export function launchedIn(timeline: readonly { tick: number; actions: readonly { action: Action }[] }[]): (programmeId: string) => Action | undefined {
  return (programmeId) => {
    const [tick, index] = programmeId.split(':').map(Number);
    return timeline.find((e) => e.tick === tick)?.actions[index]?.action;
  };
}

/**
 * One action of the timeline in the Bilan's words, in parts for its markup: its type (« Personnalisation »), the action
 * (« Conseiller personnel »), its target and duration (« cible : segment « Très bon client » », « pendant 4 périodes »)
 * and, refused, why (« refusée : budget insuffisant »). The Bilan's timeline and the class view's « Détails » write it.
 */
export interface TimelineActionWords {
  type: string;
  text: string;
  details: string[];
  /** « refusée : budget insuffisant », or null */
  rejected: string | null;
}

export function timelineActionWords(
  a: TimelineAction,
  locale: Locale,
  unit: 'week' | 'month',
  periodName: (tick: number) => string,
  launched?: (programmeId: string) => Action | undefined,
  towns?: readonly string[],
): TimelineActionWords {
  const tr: Tr = (key, params) => translate(locale, key, params);
  return {
    type: tr(`vocabulary.actionType.${a.action.type}`),
    text: actionText(a.action, locale, periodName, launched),
    details: [targetText(a.action, a.target, locale, towns), durationText(a.action, locale, unit)].filter((text) => text !== ''),
    rejected: a.rejected === null ? null : tr('debrief.timeline.rejected', { reason: tr(refusalKey(a.rejected)) }),
  };
}

/** The same on one line: « Personnalisation : Conseiller personnel — cible : segment « Très bon client » (refusée : budget insuffisant) ». */
export function timelineActionLine(words: TimelineActionWords, locale: Locale): string {
  const tr: Tr = (key, params) => translate(locale, key, params);
  const details = words.details.map((text) => tr('debrief.timeline.detail', { text })).join('');
  return `${words.type}${tr('debrief.timeline.afterType')}${words.text}${details}${words.rejected === null ? '' : ` (${words.rejected})`}`;
}
