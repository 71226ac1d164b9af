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

type FileSeed = Pick<ResultFile, 'scenario' | 'seed' | 'seedTargets' | 'seedAdjustment'>;

/** The adjustment of a run of `scenario` on `seed` (with the engine's `customers` option, if any); null without playing anything on the default seed. */
export async function replayedSeedAdjustment(replay: Replayer, scenario: Scenario, seed: number, customers?: number): Promise<SeedAdjustment | null> {
  if (!adjustsTargets(scenario, seed)) return null;
  // the whole games, which the adjustment reads up to its latest checkpoint (adjustmentTicks): the same first periods as a shorter game
  const play = (s: number) => sharedNoActionGame(replay, scenario, s, customers);
  const [onSeed, onDefault] = await Promise.all([play(seed), play(scenario.defaultSeed)]);
  return adjustmentFromKpis(scenario, seed, onSeed.kpis, onDefault.kpis);
}

/**
 * A file that says it was made with the seed adjustment (`seedAdjustment: true`, written by every file
 * since) on a seed that moves its targets, but records no `seedTargets`: they were removed from it (its
 * points then graded on the scenario's own targets, easier where doing nothing earns more). Told from
 * the file alone, without playing anything.
 */
export function adjustmentRemoved(file: FileSeed): boolean {
  return file.seedAdjustment === true && file.seedTargets === undefined && adjustsTargets(file.scenario, file.seed);
}

/**
 * A file on a seed that moves its targets, graded on the scenario's own ones because it was made
 * before the adjustment (no `seedAdjustment: true`, no `seedTargets`): kept, but its points do not
 * compare with adjusted files' (the class view says so).
 */
export function unadjustedOlderFile(file: FileSeed): boolean {
  return file.seedAdjustment !== true && file.seedTargets === undefined && adjustsTargets(file.scenario, file.seed);
}
