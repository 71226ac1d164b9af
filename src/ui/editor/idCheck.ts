/**
 * A shop made in the editor is played beside the shipped ones: it may not take a shipped shop's id
 * (its card, its runs and a class link's `shop=` would be mistaken for the shipped shop's). The
 * problem reads like the file checker's, on the id field, so the summary links to it.
 */
import { locale, t } from '../../i18n/locale.svelte.ts';
import type { ScenarioError } from '../../scenario/load.ts';
import type { Locale } from '../../i18n/translate.ts';

export function shippedIdProblems(id: unknown, shippedIds: readonly string[]): ScenarioError[] {
  if (typeof id !== 'string' || !shippedIds.includes(id)) return [];
  const field = t('scenario.fields.id');
  const message = t('editor.idShipped', { id });
  return [{ severity: 'error', path: ['id'], where: 'id', field, message, text: t('editor.errorLine', { field, message }) }];
}

/** A shop already on the home page (shipped, or saved from the editor and playable): its id and its name. */
export interface NamedShop {
  id: string;
  name: { fr: string; en?: string | undefined };
}

const sameText = (a: string, b: string) => a.trim().toLocaleLowerCase('fr') === b.trim().toLocaleLowerCase('fr');

/** The name a card shows in `shown`: the English one when written, the French one otherwise (as localized() does). */
function shownName(name: { fr: string; en?: unknown }, shown: Locale): string {
  return shown === 'en' && typeof name.en === 'string' && name.en.trim() !== '' ? name.en.trim() : name.fr.trim();
}

/**
 * A shop made in the editor may not take the name of another shop on the home page either: its card
 * and its « Commencer « … » » button would be the same as the other's (a class told « lancez la
 * boulangerie » splits, a screen reader hears two identical buttons). Like the id, it is to change
 * before playing; the shop being re-saved (same id) is not « another » one. French name only: the
 * English one falls back to it, and one left as the template's is already a remark (reachCheck.ts).
 * The message quotes the name in the language shown, the one the cards show (QA: the English
 * interface quoted the French name); when only the French names are alike, it says so. It names the
 * field to change: the editor has another name field, the one the draft is saved under.
 */
export function takenNameProblems(name: unknown, id: unknown, shops: readonly NamedShop[], shown: Locale = locale.current): ScenarioError[] {
  if (typeof name !== 'object' || name === null) return [];
  const { fr, en } = name as { fr?: unknown; en?: unknown };
  if (typeof fr !== 'string') return [];
  for (const shop of shops) {
    if (shop.id === id || !sameText(fr, shop.name.fr)) continue;
    const field = t('scenario.fields.name');
    const mine = shownName({ fr, en }, shown);
    const theirs = shownName(shop.name, shown);
    // the field by its visible label (its legend, capitalised), not to be mistaken for « Nom sous lequel enregistrer » (QA qa13 E1)
    const where = { field: field.charAt(0).toLocaleUpperCase(shown) + field.slice(1), section: t('editor.section.general'), saveAs: t('editor.mine.nameLabel') };
    const message = sameText(mine, theirs)
      ? t('editor.nameTaken', { name: mine, ...where })
      : t('editor.nameTakenFrench', { name: fr.trim(), other: theirs, ...where });
    return [{ severity: 'error', path: ['name'], where: 'name', field, message, text: t('editor.errorLine', { field, message }) }];
  }
  return [];
}
