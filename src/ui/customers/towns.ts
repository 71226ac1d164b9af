/** Town names of the generated customers (TOWNS of the engine's identity generator, engine/towns.ts), by index. */
import { TOWNS } from '../../engine/towns.ts';
import { translate, type Locale } from '../../i18n/translate.ts';

export const TOWN_NAMES: readonly string[] = TOWNS;

/** `names`: the shop's place names (engine/towns.ts townNames: an online shop's cities); the store's towns by default. */
export function townLabel(locale: Locale, index: number, names: readonly string[] = TOWN_NAMES): string {
  return names[index] ?? translate(locale, 'customers.townNumber', { n: index + 1 });
}
