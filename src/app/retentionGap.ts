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
 * The gap « may be chance » when the two intervals overlap (the gap is within the sum of the margins).
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

export interface RetentionGap {
  memberShare: number;
  controlShare: number;
  /** 95 % margins of error of the two shares (shareMarginOfError) */
  memberMargin: number;
  controlMargin: number;
  /** the two intervals overlap: the gap between the shares may be chance */
  mayBeChance: boolean;
}

/** The two shares still customers of `members` members and `control` control customers, with their margins; null when a group is empty. */
export function retentionGap(memberShare: number, members: number, controlShare: number, control: number): RetentionGap | null {
  const memberMargin = shareMarginOfError(memberShare, members);
  const controlMargin = shareMarginOfError(controlShare, control);
  if (memberMargin === null || controlMargin === null) return null;
  return { memberShare, controlShare, memberMargin, controlMargin, mayBeChance: Math.abs(memberShare - controlShare) <= memberMargin + controlMargin };
}

/** « 91,2 % ± 2,8 pt »: a share still customers with its margin, written as the app writes a survey's result. */
export function shareWithMarginText(locale: Locale, share: number, margin: number): string {
  return translate(locale, 'dashboard.unit.withMargin', { value: formatPercent(locale, share, 1), margin: formatMarginPoints(locale, margin) });
}

/** The gap in words: each share with its margin, and the sentence « may be chance » when the intervals overlap (null otherwise). */
export function retentionGapText(locale: Locale, gap: RetentionGap): { members: string; control: string; chance: string | null } {
  return {
    members: shareWithMarginText(locale, gap.memberShare, gap.memberMargin),
    control: shareWithMarginText(locale, gap.controlShare, gap.controlMargin),
    chance: gap.mayBeChance ? translate(locale, 'dashboard.programmes.retentionMayBeChance') : null,
  };
}
