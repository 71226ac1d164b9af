/**
 * The name of the field at a path, as the file checker names it (`scenario.fields`): the leaf's own
 * name, disambiguated by its parent (budget.initial vs customers.initial, objectives[0].target); `unit`: the editor's
 * names in the unit being edited (editor.unitFields: « durée (en semaines) »), over the checker's « durée (en périodes) ».
 */
import type { JsonPath } from '../../scenario/jsonText.ts';
import type { Messages } from '../../i18n/fr.ts';

export function fieldLabel(path: JsonPath, texts: Messages['scenario'], unit?: Record<string, string>): string {
  const fields = { ...(texts.fields as Record<string, string>), ...unit };
  const keys = path.filter((k): k is string => typeof k === 'string');
  const leaf = keys[keys.length - 1] ?? '';
  const parent = keys[keys.length - 2];
  return (parent !== undefined ? fields[`${parent}_${leaf}`] : undefined) ?? fields[leaf] ?? leaf;
}
