/**
 * A read-only tab's follow of the tab that plays the run (session.svelte.ts #follow): fetched the first time
 * the other tab saves a period, so a learner who never opens a run in two tabs does not download it (bench
 * app-learner-js, issue 4).
 */
import type { EngineClient } from './engineClient.ts';
import type { StoredRun } from './runStore.ts';
import type { GameSession } from './session.svelte.ts';
import type { TickReport } from '../engine/types.ts';

/** Resolves once the page is visible (at once outside a browser, or when it is): a hidden tab does no work for nobody. */
export function seen(): Promise<void> {
  const page = globalThis.document;
  if (page?.visibilityState !== 'hidden') return Promise.resolve();
  return new Promise((resolve) => {
    const shown = () => {
      if (page.visibilityState === 'hidden') return;
      page.removeEventListener('visibilitychange', shown);
      resolve();
    };
    page.addEventListener('visibilitychange', shown);
  });
}

/** What the session gives the follow besides its public state (its engine, and what only it may do). */
export interface FollowAccess {
  engine: EngineClient;
  /** the session's game in the engine */
  run: string;
  /** still the game the follow started on: no other game started or opened, the same run shown */
  onThisGame(): boolean;
  /** the periods played here shown as a step shows them (figures, recent reports, refusals, history), the saved queue and plan, the « other tab » notice withdrawn */
  caughtUp(reports: TickReport[]): void;
}

/**
 * A follow that plays only the periods the other tab added, on the engine's state shown here, when the saved run is
 * this one carried on: still held elsewhere, the same scenario and seed, the same decisions before the tick shown
 * (not a rewind or a replay with other decisions). The engine being deterministic, the state is the one a replay from
 * tick 0 gives (the saved hash is checked). False, nothing changed here: the run is to be loaded again from tick 0.
 */
export async function catchUp(session: GameSession, stored: StoredRun, access: FollowAccess): Promise<boolean> {
  const from = session.tick;
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  if (!stored.readOnly || stored.id !== session.runId || stored.tick <= from || stored.seed !== session.seed) return false;
  if (!same(stored.scenario, session.scenario) || !same(stored.decisions.filter((d) => d.tick < from), session.decisions)) return false;
  const steps = [];
  // the worker takes requests in order: a period posted after another game's create would be played on that game
  try {
    for (let t = from; t < stored.tick && access.onThisGame(); t++) steps.push(await access.engine.step(access.run, stored.decisions.find((d) => d.tick === t)?.actions ?? []));
    if (!access.onThisGame() || (stored.stateHash != null && (await access.engine.hash(access.run)) !== stored.stateHash)) return false;
  } catch {
    return false;
  }
  const reports = steps.map((s) => s.report);
  session.tick = session.savedTick = stored.tick;
  session.reserves = steps.at(-1)!.reserves;
  session.customerCount = steps.at(-1)!.customerCount;
  session.decisions = stored.decisions.filter((d) => d.tick < stored.tick);
  session.runName = stored.name;
  session.runBranchName = stored.branchName ?? null;
  session.pending = stored.pending ?? [];
  session.planned = (stored.planned ?? []).filter((d) => d.tick > stored.tick);
  access.caughtUp(reports);
  return true;
}
