/**
 * Making a result file at the end of (or during) a run, and its JSON text with a suggested file
 * name. Pure: the UI turns the text into a download (Blob) and passes the app version and date.
 */
import type { DecisionsLog } from '../engine/decisions.ts';
import type { TickKpis } from '../engine/types.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { Tool } from '../missions/tools.ts';
import type { HandedMissions, ResultFile } from './resultFileSchema.ts';
import { MAX_LEARNER_CHARS, RESULT_FORMAT, RESULT_FORMAT_VERSION, type ResultMode } from './resultMode.ts';
import { summarizeRun } from './runSummary.ts';
import { fileNameOf } from './fileSlug.ts';
import { adjustsTargets, type SeedAdjustment } from '../engine/seedTargets.ts';

export interface ResultRun {
  learner: string;
  /** team name, optional (team pooling in the class view) */
  team?: string;
  runName?: string;
  scenario: Scenario;
  seed: number;
  /** customer count given to the engine instead of the scenario's, if any */
  customers?: number;
  mode: ResultMode;
  /** a what-if branch: the original game's periods it kept (the session's branchTick); absent or null: not a branch */
  branchTick?: number | null;
  /** the decisions of the completed ticks */
  decisions: DecisionsLog;
  /** KPIs of every completed tick, in order (their count is the number of ticks played) */
  kpis: readonly TickKpis[];
  /** hashState of the engine's state after the last completed tick */
  stateHash: string;
  /** modelFingerprint() of that engine */
  modelFingerprint?: string;
  /** the tools the teacher's class link locked and hid for the run (runClass.ts); absent: not known */
  lock?: readonly Tool[];
  hide?: readonly Tool[];
  /** the objectives adjusted to the run's seed (the session's seedTargets); absent or null: the scenario's own targets */
  seedTargets?: SeedAdjustment | null;
  /** handed in from a mission's bilan: the learner's missions of this shop (src/missions/handIn.ts) */
  missions?: HandedMissions | null;
  appVersion: string;
  /** ISO date, for information */
  createdAt?: string;
}

/** Control characters and surrounding blanks removed; kept as plain text, never interpreted. */
export function cleanLearnerName(name: string): string {
  // eslint-disable-next-line no-control-regex
  return name.replace(/[\u0000-\u001f\u007f]/g, ' ').trim().slice(0, MAX_LEARNER_CHARS);
}

/** Plain JSON data: what the file will hold once written and read back (NaN becomes null, proxies become objects). */
function asJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

export function buildResultFile(run: ResultRun): ResultFile {
  const ticks = run.kpis.length;
  const file: ResultFile = {
    format: RESULT_FORMAT,
    formatVersion: RESULT_FORMAT_VERSION,
    appVersion: run.appVersion,
    ...(run.createdAt ? { createdAt: run.createdAt } : {}),
    learner: cleanLearnerName(run.learner),
    ...(run.team && cleanLearnerName(run.team) ? { team: cleanLearnerName(run.team) } : {}),
    ...(run.runName ? { runName: cleanLearnerName(run.runName) } : {}),
    scenario: run.scenario,
    seed: run.seed,
    ...(run.customers !== undefined ? { customers: run.customers } : {}),
    mode: run.mode,
    ...(run.branchTick != null ? { branchTick: run.branchTick } : {}),
    ticks,
    decisions: run.decisions.filter((d) => d.tick < ticks && d.actions.length > 0),
    stateHash: run.stateHash,
    ...(run.modelFingerprint ? { modelFingerprint: run.modelFingerprint } : {}),
    ...(run.lock ? { lock: [...run.lock] } : {}),
    ...(run.hide ? { hide: [...run.hide] } : {}),
    ...(run.seedTargets ? { seedTargets: run.seedTargets } : {}),
    // false only for a run created before the adjustment, on a seed that moves its targets (it kept its own)
    seedAdjustment: Boolean(run.seedTargets) || !adjustsTargets(run.scenario, run.seed),
    summary: summarizeRun(run.scenario, run.kpis, run.customers, run.seedTargets),
    ...(run.missions ? { missions: run.missions } : {}),
  };
  return asJson(file);
}

export interface ExportedResult {
  text: string;
  fileName: string;
  mimeType: 'application/json';
}

/** The periods played as a file name says them, in the UI language (i18n `handIn.export.playedPart`); French by default. */
export type PlayedPart = (n: number, unit: Scenario['tickUnit']) => string;

const frenchPlayed: PlayedPart = (n, unit) => `${unit === 'week' ? 'semaine' : 'mois'} ${n}`;

/**
 * The file's JSON text and a name like `fidelis-resultat-camille-martin-boulangerie-du-marche-semaine-52.json`.
 * `prefix` is the name's first word in the UI language (i18n `handIn.export.filePrefix`: « fidelis-result »
 * in English); the scenario part is its id, the same in every language. The periods played come next, in
 * the shop's tick unit (`played`: « week 52 » in English), so two files of the same learner at different
 * periods do not collide; none played (a mission answered at the start) adds nothing: no « semaine 0 »
 * exists in the game. `branch`, for a what-if branch (i18n `handIn.export.branchPart`, « et si semaine 2 »),
 * comes last, so the branch's file does not take the original's name in the Downloads folder. Nothing
 * reads the name back: the class view identifies a file by its content.
 */
export function exportResultFile(file: ResultFile, prefix = 'fidelis-resultat', branch = '', played: PlayedPart = frenchPlayed): ExportedResult {
  const periods = file.ticks > 0 ? played(file.ticks, file.scenario.tickUnit) : '';
  const fileName = fileNameOf([prefix, file.learner, file.scenario.id, periods, branch], 'json');
  return { text: `${JSON.stringify(file, null, 2)}\n`, fileName, mimeType: 'application/json' };
}
