/**
 * The result file's format constants and its mode (resultFileSchema.ts re-exports them): what the learner's app needs
 * to write a result file and to tell a run's mode, without the file's schema, which only the teacher's class view reads
 * (its zod objects stayed in every learner's first download: bench app-learner-js). No zod here: the mode's schema is in
 * presets/runClassSchema.ts.
 */

export const RESULT_FORMAT = 'fidelis-result';
export const RESULT_FORMAT_VERSION = 1;

/** Longest learner name kept; it is shown as text only, never as HTML. */
export const MAX_LEARNER_CHARS = 120;

export const RESULT_MODES = ['sandbox', 'committed'] as const;
export type ResultMode = (typeof RESULT_MODES)[number];
