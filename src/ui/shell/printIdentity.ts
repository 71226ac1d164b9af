import type { Locale, MessageKey, Params } from '../../i18n/translate.ts';
import { formatDate } from '../../app/format.ts';
import { localized } from '../../app/localized.ts';
import type { readDefaultRunName, RunOrigin } from '../../app/defaultRunName.ts';
import type { LocalizedText } from '../../scenario/schema.ts';

/** What a printed sheet says it is (AppHeader's print-only line): the game's parts, as the header shows them. */
export interface PrintedGame {
  /** the shop's name (a what-if branch's, as the header writes it) */
  shop: string;
  /**
   * the run's name, a what-if branch's base name (its original run's): written only when typed by the learner. A name
   * the app gave, in either language (« Market Square Bakery (1907) » over a French page), repeats the shop and the seed.
   */
  runName: string;
  /** the shop (both languages) and seed the run was started with: what tells the app's names from typed ones */
  origin: RunOrigin;
  /** the learner's name last written on a result file on this browser ('' when none) */
  learner: string;
  seed: number;
  /** the header's « Semaine 12 / 52, à jouer » */
  period: string;
}

/** missions/missionScenario.ts's « — mission 3 : Réclamations et enquêtes » after the shop's name, « — mission 3: … » in English */
const MISSION_SUFFIX = /\s—\smission\s\d+\s?:[\s\S]*$/u;

/**
 * The shop a mission's scenario is played in: its name without the mission (missionScenario), as the mission's run
 * name holds it (« Boulangerie du Marché — Mission 3 (42) »). That name was printed as if typed after the header's
 * « Boulangerie du Marché — mission 3 : … », the shop, mission and seed twice (QA qa30enTablet m8).
 */
function shopOfMission(name: LocalizedText): LocalizedText {
  return { ...name, fr: name.fr.replace(MISSION_SUFFIX, ''), ...(name.en !== undefined ? { en: name.en.replace(MISSION_SUFFIX, '') } : {}) };
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
  const origin = { ...game.origin, shop: shopOfMission(game.origin.shop) };
  const plainDefault = name === tr('home.runName.free', { shop: localized(origin.shop, locale), seed: origin.seed });
  const named = name !== '' && !plainDefault && !readDefault?.(name, origin) ? [name] : [];
  const learner = game.learner.trim() !== '' ? [tr('shell.print.learner', { name: game.learner.trim() })] : [];
  return [game.shop, ...named, ...learner, tr('shell.print.seed', { seed: String(game.seed) }), game.period, printed].join(' · ');
}
