/**
 * Learners' result files for the class view's e2e tests, made with the engine under Node as a
 * learner's app would (fixture scenario, committed mode), ready for the page's file input.
 */
import * as engine from '../../src/engine/index.ts';
import type { DecisionsLog } from '../../src/engine/decisions.ts';
import { buildResultFile, exportResultFile } from '../../src/results/buildResultFile.ts';
import type { ResultFile } from '../../src/results/resultFileSchema.ts';
import { fixtureScenario } from '../fixtures/scenario.ts';

const scenario = fixtureScenario();

/** What the tests vary besides the learner's name and decisions. */
export interface ResultFileOptions {
  /** The game's seed; 11 unless said. */
  seed?: number;
  /** How many periods were played; 12 unless said. */
  ticks?: number;
  /** The uploaded file's name; the one the app suggests on export unless said. */
  fileName?: string;
  /** Alters the file before it is exported (e.g. an inflated turnover: a refuted file). */
  tamper?: (file: ResultFile) => void;
}

/** A learner's result file as the class view's file input takes it (name, type, bytes). */
export function resultFile(learner: string, decisions: DecisionsLog, options: ResultFileOptions = {}) {
  const { seed = 11, ticks = 12, fileName, tamper } = options;
  const { state, reports } = engine.runSimulation(scenario, { seed, ticks, decisions });
  const file = buildResultFile({
    learner,
    scenario,
    seed,
    mode: 'committed',
    decisions,
    kpis: reports.map((r) => r.kpis),
    stateHash: engine.hashState(state),
    appVersion: '0.1.0',
  });
  tamper?.(file);
  const exported = exportResultFile(file);
  return { name: fileName ?? exported.fileName, mimeType: 'application/json', buffer: Buffer.from(exported.text) };
}
