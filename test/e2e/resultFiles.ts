/**
 * Learners' result files for the class view's e2e tests, made with the engine under Node as a
 * learner's app would (fixtures/playedResultFile.ts), ready for the page's file input.
 */
import type { DecisionsLog } from '../../src/engine/decisions.ts';
import { exportResultFile } from '../../src/results/buildResultFile.ts';
import { playedResultFile, type PlayedOptions } from '../fixtures/playedResultFile.ts';

/** What the tests vary besides the learner's name and decisions. */
export interface ResultFileOptions extends PlayedOptions {
  /** The uploaded file's name; the one the app suggests on export unless said. */
  fileName?: string;
}

/** A learner's result file as the class view's file input takes it (name, type, bytes). */
export function resultFile(learner: string, decisions: DecisionsLog, options: ResultFileOptions = {}) {
  const exported = exportResultFile(playedResultFile(learner, decisions, options));
  return { name: options.fileName ?? exported.fileName, mimeType: 'application/json', buffer: Buffer.from(exported.text) };
}
