import type { Locale, MessageKey, Params } from '../../i18n/translate.ts';
import { formatDate } from '../../app/format.ts';
import { localized } from '../../app/localized.ts';
import type { readDefaultRunName, RunOrigin } from '../../app/defaultRunName.ts';

/** What a printed sheet says it is (AppHeader's print-only line): the game's parts, as the header shows them. */
export interface PrintedGame {
  /** the shop's name (a what-if branch's, as the header writes it) */
  shop: string;
  /**
   * the run's name, a what-if branch's base name (its original run's): written only when typed by the learner. A name
   * the app gave, in either language (« Market Square Bakery (1907) » over a French page), repeats the shop and the seed.
   */
  runName: string;
  /**
   * the shop (both languages) and seed the run was started with: what tells the app's names from typed ones. For a
   * mission's run, the shop whose path it is (the caller's data, AppHeader: « Boulangerie du Marché », as its run's name
   * « Boulangerie du Marché — Mission 3 (42) » holds it), not its scenario's « … — mission 3 : Réclamations et enquêtes »
   * (QA qa30enTablet m8: the shop, mission and seed were printed twice), never read back off that name (review m9)
   */
  origin: RunOrigin;
  /** the learner's name last written on a result file on this browser ('' when none) */
  learner: string;
  seed: number;
  /** the header's « Semaine 12 / 52, à jouer » */
  period: string;
}

/**
 * « Boulangerie du Marché · Élève : Léa · graine 1907 · Semaine 12 / 52, à jouer · imprimé le 7 décembre 2026 »:
 * two students' sheets on one shop, or a replay on another seed, are told apart on paper (QA qa29print P5).
 * `now` is the browser's clock, read by the UI (never the engine's); the date is the reader's local day.
 */
export function printIdentity(
  tr: (key: MessageKey, params?: Params) => string,
  locale: Locale,
  game: PrintedGame | null,
  now: Date,
  timeZone?: string,
  /** app/defaultRunName.ts's reader, loaded by the UI when a name is not plainly the app's (out of the first visit's bundle) */
  readDefault: typeof readDefaultRunName | null = null,
): string {
  const printed = tr('shell.print.date', { date: formatDate(locale, now, timeZone) });
  if (!game) return [tr('app.title'), printed].join(' · ');
  const name = game.runName.trim();
  const origin = game.origin;
  const plainDefault = name === tr('home.runName.free', { shop: localized(origin.shop, locale), seed: origin.seed });
  const named = name !== '' && !plainDefault && !readDefault?.(name, origin) ? [name] : [];
  const learner = game.learner.trim() !== '' ? [tr('shell.print.learner', { name: game.learner.trim() })] : [];
  return [game.shop, ...named, ...learner, tr('shell.print.seed', { seed: String(game.seed) }), game.period, printed].join(' · ');
}
