/**
 * The result file format: what a learner hands in at the end of a run so that the teacher's copy
 * of the app can replay it and confirm or refute it. It carries everything the replay needs (the
 * full validated scenario, even an edited one, the seed, the decisions log, the ticks played) and
 * what the learner claims (the final state hash and summary KPIs). Types come from this schema.
 */
import { z } from 'zod/mini';
import { decisionsLogSchema } from '../engine/decisions.ts';
import { localizedText, scenarioSchema } from '../scenario/schema.ts';
import { seedTargetsSchema } from './seedTargetsSchema.ts';
import { TOOLS } from '../missions/tools.ts';
import { resultModeSchema, toolSchema } from '../presets/runClassSchema.ts';
import { MAX_LEARNER_CHARS, RESULT_FORMAT, RESULT_FORMAT_VERSION } from './resultMode.ts';

// the format's constants and mode live in resultMode.ts (the learner's app imports them without this schema)
export { MAX_LEARNER_CHARS, RESULT_FORMAT, RESULT_FORMAT_VERSION, type ResultMode } from './resultMode.ts';
export { resultModeSchema } from '../presets/runClassSchema.ts';
/** More actions than this in one tick is not a learner's file. */
export const MAX_ACTIONS_PER_TICK = 200;

const finite = z.number().check(z.refine(Number.isFinite, 'finiteNumber'));

/** One objective of the scenario as graded by evaluateObjectives (src/engine/objectives.ts) at the end of the run. */
export const gradedObjectiveSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  /** 'enCours' when its checkpoint is after the ticks played */
  state: z.enum(['enCours', 'atteint', 'manque']),
  /** the objective's metric at its checkpoint (or now); null when not measurable */
  value: z.nullable(finite),
  pointsEarned: z.int().check(z.gte(0), z.lte(1_000_000)),
  pointsPossible: z.int().check(z.gte(0), z.lte(1_000_000)),
});
export type GradedObjective = z.infer<typeof gradedObjectiveSchema>;

/** What the learner's run ended with; recomputed from the replay and compared field by field. */
export const resultSummarySchema = z.object({
  cumulativeTurnover: finite,
  cumulativeGrossMargin: finite,
  cumulativeNetMargin: finite,
  /** of the last tick played (null when no tick was played) */
  retentionRate: z.nullable(finite),
  churnRate: z.nullable(finite),
  activeCustomers: z.int().check(z.gte(0)),
  budgetLeft: finite,
  objectives: z.array(gradedObjectiveSchema).check(z.maxLength(100)),
  objectivePoints: z.int().check(z.gte(0)),
  objectiveMaxPoints: z.int().check(z.gte(0)),
});
export type ResultSummary = z.infer<typeof resultSummarySchema>;

/** One mission of the shop's path the learner attempted in this browser (src/missions/progress.ts), as the learner's browser recorded it. */
export const handedMissionSchema = z.object({
  /** its place in the path, from 1 */
  number: z.int().check(z.gte(1), z.lte(50)),
  /** the mission's id in the path file (scenarios/missions/<shop>.json), which names its title */
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  title: localizedText,
  /** the best outcome kept (a success is never overwritten by a later failure) */
  outcome: z.enum(['reussie', 'echouee']),
  attempts: z.int().check(z.gte(0), z.lte(1_000_000)),
  /** a question mission's right answer, once given */
  answer: z.optional(z.nullable(z.int().check(z.gte(0), z.lte(10_000_000)))),
  /** ISO date the kept outcome was decided (absent for progress recorded before it was kept) */
  at: z.optional(z.string().check(z.maxLength(40))),
  /**
   * the file's own mission only: its run was started under the mission's ObjectiveCheck.keepProgrammes (mission 2 since
   * 06/12/2026, missions 4 to 6 since GRADING_RULES 3), so the class view's replay check applies it (missionRows.ts); absent: an older run, graded without it, as
   * the learner's browser graded it
   */
  keepProgrammes: z.optional(z.literal(true)),
  /**
   * the same for the mission's ObjectiveCheck.measuredAfter (mission 3 since GRADING_RULES 4: the questionnaire that counts
   * comes after the complaint policy); absent: a run started before that rule, or an older file, graded without it
   */
  measuredAfter: z.optional(z.literal(true)),
  /**
   * the same for the mission's ObjectiveCheck.keepRunning (mission 5 since GRADING_RULES 6: the personalisation not stopped
   * during its set-up); absent: a run started before that rule, or an older file, graded without it
   */
  keepRunning: z.optional(z.literal(true)),
  /**
   * the same for GRADING_RULES 7's reading of ObjectiveCheck.keepRunning: the kept programme must act within the game (not
   * stopped during its set-up, not launched too late); absent: a run started before (graded on keepRunning's rule 6 only)
   */
  keepRunningActs: z.optional(z.literal(true)),
});
export type HandedMission = z.infer<typeof handedMissionSchema>;

/**
 * The learner's mission progress for the file's shop, handed in from a mission's bilan (« Rendre mon
 * travail »): declared by the learner's browser, not replayed, except the mission whose run the file
 * carries (`current`), whose objective the class view checks against the replay (classComparison.ts).
 */
export const handedMissionsSchema = z.object({
  /** the shop's id (the path's scenario) */
  shop: z.string().check(z.minLength(1), z.maxLength(200)),
  /** how many missions the shop's path has */
  total: z.int().check(z.gte(1), z.lte(50)),
  /** the number of the mission the file's run plays (its scenario `<shop>-mission-<n>`); null: the run is not a mission's */
  current: z.nullable(z.int().check(z.gte(1), z.lte(50))),
  attempted: z.array(handedMissionSchema).check(z.maxLength(50)),
});
export type HandedMissions = z.infer<typeof handedMissionsSchema>;

export const resultFileSchema = z
  .object({
    format: z.literal(RESULT_FORMAT),
    formatVersion: z.literal(RESULT_FORMAT_VERSION),
    appVersion: z.string().check(z.minLength(1), z.maxLength(40)),
    /** ISO date the file was made, for information only (not verified) */
    createdAt: z.optional(z.string().check(z.maxLength(40))),
    learner: z._default(z.string().check(z.maxLength(MAX_LEARNER_CHARS)), ''),
    runName: z.optional(z.string().check(z.maxLength(MAX_LEARNER_CHARS))),
    /** team the learner worked in (added later, optional: older files stay valid); files with the same team are pooled in the class view */
    team: z.optional(z.string().check(z.maxLength(MAX_LEARNER_CHARS))),
    scenario: scenarioSchema,
    seed: z.int().check(z.gte(0), z.lte(2 ** 31 - 1)),
    /** customer count given to the engine instead of the scenario's (omitted = the scenario's) */
    customers: z.optional(z.int().check(z.gte(1), z.lte(200_000))),
    mode: resultModeSchema,
    /**
     * a what-if branch's file: the periods of the original game it kept before being replayed (added
     * later, optional: an original game and older files have none). Read by the class view as a
     * variant, not ranked, whatever the run's name (a renamed branch's name says nothing)
     */
    branchTick: z.optional(z.int().check(z.gte(0), z.lte(260))),
    ticks: z.int().check(z.gte(0), z.lte(260)),
    decisions: decisionsLogSchema,
    stateHash: z.string().check(z.regex(/^[0-9a-f]{8,128}$/, 'stateHashFormat')),
    /** the engine's modelFingerprint() (added later, optional: older files stay valid) */
    modelFingerprint: z.optional(z.string().check(z.regex(/^[0-9a-f]{16}$/, 'fingerprintFormat'))),
    /**
     * the tools the teacher's class link locked or hid for this run (added later, optional: older files
     * stay valid, and say nothing of locks); the class view flags a decision of one of them
     */
    lock: z.optional(z.array(toolSchema).check(z.maxLength(TOOLS.length))),
    hide: z.optional(z.array(toolSchema).check(z.maxLength(TOOLS.length))),
    /**
     * the objectives' targets adjusted to the run's seed (src/engine/seedTargets.ts; added later,
     * optional: a default-seed run and older files have none). The scenario keeps its own targets; the
     * summary is graded against these, and verification recomputes them from the two no-action games
     */
    seedTargets: z.optional(seedTargetsSchema),
    /**
     * written by every file of an app that adjusts objectives to the seed (added with it, optional:
     * older files have none): true when the run's objectives follow the rule (`seedTargets` recorded
     * whenever the seed moves a target), false for a run created before it (its own targets, as
     * played). A file with true on such a seed but no `seedTargets` had them removed: refuted
     * (verifyResult.ts); a file without true on such a seed is shown as not adjusted (classComparison.ts)
     */
    seedAdjustment: z.optional(z.boolean()),
    summary: resultSummarySchema,
    /** a file handed in from a mission's bilan: the missions attempted (added later, optional: older files and free games have none) */
    missions: z.optional(handedMissionsSchema),
  })
  .check(
    z.superRefine((file, ctx) => {
      if (file.ticks > file.scenario.durationTicks)
        ctx.addIssue({ code: 'custom', path: ['ticks'], message: 'ticksOverDuration', params: { duration: file.scenario.durationTicks } });
      for (const [i, entry] of file.decisions.entries()) {
        if (entry.tick >= file.ticks)
          ctx.addIssue({ code: 'custom', path: ['decisions', i, 'tick'], message: 'decisionAfterLast', params: { ticks: file.ticks } });
        if (entry.actions.length > MAX_ACTIONS_PER_TICK)
          ctx.addIssue({ code: 'custom', path: ['decisions', i, 'actions'], message: 'tooManyActions', params: { max: MAX_ACTIONS_PER_TICK } });
      }
    }),
  );

export type ResultFile = z.output<typeof resultFileSchema>;
export type ResultFileInput = z.input<typeof resultFileSchema>;
