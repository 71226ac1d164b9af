/**
 * What unresolved complaints cost in customers over a game, both halves (QA verify3 V5): the complainers
 * who left (departures « Réclamation mal traitée ») and the would-be customers their word of mouth turned
 * away (engine KPIs' deterredByComplaints: each unresolved complaint is told to UNRESOLVED_COMPLAINT_TOLD
 * people, REFERRAL_CONVERSION of whom stay away, src/engine/acquisition.ts organicMean). The second half is
 * the larger: ignoring every complaint loses fewer customers in departures than « rapide » but turns many
 * more away, so the departures alone make ignoring look better. Shown by the Bilan (DebriefDepartures) and
 * the dashboard's « Nouveaux clients » card and glass boxes. Pure.
 */
import type { TickKpis } from '../engine/types.ts';
import { REFERRAL_CONVERSION, UNRESOLVED_COMPLAINT_TOLD } from '../engine/params.ts';

export interface ComplaintWordOfMouth {
  /** would-be customers turned away since the start, rounded to a whole number (the engine's is an expected number) */
  deterred: number;
  /** customers who left after a complaint badly handled (departure cause reclamationMalTraitee) */
  leftAfterComplaint: number;
  /** complaints not resolved since the start (ignored, unresolved or unpaid) */
  unresolved: number;
}

/** The rule's constants, for the « Comment est-ce calculé ? » line. */
export const WORD_OF_MOUTH_RULE = {
  told: UNRESOLVED_COMPLAINT_TOLD,
  conversion: REFERRAL_CONVERSION,
  /** walk-ins fewer per unresolved complaint (1,3) */
  perComplaint: Math.round(UNRESOLVED_COMPLAINT_TOLD * REFERRAL_CONVERSION * 100) / 100,
} as const;

/**
 * Both halves over `kpis`; null when there is nothing to say (no period, no complaint) or when a period
 * does not record the turned-away customers (a game saved before 2026-12-02: a sum of some periods only
 * would understate them).
 */
export function complaintWordOfMouth(kpis: readonly TickKpis[]): ComplaintWordOfMouth | null {
  let deterred = 0;
  let left = 0;
  let complaints = 0;
  let unresolved = 0;
  for (const k of kpis) {
    if (k.deterredByComplaints === undefined) return null;
    deterred += k.deterredByComplaints;
    left += k.departuresByCause.reclamationMalTraitee ?? 0;
    complaints += k.complaints;
    unresolved += k.complaints - k.complaintsResolved;
  }
  if (complaints === 0) return null;
  return { deterred: Math.round(deterred), leftAfterComplaint: left, unresolved };
}
