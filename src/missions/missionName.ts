/**
 * The name of the scenario a mission plays (« Boulangerie du Marché — mission 3 : Réclamations et enquêtes ») and,
 * read back with its id (`<shop>-mission-<n>`), the shop whose path it is: the shop its run's name holds (« Boulangerie
 * du Marché — Mission 3 (1907) », home.runName), in both languages, as its run keeps it (a run keeps its scenario). The
 * shop's name is what is left before the mission's own part of the name, which the id's number tells: both built here,
 * so that one cannot change without the other. Pure, no schema: the saved games' list reads it (out of the first visit).
 */
import type { LocalizedText } from '../scenario/schema.ts';

/** what follows the shop's name in a mission scenario's name, before the mission's title */
const joins = { fr: (n: number) => ` — mission ${n} : `, en: (n: number) => ` — mission ${n}: ` } as const;

/**
 * The name of mission `n`'s scenario (n from 1): « <shop> — mission <n> : <title> », and in English when the shop has an
 * English name (« <shop> — mission <n>: <title> », the title's French when it has no English).
 */
export function missionScenarioName(shop: { fr: string; en?: string }, n: number, title: { fr: string; en?: string }): LocalizedText {
  return { fr: `${shop.fr}${joins.fr(n)}${title.fr}`, ...(shop.en ? { en: `${shop.en}${joins.en(n)}${title.en ?? title.fr}` } : {}) };
}

/**
 * The shop whose mission `scenarioId` plays, named as in `name` (that scenario's name, missionScenarioName); null when
 * the id is not a mission's (« <shop>-mission-<n> ») or its name does not hold the mission's part.
 */
export function missionShopName(scenarioId: string, name: LocalizedText): LocalizedText | null {
  const n = /-mission-([1-9]\d*)$/.exec(scenarioId)?.[1];
  if (n === undefined) return null;
  const before = (text: string | undefined, join: string) => {
    const at = text?.lastIndexOf(join) ?? -1;
    return text !== undefined && at > 0 ? text.slice(0, at) : null;
  };
  const fr = before(name.fr, joins.fr(Number(n)));
  if (fr === null) return null;
  const en = before(name.en, joins.en(Number(n)));
  return en === null ? { fr } : { fr, en };
}
