/**
 * Consent (RGPD, CPCE art. L34-5; src/engine/consent.ts): a programme that contacts its members by
 * e-mail or SMS (personalised reminder, private-event invitation) enrols only the customers of its
 * target who consented; the others are not contacted, not charged, and their purchases are those
 * of a shop without the programme. In-store instruments (personal shopper, club…) need no consent.
 * Runs of the real engine on the test shop, the consent array set by hand so the rule is what decides.
 */
import { describe, expect, it } from 'vitest';
import { createSimulation, stepSimulation } from '../../../src/engine/index.ts';
import { actionSchema, type Action } from '../../../src/engine/decisions.ts';
import { needsConsent } from '../../../src/engine/consent.ts';
import * as P from '../../../src/engine/params.ts';
import type { SimState } from '../../../src/engine/state.ts';
import type { TickReport } from '../../../src/engine/types.ts';
import { testScenario } from './fixtures.ts';

const scenario = testScenario();
const action = (a: unknown): Action => actionSchema.parse(a);
const relance = action({ type: 'personnalisation', instrument: 'relancePersonnalisee', target: {} });

/** The test shop at tick 0 where nobody consented and the shop knows half of everyone's data (a reminder would work on all). */
function baseWithoutConsent(): SimState {
  const state = createSimulation(scenario, { seed: 11 });
  state.customers.consent.fill(0);
  state.customers.dataKnown.fill(0.5);
  return state;
}

/** Plays `plan[t]` at tick t, `ticks` ticks. */
function play(state: SimState, plan: Action[][], ticks: number): TickReport[] {
  const reports: TickReport[] = [];
  for (let t = 0; t < ticks; t++) reports.push(stepSimulation(state, scenario, plan[t] ?? []));
  return reports;
}

/** Purchases of each customer over the reports. */
function purchasesOf(reports: readonly TickReport[]): Map<number, number> {
  const m = new Map<number, number>();
  for (const r of reports) for (let k = 0; k < r.purchases.length; k++) m.set(r.purchases.customer[k], (m.get(r.purchases.customer[k]) ?? 0) + 1);
  return m;
}

describe('consent to e-mail and SMS contacts (RGPD)', () => {
  it('only the reminder and the private-event invitation need consent', () => {
    expect(needsConsent('relancePersonnalisee')).toBe(true);
    expect(needsConsent('evenementPrive')).toBe(true);
    for (const inPerson of ['personalShopper', 'club', 'coupon', 'points', 'remiseVolume', 'offreSurMesure', 'contrat']) expect(needsConsent(inPerson)).toBe(false);
  });

  it('a reminder on a base without consent enrols nobody and costs nothing; the same base with consent is enrolled and charged', () => {
    const none = baseWithoutConsent();
    const budget = none.budget;
    const [report] = play(none, [[relance]], 1);
    expect(report.rejected).toEqual([{ actionIndex: 0, reason: 'sansConsentement' }]);
    expect(none.programmes).toEqual([]);
    expect(none.budget).toBe(budget + scenario.budget.perTick);

    const all = baseWithoutConsent();
    all.customers.consent.fill(1);
    const [withConsent] = play(all, [[relance]], 1);
    expect(withConsent.rejected).toEqual([]);
    expect(all.programmes[0].members.length).toBeGreaterThan(1000);
    expect(withConsent.kpis.programmes[0].costToDate).toBeGreaterThan(0);
  });

  it('an in-store personal shopper needs no consent', () => {
    const none = baseWithoutConsent();
    const [report] = play(none, [[action({ type: 'personnalisation', instrument: 'personalShopper', target: { limit: 300 } })]], 1);
    expect(report.rejected).toEqual([]);
    // nobody consented, yet every customer of the target still there is enrolled or held out
    expect(none.programmes[0].members.length + none.programmes[0].control.length).toBeGreaterThan(100);
    expect(report.kpis.programmes[0].costToDate).toBeGreaterThan(0);
  });

  it('after a data collection, the customers who accepted are enrolled, charged and reached; the others buy as without the reminder', () => {
    const collect = action({ type: 'collecteDonnees', instrument: 'carteFidelite', target: {} });
    const ticks = 30;
    const treated = baseWithoutConsent();
    const withReminder = play(treated, [[collect], [relance]], ticks);
    const untreated = baseWithoutConsent();
    const without = play(untreated, [[collect]], ticks);

    const prog = treated.programmes[0];
    const c = treated.customers;
    // members and control group: only customers who consented (those who accepted the card at tick 0)
    const consented = [...prog.members, ...prog.control];
    expect(consented.length).toBeGreaterThan(500);
    expect(consented.length).toBeLessThan(withReminder[0].kpis.activeCustomers);
    for (const i of consented) expect(c.consent[i]).toBe(1);
    expect(withReminder[0].kpis.dataCollections?.[0].accepted).toBeGreaterThanOrEqual(consented.length);

    // charged for its members only: set-up once, then the reminder for each member still there
    const first = withReminder[1].kpis.programmes[0];
    expect(first.costThisTick).toBeCloseTo(prog.members.length * (P.PERSONALISATION_SETUP_COST_PER_MEMBER.relancePersonnalisee + P.PERSONALISATION_COST_PER_MEMBER_WEEK.relancePersonnalisee), 6);

    // the customers who did not consent are untouched: bit for bit the purchases of the run without the reminder
    const a = purchasesOf(withReminder);
    const b = purchasesOf(without);
    const enrolled = new Set([...prog.members, ...prog.control]);
    let others = 0;
    const diffs: number[] = [];
    for (let i = 0; i < scenario.customers.initial; i++) {
      if (enrolled.has(i)) continue;
      others++;
      if ((a.get(i) ?? 0) !== (b.get(i) ?? 0)) diffs.push(i);
    }
    expect(diffs).toEqual([]);
    expect(others).toBeGreaterThan(500);
    // the members buy more than the same customers without the reminder (same draws: common random numbers)
    const sum = (m: Map<number, number>) => [...prog.members].reduce((s, i) => s + (m.get(i) ?? 0), 0);
    expect(sum(a)).toBeGreaterThan(sum(b) * 1.05);
  });

  it('the programme KPI says how many of its target were not contacted for want of consent; an in-store tool none', () => {
    const half = baseWithoutConsent();
    for (let i = 0; i < 300; i += 2) half.customers.consent[i] = 1;
    const limit = { limit: 300 };
    const [report] = play(half, [[action({ ...relance, target: limit }), action({ type: 'personnalisation', instrument: 'personalShopper', target: limit })]], 1);
    expect(report.rejected).toEqual([]);
    const [reminder, shopper] = report.kpis.programmes;
    const prog = half.programmes[0];
    const reachable = prog.members.length + prog.control.length;
    const notLost = shopper.targeted + shopper.controlGroup;
    expect(reachable).toBeGreaterThan(0);
    expect(reminder.withoutConsent).toBe(notLost - reachable);
    expect(reminder.withoutConsent).toBeGreaterThan(100);
    expect(shopper.withoutConsent).toBeUndefined();
  });
});
