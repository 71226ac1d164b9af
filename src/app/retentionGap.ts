/**
 * Members vs control group, customers still there (the engine's ProgrammeKpi.comparison memberShare and
 * controlShare, both counted from the programme's launch): each share with its 95 % margin of error,
 * and whether the gap between them may be chance (QA today 11: with 45 controls, 100 % against 91 %
 * was read as the programme's effect). The charts' « Membres et groupe témoin » and the Bilan say it
 * in the same words. Pure: numbers in, numbers (or words, locale passed in) out.
 *
 * The margin is the half-width of the Agresti–Coull 95 % interval of a share of n customers: the
 * usual 1,96 × √(p(1 − p) ÷ n) on the share with two customers of each kind added (z² ÷ 2 each), so
 * that a small group all still there (100 % of 45) gets a margin, not the Wald formula's ± 0.
 * That interval is centred on the adjusted share, not on the share shown. Written « 91,2 % ± 2,8 pt »
 * while the share ± the margin stays within 0–100 %, as a survey's result is (the course's reading of a
 * margin, and near 50 % the two centres are close). Near 0 or 100 % the « ± » would read as a range past
 * the bounds (QA qa24 m4: « 100 % ± 3,7 pt », that is up to 103,7 %), so the share is followed by the
 * interval itself, cut at 0 and 100 %: « 100 % (entre 96,3 % et 100 %) ». It always holds the share.
 * The gap « may be chance » when the two intervals written overlap.
 */
import { Z95 } from '../engine/params.ts';
import { translate, type Locale } from '../i18n/translate.ts';
import { formatMarginPoints, formatPercent } from './format.ts';

/** 95 % margin of error of a share `share` (0..1) measured on `n` customers, as a share (0.054 = ± 5,4 points); null without customers. */
export function shareMarginOfError(share: number, n: number): number | null {
  if (!(n > 0) || !Number.isFinite(share)) return null;
  const z2 = Z95 * Z95;
  const adjustedN = n + z2;
  const adjusted = (share * n + z2 / 2) / adjustedN;
  return Z95 * Math.sqrt((adjusted * (1 - adjusted)) / adjustedN);
}

/** A share still customers with its 95 % interval as it is written (shareWithMarginText). */
export interface ShareEstimate {
  share: number;
  /** the interval's half-width (shareMarginOfError) */
  margin: number;
  /** the interval written: share ± margin, or the adjusted interval cut at 0 and 100 % when the « ± » would leave them */
  low: number;
  high: number;
  /** written « share ± margin »; false: « share (entre low et high) » */
  symmetric: boolean;
}

/** to the tenth of a point the text shows: « 99,3 % ± 0,7 pt » is kept when it reads as at most 100 % */
const tenthOfPoint = (x: number) => Math.round(x * 1000) / 1000;

/** The share of `n` customers with its 95 % interval (see the head of the file); null without customers. */
export function shareEstimate(share: number, n: number): ShareEstimate | null {
  const margin = shareMarginOfError(share, n);
  if (margin === null) return null;
  const [s, m] = [tenthOfPoint(share), tenthOfPoint(margin)];
  if (s - m >= -1e-9 && s + m <= 1 + 1e-9) return { share, margin, low: share - margin, high: share + margin, symmetric: true };
  const z2 = Z95 * Z95;
  const adjusted = (share * n + z2 / 2) / (n + z2);
  return { share, margin, low: Math.max(0, adjusted - margin), high: Math.min(1, adjusted + margin), symmetric: false };
}

export interface RetentionGap {
  member: ShareEstimate;
  control: ShareEstimate;
  /** the two intervals overlap: the gap between the shares may be chance */
  mayBeChance: boolean;
}

/** The two shares still customers of `members` members and `control` control customers, with their intervals; null when a group is empty. */
export function retentionGap(memberShare: number, members: number, controlShare: number, control: number): RetentionGap | null {
  const member = shareEstimate(memberShare, members);
  const controls = shareEstimate(controlShare, control);
  if (member === null || controls === null) return null;
  return { member, control: controls, mayBeChance: member.low <= controls.high && controls.low <= member.high };
}

/** « 91,2 % ± 2,8 pt », or near 0 or 100 % « 100 % (entre 96,3 % et 100 %) »: a share still customers with its 95 % interval. */
export function shareWithMarginText(locale: Locale, estimate: ShareEstimate): string {
  const value = formatPercent(locale, estimate.share, 1);
  if (estimate.symmetric) return translate(locale, 'dashboard.unit.withMargin', { value, margin: formatMarginPoints(locale, estimate.margin) });
  return translate(locale, 'dashboard.unit.withInterval', { value, low: formatPercent(locale, estimate.low, 1), high: formatPercent(locale, estimate.high, 1) });
}

/** The gap in words: each share with its interval, and the sentence « may be chance » when the intervals overlap (null otherwise). */
export function retentionGapText(locale: Locale, gap: RetentionGap): { members: string; control: string; chance: string | null } {
  return {
    members: shareWithMarginText(locale, gap.member),
    control: shareWithMarginText(locale, gap.control),
    chance: gap.mayBeChance ? translate(locale, 'dashboard.programmes.retentionMayBeChance') : null,
  };
}
