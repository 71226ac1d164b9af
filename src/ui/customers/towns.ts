/** Town names of the generated customers (TOWNS of the engine's identity generator, engine/towns.ts), by index. */
import { TOWNS } from '../../engine/towns.ts';
import { translate, type Locale } from '../../i18n/translate.ts';

export const TOWN_NAMES: readonly string[] = TOWNS;

export function townLabel(locale: Locale, index: number): string {
  return TOWN_NAMES[index] ?? translate(locale, 'customers.townNumber', { n: index + 1 });
}
