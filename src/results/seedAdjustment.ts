/**
 * The objectives adjusted to a run's seed (src/engine/seedTargets.ts) computed with a replayer: the
 * two no-action games played by the engine worker (the session, when a run starts) or the class
 * view's replayers (verification, which recomputes what a file records rather than trusting it).
 * The same numbers as seedAdjustment() in Node (the CLI), bit for bit: the same engine, the same games.
 * Each is the whole no-action game shared with the other consumers of the same replayer
 * (noActionGame.ts: the class view's reference, the session's Bilan), not one of its own.
 */
import { adjustmentFromKpis, adjustsTargets, type SeedAdjustment } from '../engine/seedTargets.ts';
import type { Scenario } from '../scenario/schema.ts';
import { sharedNoActionGame } from './noActionGame.ts';
import type { Replayer } from './replay.ts';
import type { ResultFile } from './resultFileSchema.ts';

type FileSeed = Pick<ResultFile, 'scenario' | 'seed' | 'seedTargets' | 'seedAdjustment' | 'modelFingerprint'>;

/** The adjustment of a run of `scenario` on `seed` (with the engine's `customers` option, if any); null without playing anything on the default seed. */
export async function replayedSeedAdjustment(replay: Replayer, scenario: Scenario, seed: number, customers?: number): Promise<SeedAdjustment | null> {
  if (!adjustsTargets(scenario, seed)) return null;
  // the whole games, which the adjustment reads up to its latest checkpoint (adjustmentTicks): the same first periods as a shorter game
  const play = (s: number) => sharedNoActionGame(replay, scenario, s, customers);
  const [onSeed, onDefault] = await Promise.all([play(seed), play(scenario.defaultSeed)]);
  return adjustmentFromKpis(scenario, seed, onSeed.kpis, onDefault.kpis);
}

/**
 * The model fingerprints (src/engine/README.md, « Empreinte du modèle ») of every version of the model
 * made before objectives were adjusted to the seed (02/12/2026, 50a9cae), the last one of which was
 * still the model's for some hours after it: a file of one of them may honestly have no adjustment.
 * Fixed for good: every fingerprint since (948020e7d78e4fa4 first) names a model that came with the
 * adjustment, and a new row of the table needs nothing here.
 */
export const MODELS_BEFORE_SEED_ADJUSTMENT: ReadonlySet<string> = new Set([
  '703c19826ec1d6d1',
  '95e54f5e555c94aa',
  'f3a627e43d2f6a96',
  '4b4a3e972551f22a',
  'a35cff46a8c19750',
  '918f353acb369c9a',
  '63b5d24003325be5',
  '55346463e98faf8e',
  'fa5cfd2b53165289',
  '29c88b0afbc96dce',
  '182778f37643541f',
  'aaf2452b8d5c7121',
  '13d4b27d164987ef',
  '5c38c1f03de4f68b',
  '7bc003ec77128940',
]);

/** Whether the file names a model made after objectives were adjusted to the seed (no fingerprint: an older file, no). */
export function modelAfterSeedAdjustment(file: Pick<ResultFile, 'modelFingerprint'>): boolean {
  return file.modelFingerprint !== undefined && !MODELS_BEFORE_SEED_ADJUSTMENT.has(file.modelFingerprint);
}

/**
 * A file on a seed that moves its targets which records no `seedTargets`, though it says it was made
 * with the seed adjustment (`seedAdjustment: true`, written by every file since) or names a model that
 * came after the adjustment (the app version alone, still 0.1.0, does not tell): they were removed from it,
 * the marker with them in the second case (its points then graded on the scenario's own targets, easier
 * where doing nothing earns more). Told from the file alone, without playing anything.
 */
export function adjustmentRemoved(file: FileSeed): boolean {
  return file.seedTargets === undefined && adjustsTargets(file.scenario, file.seed) && (file.seedAdjustment === true || modelAfterSeedAdjustment(file));
}

/**
 * A file on a seed that moves its targets, graded on the scenario's own ones because it was made
 * before the adjustment (no `seedAdjustment: true`, no `seedTargets`, an earlier model's fingerprint
 * or none): kept, but its points do not compare with adjusted files' (the class view says so).
 */
export function unadjustedOlderFile(file: FileSeed): boolean {
  return file.seedTargets === undefined && adjustsTargets(file.scenario, file.seed) && !adjustmentRemoved(file);
}
