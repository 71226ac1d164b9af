/**
 * What the teacher's class view keeps between two lessons (schema v5, stores `classFiles` and
 * `classTeams`): the imported result files with their verification outcome, and the teams the
 * teacher formed. zod/mini checks every record read back (a damaged one is skipped and counted,
 * never a crash); the types come from these schemas.
 *
 * One class at a time: the class view holds one class, so the records carry no class id (a class
 * is cleared as a whole, `clearClass`).
 */
import { z } from 'zod/mini';

const text = (max: number) => z.string().check(z.maxLength(max));
const key = text(100).check(z.minLength(1));
const isoDate = text(40);

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
 * replayed the file: an outcome from another version or model is not shown as is (the class view
 * verifies the file again), so a « confirmé » always comes from the engine the teacher has now. The parsed file is not stored: it is read again from
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
  verifiedAt: isoDate,
  differences: z.array(storedDifferenceSchema).check(z.maxLength(1000)),
  warnings: z.array(text(2000)).check(z.maxLength(1000)),
  /** why the file is invalid (invalid only) */
  errors: z.array(text(4000)).check(z.maxLength(1000)),
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
});
export type ClassFileRecord = z.infer<typeof classFileRecordSchema>;

export const classTeamRecordSchema = z.object({
  id: key,
  name: text(200),
  createdAt: isoDate,
  /** ids of its members' classFiles records, in the order the teacher ticked them */
  fileIds: z.array(key).check(z.maxLength(MAX_STORED_CLASS_FILES)),
});
export type ClassTeamRecord = z.infer<typeof classTeamRecordSchema>;
