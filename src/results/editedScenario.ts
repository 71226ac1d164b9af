/**
 * Whether a file's scenario is a shipped scenario changed: same id as one the app ships, other
 * content (fingerprint.ts). The class view says so before any contradicted figure: a refuted
 * file whose scenario was edited (3 000 customers made 3 001) has its rates contradicted by a few
 * thousandths, and the edit is the thing to tell the teacher first. A scenario of another id (a
 * teacher's own shop) is not compared. An earlier version the app itself shipped (an objective
 * retuned since) is not an edit: src/scenario/shippedHistory.json lists the fingerprint of every
 * version of each shipped scenario, newest first (written by src/cli/scenarioHistory.ts from git,
 * imported here only, so only the class view's chunk carries it). Pure.
 */
import type { Scenario } from '../scenario/schema.ts';
import shippedHistory from '../scenario/shippedHistory.json';
import { fingerprint } from './fingerprint.ts';

/** Fingerprints of every version of each shipped scenario, by id, the current one first. */
export type ShippedHistory = Readonly<Record<string, readonly string[]>>;

/** The versions the app has shipped (src/scenario/shippedHistory.json). */
export const SHIPPED_HISTORY: ShippedHistory = shippedHistory;

/** The shipped scenarios' fingerprints by id. */
export function shippedFingerprints(scenarios: readonly Scenario[]): Map<string, string> {
  return new Map(scenarios.map((s) => [s.id, fingerprint(s)]));
}

/** True when `scenarioId` is a shipped scenario's and `scenarioFingerprint` is not its fingerprint. */
export function editedShippedScenario(scenarioId: string | null, scenarioFingerprint: string | null, shipped: ReadonlyMap<string, string>): boolean {
  if (scenarioId === null || scenarioFingerprint === null) return false;
  const own = shipped.get(scenarioId);
  return own !== undefined && own !== scenarioFingerprint;
}

/**
 * What the class view says of a file whose scenario differs from the shipped one of its id:
 * 'earlierVersion' when it is a version the app shipped before (`history`), said neutrally;
 * otherwise 'edited' (said in red: the scenario was changed), or, for a file made with another
 * version of the model ('otherModel'), 'changedSince': the app's own scenario may have changed
 * since, which says nothing of the learner; null when it is the shipped one, or not shipped.
 */
export function shippedScenarioNote(
  row: { status: string; scenarioId: string | null; scenarioFingerprint: string | null },
  shipped: ReadonlyMap<string, string>,
  history: ShippedHistory = SHIPPED_HISTORY,
): 'edited' | 'earlierVersion' | 'changedSince' | null {
  if (!editedShippedScenario(row.scenarioId, row.scenarioFingerprint, shipped)) return null;
  if (Object.hasOwn(history, row.scenarioId!) && history[row.scenarioId!].includes(row.scenarioFingerprint!)) return 'earlierVersion';
  return row.status === 'otherModel' ? 'changedSince' : 'edited';
}
