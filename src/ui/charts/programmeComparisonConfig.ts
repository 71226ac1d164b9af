/**
 * « Membres / groupe témoin » (pure): what one programme's members and its control group (groupe
 * témoin, src/engine/controlGroup.ts) earned per customer since the launch, period after period
 * (the engine's ProgrammeKpi.comparison, gathered by app/programmeEffect.ts comparisonSeries). Both
 * groups are drawn from the same target, so without an effect their curves run together; the gap
 * between them is what the programme added (or cost) per member. Without a control group (fewer than
 * CONTROL_GROUP_MIN held out) there is nothing to compare: the effect is not measurable.
 *
 * The chart draws the two cumulative margins per customer; the table alternative adds the gap and
 * the share of each group still customers (departures count with a margin of 0, which is how a
 * retention effect shows in the margin), each with its 95 % margin of error when the groups' sizes are
 * given (app/retentionGap.ts; QA today 11: 45 controls at 100 % against members at 91 % can be chance).
 */
import type { ChartConfiguration } from 'chart.js';
import { comparisonSeries } from '../../app/programmeEffect.ts';
import { minimumForControl, programmeNoControl } from '../../app/noControlReason.ts';
import { formatNumber, formatPercent } from '../../app/format.ts';
import { CONTROL_GROUP_MIN, CONTROL_GROUP_SHARE } from '../../engine/params.ts';
import { translate, type Locale } from '../../i18n/translate.ts';
import { retentionGap, shareEstimate, shareWithMarginText, type RetentionGap } from '../../app/retentionGap.ts';
import { translateCount } from '../../i18n/plural.ts';
import { consentAdviceText, launchedAdvice, type CollectionHistory } from '../../app/collectionAdvice.ts';
import type { TickUnit } from '../dashboard/period.ts';
import type { ProgrammeKpi, TickKpis } from '../../engine/types.ts';
import { appTicks, lineConfig } from './kpiSeriesConfig.ts';
import type { SeriesModel } from './seriesModel.ts';

export interface ComparisonLabels {
  members: string;
  control: string;
  gap: string;
  memberShare: string;
  controlShare: string;
}

/** Whether a programme's members can be compared with a control group, and whether a period has been compared yet. */
export type ComparisonStatus = 'measured' | 'noControlGroup' | 'notYet';

export function comparisonStatus(programme: Pick<ProgrammeKpi, 'controlGroup'>, points: number): ComparisonStatus {
  if (programme.controlGroup === 0) return 'noControlGroup';
  return points > 0 ? 'measured' : 'notYet';
}

/**
 * Why there is no control group, in words (app/noControlReason.ts): a target too small (the target
 * size needed, the share held out and its minimum), or a big enough target of which too few consented to an e-mail or SMS
 * (how many of how many, and what to do: collect data first, or again when a collection was already run: app/collectionAdvice.ts; QA4 F1, qa4 #8).
 */
export function noControlGroupText(
  locale: Locale,
  programme: Pick<ProgrammeKpi, 'targeted' | 'controlGroup' | 'withoutConsent'> & Partial<Pick<ProgrammeKpi, 'id'>>,
  history?: CollectionHistory,
  unit: TickUnit = 'week',
): string {
  const why = programmeNoControl(programme);
  const min = formatNumber(locale, CONTROL_GROUP_MIN);
  if (why?.reason === 'consent') {
    // what to do, knowing the data collections run before or since its launch (QA qa4 #8)
    return translateCount(locale, 'charts.comparison.noControlConsent', why.consented, {
      count: formatNumber(locale, why.consented),
      targeted: formatNumber(locale, why.targeted),
      min,
      advice: consentAdviceText(locale, launchedAdvice(history, programme.id), 'charts', unit),
    });
  }
  // the target size that gives one, as the decisions form says, not only the control group's own minimum a small target may already pass
  return translate(locale, 'charts.comparison.noControlGroup', {
    needed: formatNumber(locale, why?.needed ?? minimumForControl()),
    targeted: formatNumber(locale, why?.targeted ?? programme.targeted),
    min,
    share: formatPercent(locale, CONTROL_GROUP_SHARE),
  });
}

/** The programme shown first: the latest one with a control group, else the latest one; null without programmes. */
export function defaultComparedProgramme(programmes: readonly Pick<ProgrammeKpi, 'id' | 'controlGroup'>[]): string | null {
  for (let k = programmes.length - 1; k >= 0; k--) if (programmes[k].controlGroup > 0) return programmes[k].id;
  return programmes.at(-1)?.id ?? null;
}

/** The sizes of a programme's two groups (ProgrammeKpi targeted and controlGroup), to write each share still customers with its margin of error. */
export interface ComparisonGroups {
  locale: Locale;
  members: number;
  control: number;
}

/** « 91,2 % ± 2,8 pt » (near 100 %: « 100 % (entre 96,3 % et 100 %) ») for each share of a group of `n` customers (null: the value written as a bare percentage). */
function shareTexts(shares: readonly number[], n: number, locale: Locale): (string | null)[] {
  return shares.map((share) => {
    const estimate = shareEstimate(share, n);
    return estimate === null ? null : shareWithMarginText(locale, estimate);
  });
}

/**
 * Members vs control group of `programmeId`: cumulative margin per customer, their gap, share still customers, one row per
 * compared period; with `groups`, each share in the table is written with its 95 % margin of error.
 */
export function comparisonModel(kpis: readonly TickKpis[], programmeId: string, period: (tick: number) => string, labels: ComparisonLabels, groups?: ComparisonGroups): SeriesModel {
  const points = comparisonSeries(kpis, programmeId);
  const members: number[] = [];
  const control: number[] = [];
  const gap: number[] = [];
  let m = 0;
  let c = 0;
  for (const p of points) {
    m += p.memberMargin;
    c += p.controlMargin;
    members.push(m);
    control.push(c);
    gap.push(m - c);
  }
  return {
    labels: points.map((p) => period(p.tick)),
    kind: 'moneyCents',
    series: [
      { id: 'members', label: labels.members, values: members },
      { id: 'control', label: labels.control, values: control },
      { id: 'gap', label: labels.gap, values: gap },
      {
        id: 'memberShare',
        label: labels.memberShare,
        values: points.map((p) => p.memberShare),
        kind: 'percent',
        ...(groups ? { texts: shareTexts(points.map((p) => p.memberShare), groups.members, groups.locale) } : {}),
      },
      {
        id: 'controlShare',
        label: labels.controlShare,
        values: points.map((p) => p.controlShare),
        kind: 'percent',
        ...(groups ? { texts: shareTexts(points.map((p) => p.controlShare), groups.control, groups.locale) } : {}),
      },
    ],
  };
}

/** The last compared period's shares still customers of `programme`'s members and control group, with their margins; null before any or without a control group. */
export function latestRetentionGap(kpis: readonly TickKpis[], programme: Pick<ProgrammeKpi, 'id' | 'targeted' | 'controlGroup'>): { tick: number; gap: RetentionGap } | null {
  const last = comparisonSeries(kpis, programme.id).at(-1);
  const gap = last ? retentionGap(last.memberShare, programme.targeted, last.controlShare, programme.controlGroup) : null;
  return last && gap ? { tick: last.tick, gap } : null;
}

/**
 * The chart of the model's first two series (members, control group): two lines in the palette's
 * first two colours (Okabe-Ito blue and vermillion), solid with circles and dashed with triangles,
 * so they stay apart in grey; euros per customer on the axis.
 */
export function comparisonConfig(model: SeriesModel, locale: string): ChartConfiguration<'line'> {
  const config = lineConfig({ ...model, series: model.series.slice(0, 2) }, { beginAtZero: true, locale });
  const y = config.options!.scales!.y!;
  // cents kept (a small gap per customer), written as the app writes money: « −0,50 € » with a true minus (QA tablet verify N4)
  y.ticks = { format: { style: 'currency', currency: 'EUR', minimumFractionDigits: 0, maximumFractionDigits: 2 }, ...appTicks(locale, model.kind) };
  return config;
}
