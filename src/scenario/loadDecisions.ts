/**
 * Loading a decisions log (the learner's actions per tick, the format the app records and the
 * command line replays) from JSON text or a parsed value, with French messages naming each
 * faulty action field. Never throws.
 */
import { decisionsLogSchema, type DecisionsLog } from '../engine/decisions.ts';
import { validateFile, type FileLocale, type FileProblem } from './validate.ts';

export type DecisionsParseResult = { ok: true; decisions: DecisionsLog; warnings: FileProblem[] } | { ok: false; errors: FileProblem[] };

/** Validate a decisions log; with `durationTicks`, decisions at or after the end are refused too. */
export function parseDecisions(input: unknown, locale: FileLocale = 'fr'): DecisionsParseResult {
  const result = validateFile(decisionsLogSchema, input, {
    locale,
    rootItem: 'decisions',
    shape: (value) => (Array.isArray(value) ? null : 'notList'),
  });
  return result.ok ? { ok: true, decisions: result.value, warnings: result.warnings } : result;
}
