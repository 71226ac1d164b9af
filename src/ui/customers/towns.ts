/**
 * Town names of the generated customers. The engine's identity generator owns the list (TOWNS in
 * src/engine/identity.ts); until it is available the browser names towns by number.
 */
import { translate, type Locale } from '../../i18n/translate.ts';

export const TOWN_NAMES: readonly string[] = [];

export function townLabel(locale: Locale, index: number): string {
  return TOWN_NAMES[index] ?? translate(locale, 'customers.townNumber', { n: index + 1 });
}
