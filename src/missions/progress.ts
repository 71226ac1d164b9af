/**
 * Mission progress remembered by the browser (localStorage, key `fidelis.missions`): each
 * mission's best outcome and attempts, each mission run's attempt by run id (the last RUNS_KEPT of
 * each mission), and the mission started last. Read through a
 * zod schema: a missing, corrupted or hand-edited value reads as "no progress", never a crash.
 * Storage may be blocked (private mode): progress then lasts as long as the page.
 */
import { z } from 'zod/mini';
import { PROGRESS_KEY } from './storedMission.ts';

export { PROGRESS_KEY };

const missionRecord = z.object({
  outcome: z.enum(['reussie', 'echouee']),
  attempts: z.int().check(z.gte(0), z.lte(1_000_000)),
  /** a question mission's right answer, once given (added later: older progress has none) */
  answer: z.optional(z.nullable(z.int().check(z.gte(0), z.lte(10_000_000)))),
  /** ISO date the kept outcome was decided (added later: older progress has none); handed in with the result file (handIn.ts) */
  at: z.optional(z.string().check(z.maxLength(40))),
});
export type MissionRecord = z.infer<typeof missionRecord>;

const id = z.string().check(z.minLength(1), z.maxLength(200));
const attemptFields = {
  /** question missions: the right answer once given, and the answers tried */
  answer: z._default(z.nullable(z.int().check(z.gte(0), z.lte(10_000_000))), null),
  tries: z._default(z.int().check(z.gte(0), z.lte(1_000_000)), 0),
  /** the outcome of this attempt is in `done` already */
  recorded: z._default(z.boolean(), false),
};

/**
 * One run of a mission (a mission started, or a what-if branch of one of its runs): each is an attempt, found by its run id
 * whichever mission was started since, in this tab or another (review1 #1). `n`: the order it started in (the larger the later).
 */
const missionRun = z.object({
  scenarioId: id,
  missionId: id,
  ...attemptFields,
  n: z._default(z.int().check(z.gte(0)), 0),
  /**
   * started under its mission's ObjectiveCheck.keepProgrammes (evaluate.ts): a run started before its mission had that
   * rule is graded without it, as a run is graded on the objective it was started with (everyTick), so a mission-2 run
   * recorded « réussie » is not shown failed in its bilan while its list and its file say « réussie » (review13 m1)
   */
  keepProgrammes: z.optional(z.literal(true)),
  /**
   * started under its mission's ObjectiveCheck.measuredAfter (evaluate.ts, mission 3 since GRADING_RULES 4): a run started
   * before is graded without it, as with keepProgrammes (a mission-3 run passed on a week-1 questionnaire stays « réussie »)
   */
  measuredAfter: z.optional(z.literal(true)),
  /**
   * started under its mission's ObjectiveCheck.keepRunning (evaluate.ts, mission 5 since GRADING_RULES 6): a run started
   * before is graded without it, as with keepProgrammes (a mission-5 run whose personalisation was stopped during its
   * set-up stays « réussie »)
   */
  keepRunning: z.optional(z.literal(true)),
  /**
   * started under GRADING_RULES 7's reading of ObjectiveCheck.keepRunning: the kept programme must act within the game (a
   * personalisation stopped during its set-up then relaunched in the last weeks, or only launched then, fails); a run
   * started before is graded on keepRunning's rule 6 only (evaluate.ts keptRunningStop)
   */
  keepRunningActs: z.optional(z.literal(true)),
});
export type MissionAttempt = z.infer<typeof missionRun>;

/**
 * The mission started last (by any tab): the page loads its shop's missions at startup. Before runs were kept by run id
 * (December 2026) it also held its run's attempt and its what-if branches' (`branches`): read once into `runs`.
 */
const activeRef = z.object({ runId: id, scenarioId: id, missionId: id });
export type ActiveMission = z.infer<typeof activeRef>;
const storedActive = z.extend(activeRef, { ...attemptFields, branches: z._default(z.record(id, z.object(attemptFields)), {}) });

/**
 * Runs kept per mission, the latest started: older ones are forgotten (storage stays small: a run is ~140 bytes), their
 * outcomes stay counted in `done`. Every what-if branch is a run: the bound is far above what a class plays, so the run
 * being played (maybe the stored `active`) is not forgotten under it (review3 #2). The choice depends only on the runs,
 * not on which copy holds them, so every tab forgets the same ones (a run forgotten is not counted again).
 */
export const RUNS_KEPT = 200;

export const progressSchema = z.pipe(
  z.object({
    version: z.literal(1),
    /** scenario id -> mission id -> record */
    done: z.record(z.string().check(z.maxLength(200)), z.record(z.string().check(z.maxLength(200)), missionRecord)),
    /** run id -> its attempt (added later: older progress, or one written by an older build, has only `active`) */
    runs: z.optional(z.record(id, missionRun)),
    active: z.nullable(storedActive),
  }),
  z.transform(({ version, done, runs, active }) => {
    const ref = active && ({ runId: active.runId, scenarioId: active.scenarioId, missionId: active.missionId } as ActiveMission | null);
    if (runs) return { version, done, runs, active: ref };
    // older progress: the active run and its branches become runs. Only then: in newer progress, an active run missing
    // from `runs` was forgotten (RUNS_KEPT), not a new attempt (review3 #2)
    const migrated: Record<string, MissionAttempt> = {};
    if (active) {
      const { runId, scenarioId, missionId, answer, tries, recorded, branches } = active;
      const older = Object.entries(branches).map(([branch, a], i) => [branch, { scenarioId, missionId, ...a, n: i }] as const);
      Object.assign(migrated, Object.fromEntries([...older, [runId, { scenarioId, missionId, answer, tries, recorded, n: older.length }]]));
    }
    return { version, done, runs: migrated, active: ref };
  }),
);
export type MissionProgress = z.infer<typeof progressSchema>;

export const EMPTY_PROGRESS: MissionProgress = { version: 1, done: {}, runs: {}, active: null };

export function parseProgress(text: string | null): MissionProgress {
  if (!text) return structuredClone(EMPTY_PROGRESS);
  try {
    const parsed = progressSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : structuredClone(EMPTY_PROGRESS);
  } catch {
    return structuredClone(EMPTY_PROGRESS);
  }
}

/**
 * The text to store: `active` also carries its run's attempt, so an older build (which reads only `active`) does not take
 * a run already recorded for a new attempt and record it again (review3 #1). Read back, `runs` alone counts.
 */
export function progressText(progress: MissionProgress): string {
  const run = progress.active && attemptOf(progress, progress.active.runId);
  const active = progress.active && run ? { ...progress.active, answer: run.answer, tries: run.tries, recorded: run.recorded } : progress.active;
  return JSON.stringify({ ...progress, active });
}

/**
 * Records a finished attempt; a success is never overwritten by a later failure (its answer and date
 * are kept with it). `details`: the attempt's right answer (question missions) and when it was decided.
 */
export function recordOutcome(
  progress: MissionProgress,
  scenarioId: string,
  missionId: string,
  outcome: MissionRecord['outcome'],
  details: { answer?: number | null; at?: string } = {},
): MissionProgress {
  const scenario = progress.done[scenarioId] ?? {};
  const before = scenario[missionId];
  const keepBefore = before?.outcome === 'reussie' && outcome !== 'reussie';
  const kept = keepBefore ? { answer: before.answer, at: before.at } : details;
  const record: MissionRecord = {
    outcome: before?.outcome === 'reussie' ? 'reussie' : outcome,
    attempts: (before?.attempts ?? 0) + 1,
    ...(kept.answer != null ? { answer: kept.answer } : {}),
    ...(kept.at ? { at: kept.at } : {}),
  };
  return { ...progress, done: { ...progress.done, [scenarioId]: { ...scenario, [missionId]: record } } };
}

/** The attempt run `runId` plays: a mission's run or a what-if branch of one, of any mission started here or in another tab; null when it plays another game. */
export function attemptOf(progress: MissionProgress, runId: string | null): MissionAttempt | null {
  return runId !== null && Object.hasOwn(progress.runs, runId) ? progress.runs[runId] : null;
}

/** The progress with `runId`'s attempt replaced. */
export function withAttempt(progress: MissionProgress, runId: string, next: MissionAttempt): MissionProgress {
  return { ...progress, runs: { ...progress.runs, [runId]: next } };
}

const nextOrder = (progress: MissionProgress) => Math.max(-1, ...Object.values(progress.runs).map((r) => r.n)) + 1;

/**
 * Mission `missionId` of `scenarioId` started as run `runId`: a new attempt, and the mission started last. The earlier runs (of any mission) stay attempts (QA qa19 F4).
 * `keepProgrammes`: the mission's check keeps its programmes (MissionAttempt.keepProgrammes); `measuredAfter`: it measures
 * after a tool (MissionAttempt.measuredAfter); `keepRunning`: it keeps a tool's programme through its set-up (MissionAttempt.keepRunning),
 * which must act within the game (MissionAttempt.keepRunningActs, recorded with it since GRADING_RULES 7).
 */
export function startedRun(
  progress: MissionProgress,
  runId: string,
  scenarioId: string,
  missionId: string,
  keepProgrammes = false,
  measuredAfter = false,
  keepRunning = false,
): MissionProgress {
  const run = newAttempt(progress, { scenarioId, missionId, keepProgrammes, measuredAfter, keepRunning, keepRunningActs: keepRunning });
  return { ...withAttempt(progress, runId, run), active: { runId, scenarioId, missionId } };
}

/** A fresh attempt, numbered after every run of `progress`, under the rules it was started with (written only when on). */
function newAttempt(
  progress: MissionProgress,
  {
    scenarioId,
    missionId,
    keepProgrammes,
    measuredAfter,
    keepRunning,
    keepRunningActs,
  }: { scenarioId: string; missionId: string; keepProgrammes?: boolean; measuredAfter?: boolean; keepRunning?: boolean; keepRunningActs?: boolean },
): MissionAttempt {
  return {
    scenarioId,
    missionId,
    answer: null,
    tries: 0,
    recorded: false,
    n: nextOrder(progress),
    ...(keepProgrammes ? { keepProgrammes } : {}),
    ...(measuredAfter ? { measuredAfter } : {}),
    ...(keepRunning ? { keepRunning } : {}),
    ...(keepRunningActs ? { keepRunningActs } : {}),
  };
}

/**
 * The progress once `branchRunId` has branched from `parentRunId`: a new attempt of the parent's mission when the parent plays one, else unchanged.
 * It plays the parent's scenario, so under the parent's rules (keepProgrammes, measuredAfter, keepRunning, keepRunningActs).
 */
export function withBranch(progress: MissionProgress, parentRunId: string, branchRunId: string): MissionProgress {
  const parent = attemptOf(progress, parentRunId);
  if (parent === null || attemptOf(progress, branchRunId) !== null) return progress;
  return withAttempt(progress, branchRunId, newAttempt(progress, parent));
}

const missionKey = (r: MissionAttempt) => JSON.stringify([r.scenarioId, r.missionId]);
const later = ([idA, a]: [string, MissionAttempt], [idB, b]: [string, MissionAttempt]) => b.n - a.n || (idA < idB ? 1 : idA > idB ? -1 : 0);

/** The runs kept: the RUNS_KEPT latest started of each mission (the order is the same in every tab, so a run one tab forgot is not counted again). */
function keptRuns(runs: Record<string, MissionAttempt>): Record<string, MissionAttempt> {
  const seen = new Map<string, number>();
  return Object.fromEntries(
    Object.entries(runs)
      .sort(later)
      .filter(([, r]) => {
        const k = missionKey(r);
        seen.set(k, (seen.get(k) ?? 0) + 1);
        return seen.get(k)! <= RUNS_KEPT;
      })
      .reverse(),
  );
}

/**
 * What to store when `mine` (this tab's copy) is written over `stored` (what the storage holds now, maybe written by
 * another tab since this one read it):
 * - the runs of both, by run id (an outcome recorded in either is recorded; a right answer given in either is kept);
 * - the missions done in either, a success never downgraded (its answer and date kept with it);
 * - each mission's attempts: one copy's count, plus the recorded runs only the other copy has recorded: two tabs that each
 *   recorded a run from the same count add up, a run recorded in both (a tab took it over) counts once, a run the other
 *   copy's count covers without listing it (an older build's) is not added again;
 * - the mission started last is the writer's.
 */
export function mergeProgress(stored: MissionProgress, mine: MissionProgress): MissionProgress {
  const union: Record<string, MissionAttempt> = { ...stored.runs };
  for (const [runId, run] of Object.entries(mine.runs)) {
    const other = union[runId];
    const keepProgrammes = run.keepProgrammes ?? other?.keepProgrammes;
    const measuredAfter = run.measuredAfter ?? other?.measuredAfter;
    const keepRunning = run.keepRunning ?? other?.keepRunning;
    const keepRunningActs = run.keepRunningActs ?? other?.keepRunningActs;
    union[runId] = other
      ? {
          ...run,
          answer: run.answer ?? other.answer,
          tries: Math.max(run.tries, other.tries),
          recorded: run.recorded || other.recorded,
          ...(keepProgrammes ? { keepProgrammes } : {}),
          ...(measuredAfter ? { measuredAfter } : {}),
          ...(keepRunning ? { keepRunning } : {}),
          ...(keepRunningActs ? { keepRunningActs } : {}),
        }
      : run;
  }
  const runs = keptRuns(union);
  /**
   * The attempts `b` counts without listing them as recorded runs: a value written by an older build (no runs) counts
   * every run it knew but lists only its active one, and a value merged from it inherits that. So its count may cover a run
   * `a` recorded that `b` does not list at all (review4 #1: a third tab), never one `b` lists as not recorded (two tabs
   * playing at once). 0 for a copy with RUNS_KEPT runs of the mission: the runs it forgot are forgotten in every copy
   * (keptRuns), none to cover. Derived from the data, so it holds through any merge and write.
   */
  const unlisted = (b: MissionProgress, scenarioId: string, missionId: string) => {
    const listed = Object.values(b.runs).filter((run) => run.scenarioId === scenarioId && run.missionId === missionId);
    const attempts = b.done[scenarioId]?.[missionId]?.attempts ?? 0;
    return listed.length >= RUNS_KEPT ? 0 : Math.max(0, attempts - listed.filter((run) => run.recorded).length);
  };
  /** the kept runs of a mission recorded in `a` but not in `b`, less those `b`'s count covers without listing them */
  const added = (a: MissionProgress, b: MissionProgress, scenarioId: string, missionId: string) => {
    let notRecorded = 0;
    let unknown = 0;
    for (const runId of Object.keys(runs)) {
      const run = attemptOf(a, runId);
      if (!run?.recorded || run.scenarioId !== scenarioId || run.missionId !== missionId) continue;
      const other = attemptOf(b, runId);
      if (!other) unknown++;
      else if (!other.recorded) notRecorded++;
    }
    return notRecorded + Math.max(0, unknown - unlisted(b, scenarioId, missionId));
  };
  const done = { ...stored.done };
  for (const [scenarioId, records] of Object.entries(mine.done)) {
    const merged = { ...done[scenarioId] };
    for (const [missionId, record] of Object.entries(records)) {
      const other = merged[missionId];
      const kept = other?.outcome === 'reussie' && record.outcome !== 'reussie' ? other : record;
      const attempts = Math.max(record.attempts + added(stored, mine, scenarioId, missionId), (other?.attempts ?? 0) + added(mine, stored, scenarioId, missionId));
      merged[missionId] = { ...kept, attempts };
    }
    done[scenarioId] = merged;
  }
  return { version: mine.version, done, runs, active: mine.active };
}

export function missionRecordOf(progress: MissionProgress, scenarioId: string, missionId: string): MissionRecord | undefined {
  return progress.done[scenarioId]?.[missionId];
}

/** Mission `index` is open when it is the first or the one before it was succeeded. */
export function isMissionOpen(progress: MissionProgress, scenarioId: string, missionIds: readonly string[], index: number): boolean {
  if (index <= 0) return true;
  return missionRecordOf(progress, scenarioId, missionIds[index - 1])?.outcome === 'reussie';
}

export interface ProgressStorage {
  read(): string | null;
  write(text: string): void;
  /** calls `changed` with the new text when another tab of the app writes it; returns the function that stops */
  watch?(changed: (text: string | null) => void): () => void;
}

/** localStorage when it works, else nothing remembered. */
export function browserProgressStorage(): ProgressStorage {
  return {
    read() {
      try {
        return typeof localStorage === 'undefined' ? null : localStorage.getItem(PROGRESS_KEY);
      } catch {
        return null;
      }
    },
    write(text) {
      try {
        if (typeof localStorage !== 'undefined') localStorage.setItem(PROGRESS_KEY, text);
      } catch {
        // full or blocked: progress lasts as long as the page
      }
    },
    // the browser tells the other tabs of a write (not the tab that wrote)
    watch(changed) {
      const heard = (event: StorageEvent) => {
        if (event.key === PROGRESS_KEY || event.key === null) changed(event.newValue);
      };
      globalThis.addEventListener?.('storage', heard);
      return () => globalThis.removeEventListener?.('storage', heard);
    },
  };
}
