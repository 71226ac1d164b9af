/**
 * A verification as the class view keeps it between two visits (src/db/classRecords.ts): the
 * outcome without the parsed file, with the app version, the model fingerprint
 * (src/engine/modelFingerprint.ts) of the engine that replayed it and the number of the grading rules
 * it was graded by (appVersion.ts GRADING_RULES). Read back, an outcome is shown as is only if this very
 * version, model and grading rules produced it and the file's text still reads as a result file;
 * otherwise `restoreVerification` returns null and the view replays the file again, so the status a
 * teacher sees always comes from the engine and the rules they run now (the app version alone is not
 * bumped with every model or grading change).
 *
 * The outcome's texts (difference lines, warnings, errors) are kept as rendered, in the language
 * the app was in when it verified, and the outcome says which (`locale`). They are not rendered
 * again from structured fields because most have none: warnings and errors come as finished
 * sentences from the file reader and the scenario validator (zod issues, JSON positions, browser
 * read errors), and even a difference's recorded value embeds the « aucun » of its language. So an
 * outcome in another language (or an unknown one) is not shown: the file is verified again in the
 * current one (a failed read or a format error is found again without a replay). An outcome with no
 * text at all (confirmed, no warning) reads the same in every language and is kept. A file that could not
 * be read has nothing to verify again: its reason is shown as recorded, inside a sentence of the
 * current language. Pure.
 */
import type { FileLocale } from '../scenario/validate.ts';
import { fill, readableLearner, readResultFile, RESULT_TEXTS } from './readResultFile.ts';
import { isReplayFigures, type ReplayFigures } from './replayFigures.ts';
import { SUMMARY_KPIS } from './runSummary.ts';
import type { ResultFile } from './resultFileSchema.ts';
import { differenceLabel, type Difference, type Verification } from './verifyResult.ts';

/** The stored outcome (same fields as the db layer's StoredOutcome, which is checked with zod on read). */
/**
 * Who verifies: the app version, the engine's modelFingerprint() (null when it could not be computed:
 * nothing kept is trusted) and the grading rules (GRADING_RULES).
 */
export interface Verifier {
  appVersion: string;
  model: string | null;
  gradingRules: number;
}

export interface KeptOutcome {
  status: Verification['status'];
  appVersion: string;
  /** absent: kept before the fingerprint existed, or without one */
  model?: string;
  /** GRADING_RULES of the app that verified; absent: kept before the rules were numbered (older than 1) */
  gradingRules?: number;
  /** the language its texts are in (the app's, when verified); absent: kept before it was recorded, not known */
  locale?: string;
  verifiedAt: string;
  /** Difference fields; the values are checked again when read back */
  differences: { what: string; text: string; [field: string]: unknown }[];
  warnings: string[];
  errors: string[];
  /** the replay's own figures (replayFigures.ts); absent: kept before they existed, or invalid */
  replayed?: ReplayFigures;
}

const WHATS = new Set<string>(['stateHash', 'ticks', 'objective', 'seedTargets', ...SUMMARY_KPIS]);

const isValue = (v: unknown): v is string | number | null => v === null || typeof v === 'string' || typeof v === 'number';

/** A Difference as kept: every field, the label included (the class view names an objective or a rate by it). */
function keptDifference(d: Difference): KeptOutcome['differences'][number] {
  return {
    what: d.what,
    ...(d.id !== undefined ? { id: d.id } : {}),
    ...(d.label !== undefined ? { label: d.label } : {}),
    recorded: d.recorded,
    recomputed: d.recomputed,
    ...(d.claim !== undefined ? { claim: d.claim } : {}),
    text: d.text,
  };
}

/**
 * A stored line back as a Difference, or null when it is not one. A line kept without its label
 * (before it was kept) gets it again from the file, as the verification gave it (differenceLabel):
 * otherwise an objective would be named by its id (« objectif « marge » »).
 */
function differenceOf(d: KeptOutcome['differences'][number], file: ResultFile, locale: FileLocale): Difference | null {
  if (!WHATS.has(d.what) || !isValue(d.recorded) || !isValue(d.recomputed) || !(d.id === undefined || typeof d.id === 'string')) return null;
  if (!(d.label === undefined || typeof d.label === 'string') || !(d.claim === undefined || typeof d.claim === 'string')) return null;
  const what = d.what as Difference['what'];
  const label = d.label ?? differenceLabel(file, { what, ...(d.id !== undefined ? { id: d.id } : {}) }, locale);
  return { what, ...(d.id !== undefined ? { id: d.id } : {}), ...(label !== undefined ? { label } : {}), recorded: d.recorded, recomputed: d.recomputed, ...(d.claim !== undefined ? { claim: d.claim } : {}), text: d.text };
}

/** `verification`, made in `locale` (its texts are in that language), as kept. */
export function keepOutcome(verification: Verification, verifier: Verifier, verifiedAt: string, locale: FileLocale): KeptOutcome {
  const base = {
    status: verification.status,
    appVersion: verifier.appVersion,
    ...(verifier.model !== null ? { model: verifier.model } : {}),
    gradingRules: verifier.gradingRules,
    locale,
    verifiedAt,
    differences: [],
    warnings: [],
    errors: [],
  };
  if (verification.status === 'invalid') return { ...base, errors: [...verification.errors] };
  const replayed = verification.replayed ? { replayed: { ...verification.replayed } } : {};
  if (verification.status === 'confirmed') return { ...base, warnings: [...verification.warnings], ...replayed };
  return {
    ...base,
    warnings: [...verification.warnings],
    ...replayed,
    differences: verification.differences.map(keptDifference),
  };
}

/** Whether `outcome` came from this app version, engine model and grading rules (none kept: older rules). */
export function sameVerifier(outcome: KeptOutcome, verifier: Verifier): boolean {
  return outcome.appVersion === verifier.appVersion && verifier.model !== null && outcome.model === verifier.model && outcome.gradingRules === verifier.gradingRules;
}

/** Whether `outcome` can be shown in `locale`: its texts are in that language, or it has none. */
export function inLocale(outcome: KeptOutcome, locale: FileLocale): boolean {
  return outcome.locale === locale || (outcome.differences.length === 0 && outcome.warnings.length === 0 && outcome.errors.length === 0);
}

/**
 * The verification of a file that could not be read (no text kept, so nothing to verify again): its
 * recorded reason, as is in its own language, or inside a sentence of `locale` when it is in another.
 */
export function unreadVerification(outcome: KeptOutcome, locale: FileLocale): Verification {
  if (inLocale(outcome, locale)) return { status: 'invalid', errors: outcome.errors };
  const texts = RESULT_TEXTS[locale];
  return { status: 'invalid', errors: [fill(texts.invalid.notReadKept, { reason: outcome.errors.join(texts.listSeparator) })] };
}

/**
 * The verification to show for a stored file, or null when it must be verified again: no outcome
 * yet (the tab closed while it was verified), an outcome from another app version, engine model or
 * grading rules (or none known: a rule added since, e.g. a file whose seed adjustment was removed refuted,
 * a file naming no model put with otherModel, an objective checked at every period, is applied once the
 * outcome is verified again), one whose texts are in another language than `locale` (or an unknown one),
 * or a text that no longer reads as a result file, or an outcome kept without the replay's own figures
 * (replayFigures.ts: kept before they existed). A file that could not even be read (`text` null) keeps its
 * stored reason (unreadVerification): there is nothing to verify again.
 */
export function restoreVerification(text: string | null, outcome: KeptOutcome | null, verifier: Verifier, locale: FileLocale): Verification | null {
  if (text === null) return outcome?.status === 'invalid' ? unreadVerification(outcome, locale) : null;
  if (!outcome || !sameVerifier(outcome, verifier) || !inLocale(outcome, locale)) return null;
  if (outcome.status === 'invalid') {
    const learner = readableLearner(text);
    return { status: 'invalid', errors: outcome.errors, ...(learner ? { learner } : {}) };
  }
  // kept before the replay's own figures were: replayed again to have them
  if (!isReplayFigures(outcome.replayed)) return null;
  const replayed = { ...outcome.replayed };
  const read = readResultFile(text, locale);
  if (!read.ok) return null;
  if (outcome.status === 'confirmed') return { status: 'confirmed', file: read.file, warnings: outcome.warnings, replayed };
  const differences = outcome.differences.map((d) => differenceOf(d, read.file, locale));
  if (differences.length === 0 || differences.some((d) => d === null)) return null;
  return { status: outcome.status, file: read.file, warnings: outcome.warnings, differences: differences as Difference[], replayed };
}
