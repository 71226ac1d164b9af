/**
 * Branching a run ("Et si… ?") and going back in sandbox mode, over the session's public API.
 *
 * One mechanism for both: a branch from tick t is a new run that keeps the first t ticks (same
 * scenario, seed and decisions, so the very same state: the engine is deterministic) and is then
 * played on by the learner. Going back in sandbox mode IS making a branch and switching to it:
 * nothing is ever deleted, the abandoned timeline stays stored, consultable and comparable.
 * Committed mode: no going back while the run is played; once it is over, what-if branches
 * (always in sandbox mode) let the class explore alternatives without touching the graded run.
 *
 * After its shared ticks a branch starts empty, or takes up the parent's later decisions
 * (`BranchStart` 'original'): « same plan, but without the coupon in week 5 ». They are the very
 * decisions log the engine replays (`npm run sim --decisions`), queued tick by tick as the branch
 * reaches them and played by the session like any decision (src/app/session.svelte.ts `planned`); the
 * learner removes or changes some first. Unchanged, the branch ends in the parent's very state.
 *
 * The branch's state at tick t is rebuilt by replaying scenario + seed + decisions in a separate
 * engine run, and its KPIs are checked against the parent's stored ones (a replay that disagrees
 * would make the comparison meaningless: refused).
 */
import type { DecisionsLog } from '../../engine/decisions.ts';
import type { PeriodRefusals, TickKpis } from '../../engine/types.ts';
import type { Scenario } from '../../scenario/schema.ts';
import type { EngineClient } from '../engineClient.ts';
import type { Notices } from '../notices.svelte.ts';
import type { GameSession } from '../session.svelte.ts';
import { canBranch, type RunMode } from '../runMode.ts';
import { during, noticeOfError } from '../errors.ts';
import type { BranchStore, Timeline } from './branchStore.ts';
import type { BranchName } from '../runName.ts';
import { announceTimelines } from './familyNews.ts';

/** The engine run used for replays (the session plays in its own). */
const REPLAY_RUN = 'et-si';

export type BranchRefusal = 'noRun' | 'readOnly' | 'busy' | 'committed' | 'badTick';

/** What the branch plays after its shared ticks: nothing yet ('empty'), or the parent's later decisions ('original'). */
export type BranchStart = 'empty' | 'original';

/** The part of the session the rules read. */
export interface SessionView {
  active: boolean;
  busy: boolean;
  mode: RunMode;
  finished: boolean;
  tick: number;
  /** the run is open in another tab, which holds it (src/db/tabGuard.ts): this one only shows it */
  readOnly?: boolean;
}

/** Why a branch from `tick` (completed ticks kept) is not allowed now, or null. */
export function branchRefusal(session: SessionView, tick: number): BranchRefusal | null {
  if (!session.active) return 'noRun';
  // the branch itself would be a new run, free to write; but this tab shows a run frozen where it was read, and says nothing is saved here (QA qa13 X1)
  if (session.readOnly) return 'readOnly';
  if (session.busy) return 'busy';
  if (!canBranch(session.mode, session.finished)) return 'committed';
  if (!Number.isInteger(tick) || tick < 0 || tick >= session.tick) return 'badTick';
  return null;
}

/** The KPI fields compared to check a replay (plain numbers the engine computes every tick). */
const CHECKED: readonly (keyof TickKpis)[] = [
  'tick',
  'turnover',
  'purchases',
  'activeCustomers',
  'acquired',
  'lost',
  'costs',
  'budgetLeft',
];

/** Index of the first tick whose replayed KPIs differ from the stored ones, or -1 when they agree. */
export function firstMismatch(replayed: readonly TickKpis[], stored: readonly TickKpis[]): number {
  const n = Math.min(replayed.length, stored.length);
  for (let i = 0; i < n; i++) for (const key of CHECKED) if (!Object.is(replayed[i][key], stored[i][key])) return i;
  return replayed.length === stored.length ? -1 : n;
}

/**
 * The decisions the engine refused in a saved timeline, which the database does not keep (a tick's row holds its KPIs,
 * purchases and events; the session learns the refusals from the engine as it plays or replays). The engine is
 * deterministic: scenario + seed + decisions give the same periods again, so they are replayed up to the last period
 * with a decision (no refusal after it), as a resume does, and kept only when the replayed KPIs are the stored ones
 * (firstMismatch, as a branch is checked). Null when they cannot be told: the replay disagrees (a timeline computed by
 * another model) or failed; the comparison then marks nothing and says so.
 */
export async function replayedRefusals(
  engine: Pick<EngineClient, 'replay'>,
  scenario: Scenario,
  seed: number,
  timeline: Pick<Timeline, 'decisions' | 'kpis' | 'tick'>,
): Promise<PeriodRefusals[] | null> {
  const decided = timeline.decisions.filter((d) => d.actions.length > 0 && d.tick < timeline.tick);
  const ticks = decided.length === 0 ? 0 : Math.max(...decided.map((d) => d.tick)) + 1;
  if (ticks === 0) return [];
  try {
    const replay = await engine.replay({ scenario, seed, ticks, decisions: decided });
    if (!replay.rejected || firstMismatch(replay.kpis, timeline.kpis.slice(0, ticks)) !== -1) return null;
    return replay.rejected;
  } catch {
    return null;
  }
}

export interface BranchingDeps {
  session: GameSession;
  engine: EngineClient;
  store: BranchStore;
  notices: Notices;
  /** told once a branch is stored, before the session plays it (the mission being played follows it to the branch) */
  onBranch?: (parentRunId: string, branchRunId: string) => void;
}

/**
 * Makes a branch of the session's run that keeps `tick` completed ticks and switches the session to
 * it; `name` is its name as composed now, `branchName` what it is made of (app/runName.ts
 * branchNameOf); `start` says whether it takes up the parent's later decisions. Returns the branch's
 * run id, or null (with a notice) when refused or failed.
 */
export async function branchFrom(deps: BranchingDeps, tick: number, name: string, branchName: BranchName, start: BranchStart = 'empty'): Promise<string | null> {
  const { session, engine, store, notices } = deps;
  const refusal = branchRefusal(session, tick);
  if (refusal) {
    notices.push('warning', `whatif.refused.${refusal}`);
    return null;
  }
  session.pause();
  const scenario = session.scenario!;
  const parentRunId = session.runId!;
  const decisions: DecisionsLog = session.decisions.filter((d) => d.tick < tick);
  const storedKpis = session.kpis.slice(0, tick);
  try {
    const replay = await engine.create(REPLAY_RUN, scenario, session.seed, decisions, tick);
    try {
      if (
        firstMismatch(
          replay.reports.map((r) => r.kpis),
          storedKpis,
        ) !== -1
      ) {
        notices.push('error', 'whatif.replayMismatch');
        return null;
      }
      const [customers, stateHash] = await Promise.all([engine.customers(REPLAY_RUN), engine.hash(REPLAY_RUN)]);
      const id = await store.createBranch({
        parentRunId,
        branchTick: tick,
        name,
        branchName,
        mode: 'sandbox',
        customers,
        stateHash,
        ...(start === 'original' ? { keepLaterDecisions: true } : {}),
      });
      deps.onBranch?.(parentRunId, id);
      announceTimelines();
      if (!(await session.resume(id))) return null;
      return id;
    } finally {
      await engine.dispose(REPLAY_RUN).catch(() => null);
    }
  } catch (error) {
    const notice = noticeOfError(during('branch', error));
    notices.push('error', notice.key, notice.params, notice.text);
    return null;
  }
}

/** Switches the session to another timeline of the family (resumes it at its last tick). */
export async function switchTo(deps: Pick<BranchingDeps, 'session'>, runId: string): Promise<boolean> {
  if (deps.session.runId === runId) return true;
  return deps.session.resume(runId);
}
