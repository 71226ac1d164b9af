/**
 * How the debrief's sections write periods, money, shares and programme names in the current
 * language (one place, so every section's tables line up: shares with one fixed decimal).
 */
import type { Scenario } from '../../scenario/schema.ts';
import { formatMoney, formatPercent, formatShare } from '../../app/format.ts';
import { formatRoi } from '../../app/roi.ts';
import { t } from '../../i18n/locale.svelte.ts';
import type { Locale, MessageKey } from '../../i18n/translate.ts';
import { periodInSentence, periodLabel } from '../dashboard/period.ts';

export interface DebriefFormat {
  /** the scenario's period, for the texts shared with the dashboard (dashboard/surveyWindowText.ts) */
  tickUnit: Scenario['tickUnit'];
  /** « Semaine 3 » for tick 2: a heading or a table cell */
  period: (tick: number) => string;
  /** inside a sentence: « la semaine 3 » / « le mois 3 » (English « week 3 »), after « de », after « à » */
  periodName: (tick: number) => string;
  periodFrom: (tick: number) => string;
  periodTo: (tick: number) => string;
  money: (value: number) => string;
  pct: (value: number) => string;
  /** table columns: one fixed precision, so 1,0 % and 54,2 % line up; a share above 0 that would read « 0,0 % » reads « < 0,1 % » */
  share: (value: number) => string;
  /** a programme's ROI, written as on every other screen (app/roi.ts) */
  roi: (value: number) => string;
  /** the instrument's name, or the action type's when there is none */
  programmeName: (type: string, instrument: string) => string;
  /** the shop's place names (engine/towns.ts townNames: cities of France online), for the targets on towns */
  towns?: readonly string[];
}

export function debriefFormat(lc: Locale, tickUnit: Scenario['tickUnit'], towns?: readonly string[]): DebriefFormat {
  return {
    tickUnit,
    period: (tick) => {
      const label = periodLabel(tickUnit, tick);
      return t(label.key, label.params);
    },
    periodName: (tick) => inSentence(tickUnit, tick, 'name'),
    periodFrom: (tick) => inSentence(tickUnit, tick, 'from'),
    periodTo: (tick) => inSentence(tickUnit, tick, 'to'),
    money: (value) => formatMoney(lc, value),
    pct: (value) => formatPercent(lc, value, 1),
    share: (value) => shareCell(lc, value),
    roi: (value) => formatRoi(lc, value),
    programmeName: (type, instrument) => (instrument ? t(`vocabulary.instrument.${instrument}` as MessageKey) : t(`vocabulary.actionType.${type}` as MessageKey)),
    towns,
  };
}

/** The smallest share one decimal writes (0,1 %): a share above 0 below half of it would read « 0,0 % » (1 departure of 2 831, QA shops F13). */
const SMALLEST_SHARE = 0.001;

function shareCell(lc: Locale, value: number): string {
  return value > 0 && value < SMALLEST_SHARE / 2 ? t('debrief.shareBelow', { value: formatShare(lc, SMALLEST_SHARE, 1) }) : formatShare(lc, value, 1);
}

function inSentence(unit: Scenario['tickUnit'], tick: number, form: 'name' | 'from' | 'to'): string {
  const label = periodInSentence(unit, tick, form);
  return t(label.key, label.params);
}
