/**
 * The marketing budget never goes below zero silently: new actions are refused beyond what the
 * running programmes reserve, and a running programme the budget can no longer pay is suspended
 * with an explicit 'programmeSuspendu' event for its members (the interface shows events).
 */
import { describe, expect, it } from 'vitest';
import { customerEvents, runSimulation } from '../../../src/engine/index.ts';
import { decisionsLogSchema } from '../../../src/engine/decisions.ts';
import { EVENT_TYPES } from '../../../src/engine/vocabulary.ts';
import { complaintUnitCost, scenarioBasket } from '../../../src/engine/unitCosts.ts';
import { testScenario } from './fixtures.ts';

const SUSPENDED = EVENT_TYPES.indexOf('programmeSuspendu');
const COMPLAINT = EVENT_TYPES.indexOf('reclamation');
const UNPAID = EVENT_TYPES.indexOf('reclamationSansBudget');

describe('budget', () => {
  // coupons for everybody on a small budget: the redemptions empty it within a few ticks, after the
  // club is launched (with 10 % of the target held out as a control group, 7,500 lasts until tick 4)
  const sc = testScenario((s) => {
    s.budget = { initial: 7500, perTick: 200 };
  });
  const decisions = decisionsLogSchema.parse([
    { tick: 0, actions: [{ type: 'financier', instrument: 'coupon', target: {}, discountRate: 0.2 }] },
    { tick: 3, actions: [{ type: 'lienSocial', instrument: 'club', target: { limit: 200 } }] },
  ]);
  const { state, reports } = runSimulation(sc, { seed: 3, ticks: 16, decisions });

  it('never goes below zero', () => {
    for (const r of reports) expect(r.kpis.budgetLeft).toBeGreaterThanOrEqual(0);
  });

  it('suspends the programme it cannot pay any more, with an explicit event for each member', () => {
    const coupon = reports[reports.length - 1].kpis.programmes.find((p) => p.id === '0:0');
    expect(coupon?.endTick).toBeDefined();
    const at = coupon!.endTick!;
    const report = reports.find((r) => r.tick === at)!;
    const suspendedEvents = Array.from(report.events.type).filter((t) => t === SUSPENDED).length;
    expect(suspendedEvents).toBeGreaterThan(0);
    // the programme's KPI says it was suspended, and to how many members (the dashboard feed's line)
    expect(coupon?.suspendedMembers).toBe(suspendedEvents);
    const club = reports[reports.length - 1].kpis.programmes.find((p) => p.id === '3:0');
    // the club it could still pay runs on, not marked
    expect(club).toBeDefined();
    expect(club!.endTick).toBeUndefined();
    expect(club!.suspendedMembers).toBeUndefined();
    const member = report.events.customer[Array.from(report.events.type).indexOf(SUSPENDED)];
    const history = customerEvents(state, member).map((e) => e.type);
    expect(history).toContain('programmeSuspendu');
    expect(history).toContain('finAvantage');
    // the programme costs nothing once suspended
    for (const r of reports.filter((x) => x.tick > at)) expect(r.kpis.costsByType.financier ?? 0).toBe(0);
  });

  it('a new programme that would eat what the running ones reserve is refused', () => {
    // 550: enough for the second club alone (it is accepted from 470, and refused on top of the first up
    // to 640) (90 % of its target enrolled, the rest a control group;
    // a club is proposed in the shop, so every customer of the target is reached: no consent needed)
    const tight = testScenario((s) => {
      s.budget = { initial: 550, perTick: 0 };
    });
    const first = { tick: 0, actions: [{ type: 'lienSocial', instrument: 'club', target: { limit: 400 } }] };
    // the budget left could pay this one alone, not on top of what the first one reserves
    const second = { tick: 1, actions: [{ type: 'lienSocial', instrument: 'club', target: { limit: 1800 } }] };
    const alone = runSimulation(tight, { seed: 3, ticks: 2, decisions: decisionsLogSchema.parse([second]) });
    expect(alone.reports[1].rejected).toEqual([]);
    const r = runSimulation(tight, { seed: 3, ticks: 3, decisions: decisionsLogSchema.parse([first, second]) });
    expect(r.reports[1].rejected).toEqual([{ actionIndex: 0, reason: 'budgetInsuffisant' }]);
    for (const x of r.reports) expect(x.kpis.budgetLeft).toBeGreaterThanOrEqual(0);
  });

  describe('complaint handling', () => {
    // no programme at all: only the complaint policy spends, 48 EUR a complaint, on a budget of 100
    const poor = testScenario((s) => {
      s.budget = { initial: 100, perTick: 0 };
      s.service = { ...s.service, incidentRate: 0.2, complaintPropensity: 0.6 };
    });
    const excellent = decisionsLogSchema.parse([{ tick: 0, actions: [{ type: 'politiqueReclamations', level: 'excellente' }] }]);
    const run = () => runSimulation(poor, { seed: 5, ticks: 6, decisions: excellent });

    it('never takes the budget below zero, even with no programme running', () => {
      const { reports } = run();
      expect(reports.reduce((n, r) => n + r.kpis.complaints, 0)).toBeGreaterThan(10);
      for (const r of reports) expect(r.kpis.budgetLeft).toBeGreaterThanOrEqual(0);
    });

    it('leaves unhandled, with an explicit event, each complaint the budget cannot pay', () => {
      const { state, reports } = run();
      const types = reports.flatMap((r) => Array.from(r.events.type));
      const unpaid = types.filter((t) => t === UNPAID).length;
      // 100 EUR pays two excellent handlings (12 EUR of staff + one 36 EUR basket each, unitCosts.ts; 60 EUR flat before 02/12/2026); the others are not handled
      const unit = complaintUnitCost('excellente', scenarioBasket(poor));
      expect(unit).toBe(48);
      expect(unpaid).toBe(types.filter((t) => t === COMPLAINT).length - 2);
      const r = reports.find((x) => Array.from(x.events.type).includes(UNPAID))!;
      const member = r.events.customer[Array.from(r.events.type).indexOf(UNPAID)];
      const history = customerEvents(state, member).map((e) => e.type);
      expect(history).toContain('reclamationNonTraitee');
      expect(history).not.toContain('reclamationTraitee');
      // paid handling only: twice the unit cost
      expect(reports.reduce((n, x) => n + (x.kpis.costsByType.politiqueReclamations ?? 0), 0)).toBe(2 * unit);
    });

    it('is deterministic and silent when the budget can pay', () => {
      expect(run().reports.map((r) => r.kpis.budgetLeft)).toEqual(run().reports.map((r) => r.kpis.budgetLeft));
      const rich = runSimulation(testScenario((s) => (s.service = { ...s.service, incidentRate: 0.2, complaintPropensity: 0.6 })), {
        seed: 5,
        ticks: 6,
        decisions: excellent,
      });
      expect(rich.reports.flatMap((r) => Array.from(r.events.type)).filter((t) => t === UNPAID)).toEqual([]);
    });
  });
});
