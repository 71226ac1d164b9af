/**
 * A programme's incremental margin is its members' margin above their baseline (their margin per
 * tick over the 12 months before the start). A customer in several running programmes counts for an
 * equal share in each (linear attribution): the programmes' margins add up to the members' uplift
 * once, so a debrief that totals them does not count the same customers twice.
 */
import { describe, expect, it } from 'vitest';
import { decisionsLogSchema } from '../../../src/engine/decisions.ts';
import { runSimulation } from '../../../src/engine/index.ts';
import { testScenario } from './fixtures.ts';

const scenario = testScenario();
const TICKS = 6;
// a club for (at most) 200 customers and a contract for (at most) the first 100 of them: those are in both
const decisions = decisionsLogSchema.parse([
  {
    tick: 0,
    actions: [
      { type: 'lienSocial', instrument: 'club', target: { limit: 200 } },
      { type: 'customisation', instrument: 'contrat', target: { limit: 100 } },
    ],
  },
]);

describe('incremental margin of overlapping programmes', () => {
  const { state, reports } = runSimulation(scenario, { seed: 11, ticks: TICKS, decisions });
  const before = runSimulation(scenario, { seed: 11, ticks: 0, decisions: [] }).state;
  const [club, contract] = state.programmes;
  const rate = scenario.economics.marginRate;

  /** Margin above baseline of `ids` over the run, from the purchases the reports list (amounts are float32: compared to the cent). */
  function uplift(ids: Iterable<number>): number {
    const set = new Set(ids);
    let spend = 0;
    for (const r of reports) for (let k = 0; k < r.purchases.length; k++) if (set.has(r.purchases.customer[k])) spend += r.purchases.amount[k];
    let baseline = 0;
    for (const i of set) baseline += (before.customers.monetary12[i] / before.window) * rate;
    return spend * rate - TICKS * baseline;
  }

  it('targets overlapping members', () => {
    expect(contract.members.length).toBeGreaterThan(50);
    expect(club.members.length).toBeGreaterThan(contract.members.length);
    expect([...contract.members].every((i) => club.members.includes(i))).toBe(true);
  });

  it('adds up to the members’ uplift counted once', () => {
    const total = club.incrementalMarginToDate + contract.incrementalMarginToDate;
    const once = uplift(club.members);
    expect(Math.abs(once)).toBeGreaterThan(1);
    expect(total).toBeCloseTo(once, 2);
  });

  it('shares a customer in both equally: the contract gets half of its members’ uplift', () => {
    const shared = uplift(contract.members);
    const clubOnly = uplift([...club.members].filter((i) => !contract.members.includes(i)));
    expect(contract.incrementalMarginToDate).toBeCloseTo(shared / 2, 2);
    expect(club.incrementalMarginToDate).toBeCloseTo(clubOnly + shared / 2, 2);
  });

  it('reports the same figures in the KPIs', () => {
    const last = reports[TICKS - 1].kpis.programmes;
    expect(last.map((p) => p.incrementalMarginToDate)).toEqual([club.incrementalMarginToDate, contract.incrementalMarginToDate]);
  });
});
