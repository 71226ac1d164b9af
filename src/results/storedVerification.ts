/**
 * A verification as the class view keeps it between two visits (src/db/classRecords.ts): the
 * outcome without the parsed file, with the app version and the model fingerprint
 * (src/engine/modelFingerprint.ts) of the engine that replayed it. Read back, an outcome is shown as
 * is only if this very version and model produced it and the file's text still reads as a result
 * file; otherwise `restoreVerification` returns null and the view replays the file again, so the
 * status a teacher sees always comes from the engine they run now (the app version alone is not
 * bumped with every model change). Pure.
 */
import type { FileLocale } from '../scenario/validate.ts';
import { readResultFile } from './readResultFile.ts';
import { SUMMARY_KPIS } from './runSummary.ts';
import type { Difference, Verification } from './verifyResult.ts';

/** The stored outcome (same fields as the db layer's StoredOutcome, which is checked with zod on read). */
/** Who verifies: the app version and the engine's modelFingerprint() (null when it could not be computed: nothing kept is trusted). */
export interface Verifier {
  appVersion: string;
  model: string | null;
}

export interface KeptOutcome {
  status: Verification['status'];
  appVersion: string;
  /** absent: kept before the fingerprint existed, or without one */
  model?: string;
  verifiedAt: string;
  /** Difference fields; the values are checked again when read back */
  differences: { what: string; text: string; [field: string]: unknown }[];
  warnings: string[];
  errors: string[];
}

const WHATS = new Set<string>(['stateHash', 'ticks', 'objective', ...SUMMARY_KPIS]);

const isValue = (v: unknown): v is string | number | null => v === null || typeof v === 'string' || typeof v === 'number';

/** A stored line back as a Difference, or null when it is not one. */
function differenceOf(d: KeptOutcome['differences'][number]): Difference | null {
  if (!WHATS.has(d.what) || !isValue(d.recorded) || !isValue(d.recomputed) || !(d.id === undefined || typeof d.id === 'string')) return null;
  return { what: d.what as Difference['what'], ...(d.id !== undefined ? { id: d.id } : {}), recorded: d.recorded, recomputed: d.recomputed, text: d.text };
}

export function keepOutcome(verification: Verification, verifier: Verifier, verifiedAt: string): KeptOutcome {
  const base = {
    status: verification.status,
    appVersion: verifier.appVersion,
    ...(verifier.model !== null ? { model: verifier.model } : {}),
    verifiedAt,
    differences: [],
    warnings: [],
    errors: [],
  };
  if (verification.status === 'invalid') return { ...base, errors: [...verification.errors] };
  if (verification.status === 'confirmed') return { ...base, warnings: [...verification.warnings] };
  return {
    ...base,
    warnings: [...verification.warnings],
    differences: verification.differences.map((d) => ({ what: d.what, ...(d.id !== undefined ? { id: d.id } : {}), recorded: d.recorded, recomputed: d.recomputed, text: d.text })),
  };
}

/**
 * The verification to show for a stored file, or null when it must be verified again: no outcome
 * yet (the tab closed while it was verified), an outcome from another app version or engine model
 * (or none known), or a text that no longer reads as a result file. A file that could not even be read (`text` null) keeps its
 * stored reason: there is nothing to verify again.
 */
export function restoreVerification(text: string | null, outcome: KeptOutcome | null, verifier: Verifier, locale: FileLocale): Verification | null {
  if (text === null) return outcome?.status === 'invalid' ? { status: 'invalid', errors: outcome.errors } : null;
  if (!outcome || outcome.appVersion !== verifier.appVersion || verifier.model === null || outcome.model !== verifier.model) return null;
  if (outcome.status === 'invalid') return { status: 'invalid', errors: outcome.errors };
  const read = readResultFile(text, locale);
  if (!read.ok) return null;
  if (outcome.status === 'confirmed') return { status: 'confirmed', file: read.file, warnings: outcome.warnings };
  const differences = outcome.differences.map(differenceOf);
  if (differences.length === 0 || differences.some((d) => d === null)) return null;
  return { status: outcome.status, file: read.file, warnings: outcome.warnings, differences: differences as Difference[] };
}
