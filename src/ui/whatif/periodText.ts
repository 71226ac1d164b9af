/**
 * A period (tick t, shown as number t + 1 like everywhere in the app) in the forms the what-if
 * sentences need: the label ("Semaine 3"), with its article ("la semaine 3"), after "de"
 * ("de la semaine 3" / "du mois 3") and after "à" ("à la semaine 3" / "au mois 3").
 */
import type { MessageKey, Params } from '../../i18n/translate.ts';
import { periodNumber, type TickUnit } from '../dashboard/period.ts';

type Translate = (key: MessageKey, params?: Params) => string;

export interface PeriodForms {
  label: string;
  name: string;
  from: string;
  to: string;
}

export function periodForms(t: Translate, unit: TickUnit, tick: number): PeriodForms {
  const n = periodNumber(tick);
  return {
    label: t(`dashboard.period.${unit}`, { n }),
    name: t(`whatif.periodName.${unit}`, { n }),
    from: t(`whatif.periodFrom.${unit}`, { n }),
    to: t(`whatif.periodTo.${unit}`, { n }),
  };
}

export interface DifferenceSentence {
  key: MessageKey;
  params: Params;
}

/** "Identical up to week 2; they differ from week 3", or "differ from week 1", or "no difference". */
export function differenceSentence(t: Translate, unit: TickUnit, firstDifference: number | null): DifferenceSentence {
  if (firstDifference === null) return { key: 'whatif.compare.noDifference', params: {} };
  if (firstDifference === 0)
    return {
      key: 'whatif.compare.identicalFromStart',
      params: { period: periodForms(t, unit, 0).name },
    };
  return {
    key: 'whatif.compare.identicalUntil',
    params: {
      to: periodForms(t, unit, firstDifference - 1).to,
      from: periodForms(t, unit, firstDifference).from,
    },
  };
}
