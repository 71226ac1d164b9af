/**
 * A run's name as shown. A what-if branch's is composed here, in the reader's language, from what
 * the run keeps (RunRecord.branchName: the original run's name and the tick of each branching), so
 * « Ma partie — et si… (à partir de la semaine 3) » reads “Ma partie — what if… (from week 3)” once the language is
 * English. A run without parts (an original run, a renamed branch, a branch saved before the parts
 * were kept, an imported run file) shows its stored name as it is here; defaultRunName.ts shownRunName also shows
 * a name the app gave (« Boulangerie du Marché (1907) ») in the reader's language. The templates are in the home
 * area (always loaded: the saved runs, the header and the what-if screen show the name).
 * results/runNameKind.ts reads them back in result files. Pure: the translator is passed in.
 */
import type { BranchName } from '../db/schema.ts';
import type { MessageKey, Params } from '../i18n/translate.ts';

export type { BranchName };
type Translate = (key: MessageKey, params?: Params) => string;

/** What names a run: its stored name, and a branch's parts when it has them. */
export interface NamedRun {
  name: string;
  branchName?: BranchName | null;
}

/** The parts of the name of a branch of `parent` keeping `tick` completed ticks. */
export function branchNameOf(parent: NamedRun, tick: number): BranchName {
  return parent.branchName ? { base: parent.branchName.base, ticks: [...parent.branchName.ticks, tick] } : { base: parent.name, ticks: [tick] };
}

/** The run's name in the language of `t`; `unit` is the scenario's period. */
export function runDisplayName(t: Translate, unit: 'week' | 'month', run: NamedRun): string {
  if (!run.branchName) return run.name;
  return run.branchName.ticks.reduce((name, tick) => t('home.branchRunName', { name, period: t(`home.branchRunPeriod.${unit}`, { n: tick + 1 }) }), run.branchName.base);
}

/**
 * A new run's name, told apart from the saved ones (QA play F15: the bakery started twice with its default seed gave two
 * « Boulangerie du Marché (1907) » on the home page, and export files told apart only by their period): the name as it
 * is when no saved run has it, else followed by the first free number from 2: « Boulangerie du Marché (1907) 2 ».
 * `numbered`: the name with number n, when it says it in words (a mission started again: « …, essai 2 », QA qa19 F4).
 * `comparable`: what of a name is compared (defaultRunName.ts comparableRunName: a name the app gave, in either language).
 */
export function distinctRunName(
  name: string,
  taken: Iterable<string>,
  numbered: (n: number) => string = (n) => `${name} ${n}`,
  comparable: (name: string) => string = (same) => same,
): string {
  const names = new Set([...taken].map(comparable));
  const free = (candidate: string) => !names.has(comparable(candidate));
  if (free(name)) return name;
  let n = 2;
  while (!free(numbered(n))) n++;
  return numbered(n);
}

/**
 * The game a branch comes from in the end, the one that is handed in to be ranked, and the first tick the branch replays
 * of it: for a branch of a branch, the root game, not its parent, itself a branch (QA qa28whatif m6), and the earliest of
 * its branchings (from week 30 of a week-1 branch, it differs from the game from week 1). Null when the branch keeps no
 * parts (renamed, or saved before they were kept): its origin is not known.
 */
export function branchOrigin(branchName: BranchName | null | undefined): { name: string; tick: number } | null {
  if (!branchName || branchName.ticks.length === 0) return null;
  return { name: branchName.base, tick: Math.min(...branchName.ticks) };
}
