/**
 * A programme's names on the charts screen (pure): the chart's « Avantage financier — Bons de réduction (Semaine 1) »
 * and the compared programme's select option, short and led by what tells two programmes apart: on a phone the closed
 * select cut the name's end, so two coupon programmes launched weeks apart read the same (QA phone F10).
 */
import type { ProgrammeKpi } from '../../engine/types.ts';
import { translate, type Locale } from '../../i18n/translate.ts';

type Named = Pick<ProgrammeKpi, 'type' | 'instrument' | 'startTick'>;

function parts(locale: Locale, p: Named, period: (tick: number) => string) {
  const key = `vocabulary.instrument.${p.instrument}`;
  const instrument = translate(locale, key);
  return { type: translate(locale, `vocabulary.actionType.${p.type}`), instrument: instrument === key ? p.instrument : instrument, period: period(p.startTick) };
}

/** The chart's and table's name: action type, instrument, launch period. */
export function programmeLabel(locale: Locale, p: Named, period: (tick: number) => string): string {
  return translate(locale, 'charts.programmes.name', parts(locale, p, period));
}

/** The select's option, short enough for a phone's closed select: launch period, then instrument (each belongs to one action type). */
export function programmeOptionLabel(locale: Locale, p: Named, period: (tick: number) => string): string {
  return translate(locale, 'charts.comparison.option', parts(locale, p, period));
}
