/**
 * Is an imported JSON not a scenario at all (QA more M3)? Then one sentence says so, instead of a
 * line per missing field ending « [ligne 1, colonne 1] ». A file with most of a scenario's main
 * sections keeps the field-by-field list (it is a scenario with mistakes). A learner's result file
 * (format « fidelis-result ») and a run file (« fidelis-run ») are named as such, each with where it
 * opens: the class view, the home page's import (QA qa18 F7: a result file was sent to the home page).
 */
import { RESULT_FORMAT } from '../../results/resultMode.ts';
import { withoutBom } from '../../import/textCheck.ts';
import { hasScenarioSections } from '../../scenario/sections.ts';

/** A run file's format (db/runFile.ts RUN_FILE_FORMAT, not imported: its schemas would come with it). */
const RUN_FORMAT = 'fidelis-run';

/** 'result': a learner's result file; 'run': an exported run; 'other': JSON that is not a scenario; null: a scenario, maybe with errors (or not JSON). */
export function notScenarioKind(text: string): 'result' | 'run' | 'other' | null {
  let json: unknown;
  try {
    json = JSON.parse(withoutBom(text));
  } catch {
    return null;
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return 'other';
  const format = (json as { format?: unknown }).format;
  if (format === RESULT_FORMAT) return 'result';
  if (format === RUN_FORMAT) return 'run';
  return hasScenarioSections(json) ? null : 'other';
}
