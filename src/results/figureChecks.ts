/**
 * A refuted file's figures, one by one: the replay contradicts some of them, not all. A copy whose
 * gross margin alone was raised still has true points, turnover and net margin; the class and team
 * views strike only the figures the replay contradicts (with the replay's value beside them) and
 * name in the row the contradicted figures, those with a column first (« chiffre faux : marge brute
 * cumulée — déclaré 412 000 €, rejeu 392 000 € »). Values read as the teacher reads the table (whole
 * euros, percent with one decimal), with the fewest more decimals needed to tell the two apart.
 * Pure: the screens translate the sentences around these values.
 */
import type { FileLocale } from '../scenario/validate.ts';
import { formatMoney, formatNumber, formatPercent } from '../app/format.ts';
import { fill, RESULT_TEXTS } from './readResultFile.ts';
import type { SummaryKpi } from './runSummary.ts';
import type { Difference, Verification } from './verifyResult.ts';

/** The figures a refuted file claims that its replay contradicts (summary KPIs, objectives), in report order; none for any other status. */
export function wrongFigures(verification: Verification): Difference[] {
  if (verification.status !== 'refuted') return [];
  return verification.differences.filter((d) => d.what !== 'stateHash' && d.what !== 'ticks');
}

type Kind = 'money' | 'percent' | 'count';
const KIND: Record<SummaryKpi, Kind> = {
  cumulativeTurnover: 'money',
  cumulativeGrossMargin: 'money',
  cumulativeNetMargin: 'money',
  budgetLeft: 'money',
  retentionRate: 'percent',
  churnRate: 'percent',
  activeCustomers: 'count',
  objectivePoints: 'count',
  objectiveMaxPoints: 'count',
};
/**
 * decimals as the table shows a figure, then the most used to tell a claim from the replay: a
 * rate recomputed on a slightly changed scenario can differ only in the fourth decimal of a
 * percent, and « déclaré 99,32 %, rejeu 99,32 % » reads as a mistake of the app
 */
const DECIMALS: Record<Kind, readonly number[]> = { money: [0, 2], percent: [1, 2, 3, 4, 5, 6], count: [0, 1, 2, 3, 4] };

function format(kind: Kind, value: number, decimals: number, locale: FileLocale): string {
  if (kind === 'money') return formatMoney(locale, value, decimals);
  if (kind === 'percent') return formatPercent(locale, value, decimals);
  return formatNumber(locale, value, decimals);
}

/** The replay's value of `kpi` where it contradicts the file (null: the replay has none); undefined where the replay gives the file's value. */
export function replayedValue(wrong: readonly Difference[], kpi: SummaryKpi): number | null | undefined {
  const found = wrong.find((d) => d.what === kpi);
  if (!found) return undefined;
  return typeof found.recomputed === 'number' ? found.recomputed : null;
}

/**
 * A claimed value and the replay's, formatted alike: as the table shows them, or with more decimals
 * when that would show the same text for two different values (a few cents added).
 */
export function figurePair(kpi: SummaryKpi, recorded: number | null, recomputed: number | null, locale: FileLocale): { recorded: string; recomputed: string } {
  const kind = KIND[kpi];
  const none = RESULT_TEXTS[locale].difference.none;
  const [usual = 0, ...more] = DECIMALS[kind];
  const texts = (decimals: number) => ({
    recorded: recorded === null ? none : format(kind, recorded, decimals, locale),
    recomputed: recomputed === null ? none : format(kind, recomputed, decimals, locale),
  });
  // the fewest decimals that tell the two apart (the usual ones when they already do)
  let pair = texts(usual);
  for (const decimals of more) if (pair.recorded === pair.recomputed && recorded !== recomputed) pair = texts(decimals);
  return pair;
}

/** A claimed figure as a table cell shows it: its text, and the replay's value when the replay contradicts it. */
export interface ShownClaim {
  text: string;
  /** absent: the replay gives this very value */
  replayed?: string;
}

/** `value`, the file's claim for `kpi`, as shown beside the replay's (see ShownClaim). */
export function shownClaim(wrong: readonly Difference[], kpi: SummaryKpi, value: number, locale: FileLocale): ShownClaim {
  const replayed = replayedValue(wrong, kpi);
  if (replayed === undefined) return { text: format(KIND[kpi], value, DECIMALS[KIND[kpi]][0] ?? 0, locale) };
  const pair = figurePair(kpi, value, replayed, locale);
  return { text: pair.recorded, replayed: pair.recomputed };
}

/** The replay's points and possible points where it contradicts either claim; undefined where it confirms both. */
export function replayedPoints(wrong: readonly Difference[], points: number, maxPoints: number): { points: number; max: number } | undefined {
  const earned = replayedValue(wrong, 'objectivePoints');
  const possible = replayedValue(wrong, 'objectiveMaxPoints');
  if (earned === undefined && possible === undefined) return undefined;
  return { points: earned ?? points, max: possible ?? maxPoints };
}

/**
 * A contradicted figure named in the row: what it is, what the file says, what the replay gives; or,
 * for an objective whose value the replay confirms, the declared state against its target (`claim`).
 */
export interface WrongFigureLine {
  what: string;
  recorded: string;
  recomputed: string;
  claim?: string;
}

/**
 * Every contradicted figure, as lines, in the verification's order (the CSV's « Remarques »): the
 * summary's money first, so a forged net margin heads the row, before an objective (QA qa19 F7); the
 * figures with a column of their own are struck there too.
 */
export function wrongFigureLines(wrong: readonly Difference[], locale: FileLocale): WrongFigureLine[] {
  const texts = RESULT_TEXTS[locale].difference;
  return wrong.map((d) => {
    if (d.what === 'objective' || d.what === 'stateHash' || d.what === 'ticks' || d.what === 'seedTargets') {
      const what = d.what === 'objective' ? fill(texts.objective, { label: d.label ?? d.id ?? '' }) : texts[d.what];
      const claim = d.claim !== undefined ? { claim: d.claim } : {};
      return { what, recorded: d.recorded === null ? texts.none : String(d.recorded), recomputed: d.recomputed === null ? texts.none : String(d.recomputed), ...claim };
    }
    const num = (v: Difference['recorded']) => (typeof v === 'number' ? v : null);
    return { what: d.label ?? texts[d.what], ...figurePair(d.what, num(d.recorded), num(d.recomputed), locale) };
  });
}
