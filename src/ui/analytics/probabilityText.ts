/**
 * A model's probability as whole percents that never read as certain: the BG/NBD score is never
 * 0 % nor 100 %, but rounded, the riskiest customers read « Probabilité d'être actif 0 % / Risque de
 * départ 100 % », which a student takes for « certainly gone » (QA qa15 F6). Below 0,5 % it reads
 * « < 1 % » as the R x F grid writes it (formatCellShare), above 99,5 % « > 99 % »; exactly 0 or 1
 * stay 0 % and 100 %.
 */
import { formatPercent } from '../../app/format.ts';
import type { Locale } from '../../i18n/translate.ts';
import { formatCellShare } from '../charts/cellShare.ts';

export function formatProbability(locale: Locale, p: number): string {
  if (p < 1 && p >= 0.995) return `>\u00a0${formatPercent(locale, 0.99, 0)}`;
  return formatCellShare(locale, p);
}
