/**
 * Why a programme has no control group (groupe témoin, engine controlGroupSize.ts): the engine draws
 * one only among the customers it may enrol, and only from CONTROL_GROUP_MIN of them held out. Two
 * different causes, two different ways forward (QA4 F1):
 * - `smallTarget`: even every customer of the target still there would not give one: widen the target;
 * - `consent`: the target was big enough, but an e-mail or SMS instrument may reach only those who
 *   consented (RGPD, consent.ts) and too few did: collect data first (it asks for consent), or pick an
 *   in-store tool.
 * Read from what the form knows before applying (enrolment.ts) and from the programme's KPI after
 * (ProgrammeKpi: enrolled, control group, withoutConsent); nothing is guessed.
 */
import type { ProgrammeKpi } from '../engine/types.ts';
import type { Enrolment } from './enrolment.ts';
import { controlGroupSize } from '../engine/controlGroupSize.ts';

export type NoControlReason = 'smallTarget' | 'consent';

/** Why there is no control group when `reachable` customers could be enrolled and `withoutConsent` more were left out for want of consent. */
export function noControlReason(reachable: number, withoutConsent: number): NoControlReason {
  return withoutConsent > 0 && controlGroupSize(reachable + withoutConsent) > 0 ? 'consent' : 'smallTarget';
}

let minimum: number | undefined;

/**
 * The fewest customers the engine must be able to enrol to hold out a control group: the smallest n
 * with controlGroupSize(n) >= CONTROL_GROUP_MIN, counted up once (≈300 steps) and then remembered, as
 * it depends only on the engine's constants (every programme row of the tables asks for it).
 */
export function minimumForControl(): number {
  if (minimum === undefined) {
    let n = 1;
    while (controlGroupSize(n) === 0) n++;
    minimum = n;
  }
  return minimum;
}

/** What the texts say about a programme without control group: why, and for `consent` how many consented out of how many targeted. */
export interface NoControl {
  reason: NoControlReason;
  /** customers who could be contacted (they consented): all enrolled */
  consented: number;
  /** customers of the target still there at launch (consented or not) */
  targeted: number;
  /** the fewest consenting customers that would have given a control group */
  needed: number;
}

/** Why a launched programme has no control group, from its KPI; null when it has one. */
export function programmeNoControl(p: Pick<ProgrammeKpi, 'targeted' | 'controlGroup' | 'withoutConsent'>): NoControl | null {
  if (p.controlGroup > 0) return null;
  const withoutConsent = p.withoutConsent ?? 0;
  return { reason: noControlReason(p.targeted, withoutConsent), consented: p.targeted, targeted: p.targeted + withoutConsent, needed: minimumForControl() };
}

/** Why the strategy form's enrolment (enrolment.ts) gets no control group; null when it gets one or enrols nobody. */
export function enrolmentNoControl(e: Pick<Enrolment, 'targeted' | 'lost' | 'withoutConsent' | 'control' | 'enrolled'>): NoControl | null {
  if (e.control > 0 || e.enrolled === 0) return null;
  return { reason: noControlReason(e.enrolled, e.withoutConsent), consented: e.enrolled, targeted: e.targeted - e.lost, needed: minimumForControl() };
}
