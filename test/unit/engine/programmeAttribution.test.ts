/**
 * A programme's incremental margin is, each tick, its members' margin minus what its control group
 * (groupe témoin) made per customer, for each member. A customer in several running programmes
 * counts for an equal share in each (linear attribution): the members' margin is counted once over
 * the programmes, so a debrief that totals them does not count the same customers twice.
 */
import { describe, expect, it } from 'vitest';
import { decisionsLogSchema } from '../../../src/engine/decisions.ts';
import { runSimulation } from '../../../src/engine/index.ts';
import type { ProgrammeState } from '../../../src/engine/state.ts';
import { testScenario } from './fixtures.ts';

const scenario = testScenario();
const TICKS = 6;
// a club for (at most) 800 customers and a contract for (at most) the first 400 of them: most are in both
const decisions = decisionsLogSchema.parse([
  {
    tick: 0,
    actions: [
      { type: 'lienSocial', instrument: 'club', target: { limit: 800 } },
      { type: 'customisation', instrument: 'contrat', target: { limit: 400 } },
    ],
  },
]);

describe('incremental margin of overlapping programmes', () => {
  const { state, reports } = runSimulation(scenario, { seed: 11, ticks: TICKS, decisions });
  const [club, contract] = state.programmes;
  const rate = scenario.economics.marginRate;
  const clubSet = new Set(club.members);
  const contractSet = new Set(contract.members);
  const both = [...contract.members].filter((i) => clubSet.has(i));

  /** Margin of each customer in each tick, from the purchases the reports list (amounts are float32: compared to the cent). */
  const marginAt = reports.map((r) => {
    const m = new Map<number, number>();
    for (let k = 0; k < r.purchases.length; k++) m.set(r.purchases.customer[k], (m.get(r.purchases.customer[k]) ?? 0) + r.purchases.amount[k] * rate);
    return m;
  });
  const margin = (t: number, i: number) => marginAt[t].get(i) ?? 0;
  const controlMean = (t: number, p: ProgrammeState) => [...p.control].reduce((s, i) => s + margin(t, i), 0) / p.control.length;
  /** Programme p's share of `ids`' margin minus p's control mean, over the run (shared customers count 1/2). */
  function uplift(p: ProgrammeState, ids: Iterable<number>): number {
    let total = 0;
    for (let t = 0; t < TICKS; t++) {
      const expected = controlMean(t, p);
      for (const i of ids) total += (margin(t, i) - expected) / (clubSet.has(i) && contractSet.has(i) ? 2 : 1);
    }
    return total;
  }

  it('targets overlapping members, each with its own control group', () => {
    expect(both.length).toBeGreaterThan(200);
    expect(club.control.length).toBe(Math.round((club.members.length + club.control.length) / 10));
    expect(contract.control.length).toBeGreaterThanOrEqual(30);
    // a control customer is not a member of the same programme
    expect([...club.control].some((i) => clubSet.has(i))).toBe(false);
    expect([...contract.control].some((i) => contractSet.has(i))).toBe(false);
  });

  it('counts the members’ margin once over the two programmes', () => {
    const total = club.incrementalMarginToDate + contract.incrementalMarginToDate;
    let once = 0;
    const union = new Set([...club.members, ...contract.members]);
    for (let t = 0; t < TICKS; t++) for (const i of union) once += margin(t, i);
    let expected = 0;
    for (let t = 0; t < TICKS; t++) {
      for (const i of club.members) expected += controlMean(t, club) / (contractSet.has(i) ? 2 : 1);
      for (const i of contract.members) expected += controlMean(t, contract) / (clubSet.has(i) ? 2 : 1);
    }
    expect(Math.abs(once)).toBeGreaterThan(1);
    expect(total).toBeCloseTo(once - expected, 1);
  });

  it('shares a customer in both equally: each programme gets half of its shared members’ uplift', () => {
    expect(contract.incrementalMarginToDate).toBeCloseTo(uplift(contract, contract.members), 1);
    expect(club.incrementalMarginToDate).toBeCloseTo(uplift(club, club.members), 1);
  });

  it('reports the same figures in the KPIs, with the control group’s size', () => {
    const last = reports[TICKS - 1].kpis.programmes;
    expect(last.map((p) => p.incrementalMarginToDate)).toEqual([club.incrementalMarginToDate, contract.incrementalMarginToDate]);
    expect(last.map((p) => p.controlGroup)).toEqual([club.control.length, contract.control.length]);
  });
});
