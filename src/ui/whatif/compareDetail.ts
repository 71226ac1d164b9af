/**
 * What explains the gap between two timelines (QA qa28whatif M1): at each one's last period played, the three factors of
 * turnover (purchase frequency × average basket × relationship length, and their product, a customer's turnover over the
 * relationship), the churn, the measured satisfaction (only from surveys) and each programme's ROI, written as each
 * timeline's dashboard writes them (the same functions: LeversPanel, KpiCard, SatisfactionCard, ProgrammesTable), with
 * the gap B − A where the two are figures. Pure: locale and t passed in.
 */
import type { ProgrammeKpi, TickKpis } from '../../engine/types.ts';
import type { Locale, MessageKey, Params } from '../../i18n/translate.ts';
import { formatFixed, formatMarginPoints, formatMoney, formatPoints, formatShare, formatSigned, formatSignedMoney } from '../../app/format.ts';
import { customerValue, LENGTH_CAP } from '../dashboard/kpiCards.ts';
import { frequencyDigits, ticksText } from '../dashboard/leverText.ts';
import { latestMeasure } from '../dashboard/satisfactionMeasure.ts';
import { programmeRoiText } from '../dashboard/programmeEffectText.ts';
import { roiReliability } from '../../app/programmeEffect.ts';
import { periodLabel, type TickUnit } from '../dashboard/period.ts';
import { programmeLabel } from '../charts/programmeLabel.ts';

type Translate = (key: MessageKey, params?: Params) => string;

export interface DetailRow {
  id: string;
  label: string;
  a: string;
  b: string;
  /** B − A as written, or « — » when one of them is not a figure */
  gap: string;
}

const NONE = '—';

/** A programme matched across the two timelines: what it is and when it was launched. */
function programmeKey(p: ProgrammeKpi): string {
  return `${p.type}|${p.instrument}|${p.startTick}`;
}

export function compareDetail(locale: Locale, t: Translate, unit: TickUnit, kpisA: readonly TickKpis[], kpisB: readonly TickKpis[]): DetailRow[] {
  const a = kpisA.at(-1);
  const b = kpisB.at(-1);
  const rows: DetailRow[] = [];
  /** a row of a number each timeline has: its text, and the gap's when both have one */
  const row = (id: string, label: string, pick: (k: TickKpis) => number | null, text: (v: number) => string, gap: (d: number, x: number, y: number) => string) => {
    const x = a ? pick(a) : null;
    const y = b ? pick(b) : null;
    rows.push({ id, label, a: x === null ? NONE : text(x), b: y === null ? NONE : text(y), gap: x === null || y === null ? NONE : gap(y - x, x, y) });
  };
  const digits = (x: number, y: number) => Math.max(frequencyDigits(x), frequencyDigits(y));
  row(
    'frequency',
    t('dashboard.kpi.frequency'),
    (k) => k.frequency,
    (v) => formatFixed(locale, v, frequencyDigits(v)),
    (d, x, y) => formatSigned(locale, d, digits(x, y)),
  );
  row(
    'averageBasket',
    t('dashboard.kpi.averageBasket'),
    (k) => k.averageBasket,
    (v) => formatMoney(locale, v, 2),
    (d) => formatSignedMoney(locale, d, 2),
  );
  const length = (v: number) => (v >= LENGTH_CAP ? t('dashboard.unit.veryLong') : ticksText(locale, unit, v));
  const finiteLength = (k: TickKpis) => (k.relationshipLength >= LENGTH_CAP ? null : k.relationshipLength);
  row(
    'relationshipLength',
    t('dashboard.kpi.relationshipLength'),
    (k) => k.relationshipLength,
    length,
    (d, x, y) => (x >= LENGTH_CAP || y >= LENGTH_CAP ? NONE : ticksText(locale, unit, d, formatSigned(locale, d, 1))),
  );
  row('customerValue', t('whatif.compare.detail.customerValue'), (k) => (finiteLength(k) === null || !k.stages ? null : customerValue(k)), (v) => formatMoney(locale, v), (d) => formatSignedMoney(locale, d));
  row('churn', t('dashboard.kpi.churn'), (k) => k.churnRate, (v) => formatShare(locale, v, 1), (d) => t('dashboard.unit.points', { value: formatPoints(locale, d) }));
  // measured only: « Non mesurée » without a questionnaire, never the true satisfaction (hidden from the learner)
  const measureA = latestMeasure(kpisA);
  const measureB = latestMeasure(kpisB);
  const measureText = (m: ReturnType<typeof latestMeasure>) =>
    m ? t('dashboard.satisfaction.value', { mean: formatShare(locale, m.mean, 1), margin: formatMarginPoints(locale, m.marginOfError) }) : t('dashboard.satisfaction.notMeasured');
  rows.push({
    id: 'satisfaction',
    label: t('dashboard.kpi.satisfaction'),
    a: measureText(measureA),
    b: measureText(measureB),
    gap: measureA && measureB ? t('dashboard.unit.points', { value: formatPoints(locale, measureB.mean - measureA.mean) }) : NONE,
  });
  // each programme of either timeline, matched by what it is and when it was launched
  const byKey = new Map<string, { p: ProgrammeKpi; a?: ProgrammeKpi; b?: ProgrammeKpi }>();
  for (const [slot, k] of [['a', a], ['b', b]] as const)
    for (const p of k?.programmes ?? []) {
      const entry = byKey.get(programmeKey(p)) ?? { p };
      if (!entry[slot]) entry[slot] = p;
      byKey.set(programmeKey(p), entry);
    }
  const roiText = (p: ProgrammeKpi | undefined, k: TickKpis | undefined) => {
    if (!p || !k) return t('whatif.compare.detail.notLaunched');
    const text = programmeRoiText(locale, p, false, true);
    return p.roi !== null && roiReliability(p, k.tick) === 'unreliable' ? `${text} (${t('dashboard.programmes.unreliable')})` : text;
  };
  const figure = (p: ProgrammeKpi | undefined, k: TickKpis | undefined) => (p && k && p.roi !== null && p.incrementalMarginToDate !== null && roiReliability(p, k.tick) !== 'tooUncertain' ? p.roi : null);
  const period = (tick: number) => {
    const { key, params } = periodLabel(unit, tick);
    return t(key, params);
  };
  for (const [key, { p, a: pa, b: pb }] of byKey) {
    const x = figure(pa, a);
    const y = figure(pb, b);
    rows.push({
      id: `roi:${key}`,
      // named as on the charts screen: type — instrument (launch period), an instrument without a name keeps its id
      label: t('whatif.compare.detail.roi', { programme: programmeLabel(locale, p, period) }),
      a: roiText(pa, a),
      b: roiText(pb, b),
      gap: x === null || y === null ? NONE : t('dashboard.unit.points', { value: formatPoints(locale, y - x) }),
    });
  }
  return rows;
}
