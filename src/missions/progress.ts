/**
 * Mission progress remembered by the browser (localStorage, key `fidelis.missions`): each
 * mission's best outcome and attempts, and the mission being played (its run id). Read through a
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

const attemptFields = {
  /** question missions: the right answer once given, and the answers tried */
  answer: z._default(z.nullable(z.int().check(z.gte(0), z.lte(10_000_000))), null),
  tries: z._default(z.int().check(z.gte(0), z.lte(1_000_000)), 0),
  /** the outcome of this attempt is in `done` already */
  recorded: z._default(z.boolean(), false),
};
const attempt = z.object(attemptFields);
/** What one timeline of the mission has done: each timeline (the run, a what-if branch of it) is an attempt. */
export type MissionAttempt = z.infer<typeof attempt>;

const activeMission = z.object({
  runId: z.string().check(z.minLength(1), z.maxLength(200)),
  scenarioId: z.string().check(z.minLength(1), z.maxLength(200)),
  missionId: z.string().check(z.minLength(1), z.maxLength(200)),
  ...attemptFields,
  /**
   * The what-if branches of the mission's run (and of its branches), by run id: a branch replays the
   * mission's scenario with its locks and is checked like the run, as one more attempt.
   */
  branches: z._default(z.record(z.string().check(z.minLength(1), z.maxLength(200)), attempt), {}),
});
export type ActiveMission = z.infer<typeof activeMission>;

export const progressSchema = z.object({
  version: z.literal(1),
  /** scenario id -> mission id -> record */
  done: z.record(z.string().check(z.maxLength(200)), z.record(z.string().check(z.maxLength(200)), missionRecord)),
  active: z.nullable(activeMission),
});
export type MissionProgress = z.infer<typeof progressSchema>;

export const EMPTY_PROGRESS: MissionProgress = { version: 1, done: {}, active: null };

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

const NEW_ATTEMPT: MissionAttempt = { answer: null, tries: 0, recorded: false };

/** The attempt `runId` plays for the active mission: its run or one of its branches; null when it plays another game. */
export function attemptOf(active: ActiveMission, runId: string | null): MissionAttempt | null {
  if (runId === null) return null;
  if (runId === active.runId) return { answer: active.answer, tries: active.tries, recorded: active.recorded };
  return Object.hasOwn(active.branches, runId) ? active.branches[runId] : null;
}

/** The active mission with `runId`'s attempt replaced (`runId` is its run or one of its branches). */
export function withAttempt(active: ActiveMission, runId: string, next: MissionAttempt): ActiveMission {
  if (runId === active.runId) return { ...active, ...next };
  return { ...active, branches: { ...active.branches, [runId]: next } };
}

/** The active mission once `branchRunId` has branched from `parentRunId`: a new attempt when the parent plays the mission, else unchanged. */
export function withBranch(active: ActiveMission, parentRunId: string, branchRunId: string): ActiveMission {
  if (attemptOf(active, parentRunId) === null || attemptOf(active, branchRunId) !== null) return active;
  return withAttempt(active, branchRunId, NEW_ATTEMPT);
}

/**
 * What to store when `mine` (this tab's copy) is written over `stored` (what the storage holds now, maybe written by
 * another tab since this one read it): the missions done in either, a success never downgraded (its answer and date
 * kept with it), the larger count of attempts; the mission being played is the writer's.
 */
export function mergeProgress(stored: MissionProgress, mine: MissionProgress): MissionProgress {
  const done = { ...stored.done };
  for (const [scenarioId, records] of Object.entries(mine.done)) {
    const merged = { ...done[scenarioId] };
    for (const [missionId, record] of Object.entries(records)) {
      const other = merged[missionId];
      const kept = other?.outcome === 'reussie' && record.outcome !== 'reussie' ? other : record;
      merged[missionId] = other ? { ...kept, attempts: Math.max(record.attempts, other.attempts) } : record;
    }
    done[scenarioId] = merged;
  }
  return { ...mine, done };
}

/**
 * The active mission when mission `missionId` of `scenarioId` starts again as run `runId`: the earlier runs of the same
 * mission (and their what-if branches) stay its attempts, so a run that succeeded, opened again from the saved games,
 * still plays the mission and hands in its success (QA qa19 F4); another mission starts afresh.
 */
export function restartedActive(before: ActiveMission | null, runId: string, scenarioId: string, missionId: string): ActiveMission {
  const earlier =
    before && before.scenarioId === scenarioId && before.missionId === missionId && before.runId !== runId
      ? { ...before.branches, [before.runId]: { answer: before.answer, tries: before.tries, recorded: before.recorded } }
      : {};
  return { runId, scenarioId, missionId, ...NEW_ATTEMPT, branches: earlier };
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
