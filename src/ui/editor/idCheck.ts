/**
 * A shop made in the editor is played beside the shipped ones: it may not take a shipped shop's id
 * (its card, its runs and a class link's `shop=` would be mistaken for the shipped shop's). The
 * problem reads like the file checker's, on the id field, so the summary links to it.
 */
import { t } from '../../i18n/locale.svelte.ts';
import type { ScenarioError } from '../../scenario/load.ts';

export function shippedIdProblems(id: unknown, shippedIds: readonly string[]): ScenarioError[] {
  if (typeof id !== 'string' || !shippedIds.includes(id)) return [];
  const field = t('scenario.fields.id');
  const message = t('editor.idShipped', { id });
  return [{ severity: 'error', path: ['id'], where: 'id', field, message, text: t('editor.errorLine', { field, message }) }];
}
