/** Writes the glass box's values and sentences in the learner's language (locale passed in, pure). */
import { messagesOf, translate, type Locale } from '../../i18n/translate.ts';
import { formatFixed, formatMoney, formatNumber, formatPercent, formatShare } from '../../app/format.ts';
import { formatRoi } from '../../app/roi.ts';
import { programmeRoiLine } from '../dashboard/programmeEffectText.ts';
import { frequencyDigits, ticksText } from '../dashboard/leverText.ts';
import type { TickUnit } from '../dashboard/period.ts';
import type { GlassLine, GlassValue } from './glassBoxFigures.ts';

export function formatGlassValue(locale: Locale, v: GlassValue, tickUnit: TickUnit): string {
  if (typeof v.value === 'string') {
    if (v.format === 'channel') return translate(locale, `vocabulary.acquisitionChannel.${v.value}`);
    if (v.format !== 'programme') return v.value;
    const [type, instrument] = v.value.split('/');
    const key = `vocabulary.instrument.${instrument}`;
    const label = translate(locale, key);
    return `${translate(locale, `vocabulary.actionType.${type}`)} — ${label === key ? instrument : label}`;
  }
  const n = v.value;
  switch (v.format) {
    case 'money':
      return formatMoney(locale, n);
    case 'money2':
      return formatMoney(locale, n, 2);
    case 'number':
      return formatNumber(locale, n);
    case 'decimal':
      return formatNumber(locale, n, 3);
    case 'frequency':
      return formatFixed(locale, n, frequencyDigits(n));
    case 'percent':
      return formatPercent(locale, n, 1);
    case 'surveyShare':
      return formatShare(locale, n, 1);
    case 'roi':
      // with its margin of error and what the estimate shows, as the dashboard writes it, not the bare figure; exact
      // figures (the formula's result), where the dashboard rounds an estimate that shows no effect
      return v.estimate
        ? programmeRoiLine(locale, v.estimate, v.measuredThrough === undefined ? undefined : { through: v.measuredThrough, unit: tickUnit }, true, tickUnit)
        : formatRoi(locale, n);
    case 'points':
      return formatNumber(locale, n, 1);
    case 'ticks':
      return ticksText(locale, tickUnit, n);
    case 'programme':
    case 'channel':
      return String(n);
  }
}

/**
 * One sentence of the glass box: `group` is 'line' (formula) or 'rule' (engine behaviour). In the shop's unit
 * (decisions.tickWords: « CA de la semaine », « au début du mois »), never « période » (periodWords34b).
 */
export function glassSentence(locale: Locale, group: 'line' | 'rule', l: GlassLine, tickUnit: TickUnit): string {
  const params: Record<string, string> = { ...(messagesOf(locale).decisions ?? messagesOf('fr').decisions)?.tickWords[tickUnit] };
  for (const [name, v] of Object.entries(l.values)) params[name] = formatGlassValue(locale, v, tickUnit);
  return translate(locale, `glassBox.${group}.${l.key}`, params);
}
