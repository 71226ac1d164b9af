/**
 * The mission being played, tied to the game session: starts a mission's run (its scenario,
 * seed and mode), checks question answers against the engine's current state, evaluates the
 * objective as ticks go, records the outcome once in the browser's progress and says which tools
 * the mission leaves locked. Pure logic is in evaluate.ts / progress.ts; this class holds state.
 */
import type { GameSession } from '../app/session.svelte.ts';
import type { RunMode } from '../app/runMode.ts';
import type { Scenario } from '../scenario/schema.ts';
import { answerIsRight, evaluateMission, unlockedTools, type MissionStatus } from './evaluate.ts';
import { missionScenario } from './missionScenario.ts';
import { attemptOf, mergeProgress, parseProgress, progressText, recordOutcome, startedRun, withAttempt, withBranch, type MissionAttempt, type MissionProgress, type ProgressStorage } from './progress.ts';
import type { Mission, MissionPath } from './schema.ts';
import type { HandedMissions } from '../results/resultFileSchema.ts';
import { handedMissions } from './handIn.ts';
import { OPEN_ACCESS, TOOLS, type ToolAccess } from './tools.ts';
import type { ShownObjective } from '../app/objectiveText.ts';
import { missionShownObjective } from '../ui/missions/missionTargetText.ts';
import { missionTeacherLock } from '../ui/missions/missionTeacherLock.ts';

export interface ActiveMissionView {
  path: MissionPath;
  mission: Mission;
  index: number;
  base: Scenario;
}

/** `readOnly`: the run is open in another tab, which alone records its progress (db.runLocked) */
export type AnswerResult = 'right' | 'wrong' | 'invalid' | 'unavailable' | 'readOnly';

export class MissionController {
  progress = $state.raw<MissionProgress>(parseProgress(null));

  /** the shops' mission paths (filled by `load` when they come on demand) */
  paths = $state.raw<readonly MissionPath[]>([]);
  #session: GameSession;
  #storage: ProgressStorage;
  #scenarios: readonly Scenario[];
  #teacherAccess: () => ToolAccess;
  #now: () => string;

  constructor(deps: {
    session: GameSession;
    storage: ProgressStorage;
    paths?: readonly MissionPath[];
    scenarios: readonly Scenario[];
    /** tools the teacher's class link locks or hides: missions do not require them */
    teacherAccess?: () => ToolAccess;
    /** the date an outcome is recorded with (ISO; default: now), handed in with the result file */
    now?: () => string;
  }) {
    this.#session = deps.session;
    this.#storage = deps.storage;
    this.paths = deps.paths ?? [];
    this.#scenarios = deps.scenarios;
    this.#teacherAccess = deps.teacherAccess ?? (() => OPEN_ACCESS);
    // a date written once into the progress, never read reactively
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    this.#now = deps.now ?? (() => new Date().toISOString());
    this.progress = parseProgress(deps.storage.read());
    // another tab's write (its mission recorded, the next one started) is this tab's copy too: written from an older
    // copy, this tab would undo it (a second tab that takes a run over with « Reprendre ici »); the path shows it too.
    // Merged, not replaced: the runs are kept by run id, so the mission this tab plays stays its own while another tab plays another one.
    // Storage cleared elsewhere (null) clears this copy too: merged, the next write would bring the progress back (review3 #3)
    deps.storage.watch?.((text) => (this.progress = text === null ? parseProgress(null) : mergeProgress(this.progress, parseProgress(text))));
    // every result file of the session's run carries the mission it plays, wherever it is handed in
    deps.session.useMissions(() => this.handIn());
  }

  /** What the run being played has done for its mission (a mission's run or a what-if branch of one, whichever mission was started since); null when it plays something else. */
  attempt = $derived.by((): MissionAttempt | null => attemptOf(this.progress, this.#session.runId));

  /** The mission of the run being played, if it is one (its what-if branches play it too). */
  active = $derived.by((): ActiveMissionView | null => {
    const a = this.attempt;
    if (!a) return null;
    const path = this.pathOf(a.scenarioId);
    const index = path ? path.missions.findIndex((m) => m.id === a.missionId) : -1;
    const base = this.#scenarios.find((s) => s.id === a.scenarioId);
    if (!path || index < 0 || !base) return null;
    return { path, mission: path.missions[index], index, base };
  });

  status = $derived.by((): MissionStatus | null => {
    const view = this.active;
    const s = this.#session;
    if (!view || !s.scenario) return null;
    const teacher = this.#teacherAccess();
    const attempt = this.attempt;
    // a run started before its mission kept its programmes: graded by the rule it was started under, which its attempt records (review13 m1)
    const keepProgrammes = attempt === null || attempt.keepProgrammes === true;
    const measuredAfter = attempt === null || attempt.measuredAfter === true;
    const keepRunning = attempt === null || attempt.keepRunning === true;
    const keepRunningActs = attempt === null || attempt.keepRunningActs === true;
    const waived = [...teacher.locked, ...teacher.hidden];
    return evaluateMission(view.mission, s.gradedScenario ?? s.scenario, s.kpis, s.decisions, attempt?.answer != null, s.rejections, waived, keepProgrammes, measuredAfter, keepRunning, keepRunningActs);
  });

  /**
   * How the dashboard, the Bilan and the competencies of the run being played show its mission objective
   * (objectiveText.ts runObjectiveLabel): the sentence the engine grades (no mission-only part), without what asks for
   * a tool the teacher's class link closed, as the banner says it. From the run and the class link, whatever is
   * mounted; null when the run plays no objective mission.
   */
  shownObjective = $derived.by((): ShownObjective | null => {
    const mission = this.active?.mission;
    return mission ? missionShownObjective(mission, this.status, missionTeacherLock(mission, this.teacher)?.waived ?? []) : null;
  });

  /** The tools the teacher's class link locks or hides (the mission's own locks left out). */
  get teacher(): ToolAccess {
    return this.#teacherAccess();
  }

  /** Tools a mission leaves locked: every tool not unlocked by it or an earlier mission. */
  access = $derived.by((): ToolAccess => {
    const view = this.active;
    if (!view) return OPEN_ACCESS;
    const open = unlockedTools(view.path.missions, view.index);
    const locked = TOOLS.filter((t) => !open.includes(t));
    return { locked, hidden: [], byMission: locked };
  });

  /**
   * Adds the paths `loader` gives (some shops' or all) to those already loaded, in shop order; a
   * failure leaves the app with the missions it has rather than broken.
   */
  async load(loader: () => Promise<readonly MissionPath[]>): Promise<void> {
    let loaded: readonly MissionPath[];
    try {
      loaded = await loader();
    } catch {
      return;
    }
    if (loaded.every((p) => this.paths.includes(p))) return;
    const shops = loaded.map((p) => p.scenario);
    this.paths = [...this.paths.filter((p) => !shops.includes(p.scenario)), ...loaded].sort((x, y) => x.scenario.localeCompare(y.scenario));
  }

  /** The learner's missions of the active mission's shop, for the result file handed in from its bilan (handIn.ts); null without an active mission. */
  handIn(): HandedMissions | null {
    const view = this.active;
    const a = this.attempt;
    return view ? handedMissions(view.path, this.progress, view.index, a?.keepProgrammes === true, a?.measuredAfter === true, a?.keepRunning === true, a?.keepRunningActs === true) : null;
  }

  /** Shop id -> number of missions, for reading class links. */
  shops(): Record<string, number> {
    return Object.fromEntries(this.#scenarios.map((s) => [s.id, this.pathOf(s.id)?.missions.length ?? 0]));
  }

  pathOf(scenarioId: string): MissionPath | undefined {
    return this.paths.find((p) => p.scenario === scenarioId);
  }

  baseScenario(scenarioId: string): Scenario | undefined {
    return this.#scenarios.find((s) => s.id === scenarioId);
  }

  /** Starts mission `index` of a shop's path as a new run; false (with the session's notice) if it could not. */
  /** `numbered`: the name with number n (n ≥ 2) when a saved game has `name` already (session.start), « …, essai 2 ». */
  async start(scenarioId: string, index: number, options: { seed?: number; mode?: RunMode; name: string; numbered?: (n: number) => string }): Promise<boolean> {
    const path = this.pathOf(scenarioId);
    const base = this.baseScenario(scenarioId);
    const mission = path?.missions[index];
    if (!path || !base || !mission) return false;
    const scenario = missionScenario(base, mission, index);
    const ok = await this.#session.start(scenario, options.seed ?? base.defaultSeed, options.name, { ...(options.mode ? { mode: options.mode } : {}), ...(options.numbered ? { numbered: options.numbered } : {}) });
    if (!ok || !this.#session.runId) return false;
    // a new attempt: the earlier runs stay attempts (a success opened again from the saved games still hands it in)
    const check = mission.check.kind === 'objective' ? mission.check : null;
    this.#save(startedRun(this.progress, this.#session.runId, scenarioId, mission.id, check?.keepProgrammes === true, check?.measuredAfter !== undefined, check?.keepRunning !== undefined), true);
    return true;
  }

  /** Checks an answer to a question mission against the engine's current state. */
  async answer(value: number): Promise<AnswerResult> {
    const view = this.active;
    const runId = this.#session.runId;
    if (!view || !runId || view.mission.check.kind !== 'question') return 'unavailable';
    if (this.#session.readOnly) return 'readOnly';
    if (!Number.isSafeInteger(value) || value < 0) return 'invalid';
    const check = view.mission.check;
    const { count } = await this.#session.selectTarget({ segments: [check.segment] }, 0);
    const right = answerIsRight(check, value, count);
    const attempt = attemptOf(this.progress, runId);
    if (!attempt) return 'unavailable';
    this.#save(withAttempt(this.progress, runId, { ...attempt, tries: attempt.tries + 1, answer: right ? value : attempt.answer }));
    this.settle();
    return right ? 'right' : 'wrong';
  }

  /** Records the outcome once the mission is decided (called after each tick and answer). */
  settle(): void {
    const view = this.active;
    const attempt = this.attempt;
    const runId = this.#session.runId;
    const status = this.status;
    // a tab that only shows the run (open in another tab, which records it) writes nothing: its copy of the progress may be
    // older than the other tab's, and it follows that tab's periods (session #follow), so it reaches the mission's end too
    if (this.#session.readOnly) return;
    if (!view || !attempt || !runId || !status || attempt.recorded || status.outcome === 'enCours') return;
    // another tab recorded this run already (it played it before this tab took it over): it counts once
    const stored = parseProgress(this.#storage.read());
    if (attemptOf(stored, runId)?.recorded) {
      this.progress = mergeProgress(this.progress, stored);
      return;
    }
    const next = recordOutcome(this.progress, attempt.scenarioId, attempt.missionId, status.outcome, { answer: attempt.answer, at: this.#now() });
    this.#save(withAttempt(next, runId, { ...attempt, recorded: true }), false, stored);
  }

  /**
   * A what-if branch was made from `parentRunId`: when that run plays the mission, the branch plays it
   * too (its locks, banner and check), as a new attempt. A teacher sees « Et si… ? Rejouer » as the
   * learner trying the mission again, so a success there counts like one in the run.
   */
  carry(parentRunId: string, branchRunId: string): void {
    const next = withBranch(this.progress, parentRunId, branchRunId);
    if (next !== this.progress) this.#save(next);
  }

  /** Re-evaluates whenever the session moves on; returns the function that stops. */
  watch(): () => void {
    return $effect.root(() => {
      $effect(() => {
        void this.status;
        this.settle();
      });
    });
  }

  /**
   * Writes over what the storage holds now, read again: another tab (a second tab that took the run over with
   * « Reprendre ici », one that plays another mission) may have saved progress since this one read it (mergeProgress).
   * `started`: this tab started a mission, now the mission started last; else the stored one stays.
   * `stored`: what the storage holds, when the caller has just read it (settle): not read and parsed twice.
   */
  #save(progress: MissionProgress, started = false, stored = parseProgress(this.#storage.read())): void {
    const merged = mergeProgress(stored, progress);
    this.#storage.write(progressText(started ? merged : { ...merged, active: stored.active ?? merged.active }));
    this.progress = merged;
  }
}
