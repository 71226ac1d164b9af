/**
 * The no-action game: a shop (scenario, seed, customer count) played with an empty decision log over
 * its whole length. Three things need it: the seed adjustment of the objectives (src/engine/seedTargets.ts,
 * on the run's seed and on the default one), the class view's « sans action (même graine) » reference
 * (noActionReference.ts) and the learner's Bilan (its difference from doing nothing, session.noActionGap).
 * It is played once per replayer and its KPIs shared (sharedNoActionGame): the engine has no chaos and no
 * look-ahead, so the whole game cut at period t is the same run as one of t periods, and a consumer that
 * needs fewer periods (the adjustment, up to its latest checkpoint) reads the first ones. The session also
 * keeps its figures with the run (StoredNoAction), so that the Bilan, opened after a reload, plays nothing.
 */
import type { TickKpis } from '../engine/types.ts';
import type { Scenario } from '../scenario/schema.ts';
import { fingerprint } from './fingerprint.ts';
import type { ReplayOutcome, Replayer, ReplayRequest } from './replay.ts';

/** The empty decision log over the whole game of `scenario` on `seed` (with the engine's `customers` option, if any). */
export function noActionRequest(scenario: Scenario, seed: number, customers?: number): ReplayRequest {
  return { scenario, seed, ...(customers !== undefined ? { customers } : {}), ticks: scenario.durationTicks, decisions: [] };
}

/** The games played so far, per replayer (a class view's pool, a session's engine), by scenario fingerprint, seed and customer count. */
const games = new WeakMap<Replayer, Map<string, Promise<ReplayOutcome>>>();
/** The requests of those games: a learner's file with no decision asks the same replay, but is not one of them. */
const asked = new WeakSet<ReplayRequest>();

/** Whether `request` is a no-action game sharedNoActionGame plays (the class view's progress counts only those). */
export const isSharedNoActionGame = (request: ReplayRequest): boolean => asked.has(request);

/**
 * The no-action game of `scenario` on `seed` (noActionRequest), played once for `replay` whoever asks
 * first (a class of 30 on one seed, its reference and its seed adjustment: one game). A failed replay is
 * not kept: the next ask plays again.
 */
export function sharedNoActionGame(replay: Replayer, scenario: Scenario, seed: number, customers?: number): Promise<ReplayOutcome> {
  let known = games.get(replay);
  if (!known) games.set(replay, (known = new Map()));
  const key = `${fingerprint(scenario)}|${seed}|${customers ?? ''}`;
  let game = known.get(key);
  if (!game) {
    const request = noActionRequest(scenario, seed, customers);
    asked.add(request);
    game = replay(request);
    known.set(key, game);
    game.catch(() => known.delete(key));
  }
  return game;
}

/** What a comparison with doing nothing reads at one period: the net margin cumulated up to it and the active customers at its end. */
export interface NoActionPeriod {
  netMargin: number;
  activeCustomers: number;
}

/** The no-action game's figures period by period (index t − 1 for period t), its net margin summed in the same order as runSummary.ts. */
export function noActionPeriods(kpis: readonly Pick<TickKpis, 'netMargin' | 'activeCustomers'>[]): NoActionPeriod[] {
  let netMargin = 0;
  return kpis.map((k) => {
    netMargin += k.netMargin;
    return { netMargin, activeCustomers: k.activeCustomers };
  });
}

/**
 * The no-action game of a run's shop and seed as the run keeps it (RunRecord.noAction), played when the
 * run was created (for its seed adjustment): the Bilan's difference from doing nothing reads it instead
 * of playing it again. Only for the model that played it: another model's is played again.
 */
export interface StoredNoAction {
  /** modelFingerprint() of the engine that played it */
  modelFingerprint: string;
  periods: NoActionPeriod[];
}

/** What a run keeps of its no-action game's outcome. */
export function storedNoAction(outcome: Pick<ReplayOutcome, 'kpis' | 'modelFingerprint'>): StoredNoAction {
  return { modelFingerprint: outcome.modelFingerprint, periods: noActionPeriods(outcome.kpis) };
}

/**
 * The Bilan's difference from doing nothing (session.noActionGap) at the run's last period `kpis`: its net margin and
 * active customers minus the no-action game's, read from the one the run `kept` when the same model played it
 * (`modelFingerprint`: the engine's), else played (once per page: sharedNoActionGame).
 */
export async function noActionGap(
  kpis: readonly TickKpis[],
  kept: StoredNoAction | null,
  modelFingerprint: () => Promise<string>,
  replay: Replayer,
  scenario: Scenario,
  seed: number,
): Promise<{ netMargin: number; activeCustomers: number }> {
  const periods =
    kept && kept.periods.length >= kpis.length && kept.modelFingerprint === (await modelFingerprint())
      ? kept.periods
      : noActionPeriods((await sharedNoActionGame(replay, scenario, seed)).kpis);
  const base = periods[kpis.length - 1];
  const margin = noActionPeriods(kpis).at(-1)!.netMargin;
  return { netMargin: margin - (base?.netMargin ?? 0), activeCustomers: kpis.at(-1)!.activeCustomers - (base?.activeCustomers ?? 0) };
}
