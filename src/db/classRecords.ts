/**
 * What the teacher's class view keeps between two lessons (schema v5, stores `classFiles` and
 * `classTeams`): the imported result files with their verification outcome, and the teams the
 * teacher formed. zod/mini checks every record read back (a damaged one is skipped and counted,
 * never a crash); the types come from these schemas.
 *
 * Several classes (groups, e.g. « MCO 1 », « NDRC 2 »): a record names its class in `group`; a record
 * without it (or with an empty one) belongs to the default class, so the records kept before classes
 * had names (schema v5 as first shipped) stay valid as they are, with no migration. A class is a few
 * dozen records and a teacher has a few classes: they are told apart in memory after one getAll
 * (classRepository.ts), no index. A named class also keeps its name as a record of its own (a
 * memberless team, `classNameRecord`), so that a class the teacher created stays, even while empty,
 * until it is cleared.
 */
import { z } from 'zod/mini';
import { TOOLS } from '../missions/tools.ts';

const text = (max: number) => z.string().check(z.maxLength(max));
const key = text(100).check(z.minLength(1));
const isoDate = text(40);
/** A programme of the replay that never acted (missions/evaluate.ts SetupStop): stopped during its set-up, or launched too late (`late`). */
const setupStopRecord = z.object({ id: text(200), type: z.enum(TOOLS), startTick: z.int(), tick: z.int(), effectTick: z.int(), late: z.optional(z.literal(true)) });

/** Longest class name kept (« BTS MCO 1re année, groupe B » fits). */
export const MAX_CLASS_NAME = 60;
/** The default class: the records that name no class (all of them before classes had names). */
export const DEFAULT_CLASS = '';

/** A class name as kept: trimmed, inner runs of spaces made one, at most MAX_CLASS_NAME characters. */
export function normalizeClassName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').slice(0, MAX_CLASS_NAME).trim();
}

/** The class a stored record belongs to (DEFAULT_CLASS when it names none). */
export function classOf(record: { group?: string }): string {
  return typeof record.group === 'string' ? normalizeClassName(record.group) : DEFAULT_CLASS;
}

/** DEFAULT_CLASS first (always there), then the other names once each, in French order (« MCO 2 » before « MCO 10 »). */
export function sortClassNames(names: Iterable<string>): string[] {
  const named = [...new Set(names)].filter((n) => n !== DEFAULT_CLASS);
  return [DEFAULT_CLASS, ...named.sort((a, b) => a.localeCompare(b, 'fr', { numeric: true }) || (a < b ? -1 : a > b ? 1 : 0))];
}

/** `record` stamped with the class `name` (no `group` at all for the default class, as v5 records were first written). */
export function inClass<T extends { group?: string }>(record: T, name: string): T {
  const group = normalizeClassName(name);
  const copy = { ...record };
  delete copy.group;
  return group === DEFAULT_CLASS ? copy : { ...copy, group };
}

/** Largest file text kept: the class view reads no result file above 16 M characters (readResultFile.ts). */
export const MAX_STORED_RESULT_CHARS = 16 * 1024 * 1024;
/** The class view takes at most this many files (classComparison.ts MAX_CLASS_FILES); stored lists stay below. */
export const MAX_STORED_CLASS_FILES = 200;

/**
 * One line of what a replay did not reproduce (verifyResult.ts `Difference`), as verified: `what`
 * and the line shown are checked here; the recorded and recomputed values (string, number or null)
 * are checked by src/results/storedVerification.ts, which turns the line back into a Difference.
 * (A loose object rather than a union of string and number: zod/mini is in the startup chunk, and
 * z.union, used nowhere else, would add its code there.)
 */
export const storedDifferenceSchema = z.looseObject({
  what: text(60),
  text: text(2000),
});
export type StoredDifference = z.infer<typeof storedDifferenceSchema>;

/**
 * The verification outcome, with the app version and the model fingerprint of the engine that
 * replayed the file and the language of its texts: an outcome from another version or model, or in
 * another language, is not shown as is (the class view verifies the file again), so a « confirmé » always comes from the engine the teacher has now. The parsed file is not stored: it is read again from
 * `text` (no replay), which also checks it against the current result format.
 */
export const storedOutcomeSchema = z.object({
  status: z.enum(['confirmed', 'otherModel', 'refuted', 'invalid']),
  /** APP_VERSION of the app that verified (src/results/appVersion.ts) */
  appVersion: text(40).check(z.minLength(1)),
  /**
   * modelFingerprint() of the engine that verified (src/engine/modelFingerprint.ts): the app version
   * is not bumped with every model change, the fingerprint is. Absent: not trusted, verified again.
   */
  model: z.optional(text(40)),
  /**
   * GRADING_RULES of the app that verified (src/results/appVersion.ts): the number of the grading rules,
   * raised when grading changes without a new app version or model. Absent (kept before the rules were
   * numbered): older rules, verified again. Any number, so that a later app's record stays valid here.
   */
  gradingRules: z.optional(z.number()),
  /**
   * the app's language when it verified, the language of the texts below (they are kept rendered);
   * absent (kept before it was recorded): not known, verified again unless there is no text. Any
   * string, so that a language added later does not make the record invalid for this app.
   */
  locale: z.optional(text(20)),
  verifiedAt: isoDate,
  differences: z.array(storedDifferenceSchema).check(z.maxLength(1000)),
  warnings: z.array(text(2000)).check(z.maxLength(1000)),
  /** why the file is invalid (invalid only) */
  errors: z.array(text(4000)).check(z.maxLength(1000)),
  /**
   * figures of the replay itself, not claimed by the file (src/results/replayFigures.ts: the yearly
   * retention, 0..1 or null); absent (kept before they existed): the file is verified again
   */
  replayed: z.optional(
    z.object({
      yearlyRetention: z.nullable(z.number().check(z.gte(0), z.lte(1))),
      // the actions the engine refused in the replay (absent in outcomes kept before it existed)
      refused: z.optional(z.array(z.object({ tick: z.int(), actionIndex: z.int() }))),
      // the first programme the budget stopped in the replay, null if none (absent in outcomes kept before it existed)
      budgetStop: z.optional(z.nullable(z.object({ id: text(200), tick: z.int() }))),
      // the period of the last questionnaire the replay measured, null if none (absent in outcomes kept before it existed)
      questionnaireTick: z.optional(z.nullable(z.int())),
      // the programmes the learner stopped during their set-up in the replay (absent in outcomes kept before it existed)
      setupStops: z.optional(z.array(setupStopRecord).check(z.maxLength(100))),
      // the tools none of whose programmes acted within the replayed game, stopped or launched too late (absent in outcomes kept before GRADING_RULES 7)
      notActed: z.optional(z.array(setupStopRecord).check(z.maxLength(100))),
    }),
  ),
});
export type StoredOutcome = z.infer<typeof storedOutcomeSchema>;

export const classFileRecordSchema = z.object({
  /** random key given at import */
  id: key,
  fileName: text(300),
  /** ISO 8601, when the teacher imported it: the view lists files in this order */
  addedAt: isoDate,
  /** position among the files imported together (same addedAt) */
  order: z.int().check(z.gte(0)),
  /** the file's content as read; null when it could not be read (too big, read error): its outcome says why */
  text: z.nullable(z.string().check(z.maxLength(MAX_STORED_RESULT_CHARS))),
  /** null while not verified yet (the view verifies it on the next visit) */
  outcome: z.nullable(storedOutcomeSchema),
  /** the class (group) it was imported into; absent: the default class */
  group: z.optional(text(MAX_CLASS_NAME)),
});
export type ClassFileRecord = z.infer<typeof classFileRecordSchema>;

export const classTeamRecordSchema = z.object({
  id: key,
  name: text(200),
  createdAt: isoDate,
  /** ids of its members' classFiles records, in the order the teacher ticked them */
  fileIds: z.array(key).check(z.maxLength(MAX_STORED_CLASS_FILES)),
  /** the class (group) it was formed in, as its members'; absent: the default class */
  group: z.optional(text(MAX_CLASS_NAME)),
});
export type ClassTeamRecord = z.infer<typeof classTeamRecordSchema>;

/**
 * The record that keeps a named class's name, so that the class survives a reload while empty (a
 * class is otherwise only the `group` of its files and teams): a team record without members, keyed
 * `class:<name>`. A record of an existing store and shape, so no schema change: an app built before
 * it reads it as a team without members, which the view already leaves out. Team keys are random
 * (crypto.randomUUID), so none is taken for it. The default class has none (it is always listed).
 */
export function classNameRecord(name: string): ClassTeamRecord {
  const group = normalizeClassName(name);
  return { id: `class:${group}`, name: group, createdAt: '', fileIds: [], group };
}

/** Whether a stored team is a class's name record (classNameRecord) rather than a team the teacher formed. */
export function isClassNameRecord(team: ClassTeamRecord): boolean {
  const group = classOf(team);
  return group !== DEFAULT_CLASS && team.fileIds.length === 0 && team.id === `class:${group}`;
}
