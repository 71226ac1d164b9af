/**
 * Service incidents, complaints and their handling. A visit goes wrong with the scenario's
 * incident rate (x the 'vagueIncidents' event); most dissatisfied customers do not complain
 * (scenario complaintPropensity, a little more when dissatisfied); the shop's complaint policy
 * decides whether a complaint is resolved, and how fast. The share still loyal afterwards follows
 * TARP (MODEL.md); the departure it implies feeds the dropout hazard of this tick. Excellent
 * recovery adds a small satisfaction bonus only (recovery paradox, de Matos et al. 2007).
 * Handling is paid from what the budget has left after the programmes' and surveys' reserve
 * (ctx.complaintBudget); a complaint it cannot pay is not handled, with a 'reclamationSansBudget' event.
 */
import type { TickContext } from './context.ts';
import { powInt } from './detMath.ts';
import { EV, logEvent } from './events.ts';
import * as P from './params.ts';
import { uniformBelowH, uniformH } from './rng.ts';
import { COMPLAINT_POLICIES } from './state.ts';
import { complaintUnitCost } from './unitCosts.ts';
import { DEPARTURE_CAUSES } from './vocabulary.ts';
import type { Scenario } from '../scenario/schema.ts';

const CAUSE_DISSATISFACTION = DEPARTURE_CAUSES.indexOf('insatisfaction');
const CAUSE_COMPLAINT = DEPARTURE_CAUSES.indexOf('reclamationMalTraitee');

/** Chance that an incident becomes a complaint: the scenario's propensity, a little more when dissatisfied (also complaintForecast.ts). */
export function complaintChance(scenario: Pick<Scenario, 'service'>, satisfaction: number): number {
  return Math.min(1, scenario.service.complaintPropensity * (1 + P.COMPLAINT_DISSATISFACTION_BOOST * (1 - satisfaction)));
}

/** A tick without a visit: no incident, no complaint (ctx.cur). */
export function noService(cur: TickContext['cur']): void {
  cur.incident = 0;
  cur.complaintHazard = 0;
  cur.complaintCause = CAUSE_DISSATISFACTION;
}

/** Incident and complaint of customer i who made `visits` purchases this tick; sets ctx.cur. */
export function serviceStep(ctx: TickContext, i: number, visits: number): void {
  const cur = ctx.cur;
  noService(cur);
  if (visits === 0 || ctx.incidentRate <= 0) return;
  const pIncident = 1 - powInt(1 - ctx.incidentRate, visits);
  // u < pIncident decided on the uniform's first lane in general (same answer as the full uniform)
  if (!uniformBelowH(ctx.keys.incident, ctx.cur.hash, 0, pIncident)) return;
  const c = ctx.state.customers;
  const ctr = ctx.counters;
  cur.incident = 1;
  ctr.incidents++;
  logEvent(ctx.state, i, EV.incident, 0);
  const s = c.satisfaction[i];
  const pComplain = complaintChance(ctx.scenario, s);
  if (!uniformBelowH(ctx.keys.complaint, ctx.cur.hash, 0, pComplain)) {
    cur.complaintHazard = (1 - P.TARP_STAY_NO_COMPLAINT) * P.TARP_ACTION_SHARE;
    return;
  }
  ctr.complaints++;
  c.complaintTick[i] = ctx.tick;
  logEvent(ctx.state, i, EV.reclamation, 0);
  const policy = COMPLAINT_POLICIES[ctx.complaintPolicy];
  const cost = complaintUnitCost(policy, ctx.basket);
  // never below zero silently: a complaint the budget left cannot pay gets the cheapest outcome (not handled, free), said by an event
  const paid = ctr.complaintCost + cost <= ctx.complaintBudget;
  if (paid) ctr.complaintCost += cost;
  else {
    ctr.complaintsUnpaid++;
    logEvent(ctx.state, i, EV.reclamationSansBudget, ctx.complaintPolicy);
  }
  const u = paid ? uniformH(ctx.keys.recovery, ctx.cur.hash, 0) : Number.POSITIVE_INFINITY; // unpaid: never resolved
  let stay: number;
  if (u < P.POLICY_RESOLVE_FAST[policy]) {
    stay = P.TARP_STAY_RESOLVED_FAST;
    ctr.complaintsResolved++;
    ctr.complaintsResolvedFast++;
    logEvent(ctx.state, i, EV.reclamationTraiteeRapidement, 0);
    if (policy === 'excellente') c.satisfaction[i] = Math.min(1, s + P.RECOVERY_PARADOX_BONUS);
  } else if (u < P.POLICY_RESOLVE[policy]) {
    stay = P.TARP_STAY_RESOLVED;
    ctr.complaintsResolved++;
    logEvent(ctx.state, i, EV.reclamationTraitee, 0);
  } else {
    stay = P.TARP_STAY_NOT_RESOLVED;
    cur.complaintCause = CAUSE_COMPLAINT;
    logEvent(ctx.state, i, EV.reclamationNonTraitee, 0);
    c.satisfaction[i] = Math.max(0, s - P.UNRESOLVED_COMPLAINT_SHOCK);
  }
  cur.complaintHazard = (1 - stay) * P.TARP_ACTION_SHARE;
}
