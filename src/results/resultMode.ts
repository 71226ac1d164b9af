/**
 * The result file's format constants and its mode (resultFileSchema.ts re-exports them): what the learner's app needs
 * to write a result file and to tell a run's mode, without the file's schema, which only the teacher's class view reads
 * (its zod objects stayed in every learner's first download: bench app-learner-js).
 */
import { z } from 'zod/mini';

export const RESULT_FORMAT = 'fidelis-result';
export const RESULT_FORMAT_VERSION = 1;

/** Longest learner name kept; it is shown as text only, never as HTML. */
export const MAX_LEARNER_CHARS = 120;

export const resultModeSchema = z.enum(['sandbox', 'committed']);
export type ResultMode = z.infer<typeof resultModeSchema>;
