/**
 * The debrief's customer balance is an identity: at the start + recruited − lost = now, and now =
 * active + dormant, on real engine runs of the four shipped scenarios with decisions that recruit,
 * keep and stop programmes (B3 of the teacher's test: 2 531 + 466 − 661 ≠ 2 321 when only the active
 * customers were counted at both ends).
 */
import { describe, expect, it } from 'vitest';
import type { DecisionsLog } from '../../../src/engine/decisions.ts';
import { runSimulation } from '../../../src/engine/index.ts';
import { shippedScenarios } from '../../../src/scenario/shipped.ts';
import { customerFlow, customersInBase } from '../../../src/ui/debrief/customerFlow.ts';
import { makeKpiSeries } from '../../fixtures/kpis.ts';

const decisions: DecisionsLog = [
  { tick: 0, actions: [{ type: 'lienSocial', instrument: 'club', target: {} }] },
  { tick: 2, actions: [{ type: 'acquisition', channel: 'flyers', budget: 600 }] },
  { tick: 4, actions: [{ type: 'financier', instrument: 'coupon', discountRate: 0.1, target: { segments: ['bon', 'futurNonClient'] }, durationTicks: 6 }] },
  { tick: 9, actions: [{ type: 'acquisition', channel: 'parrainage', budget: 400 }] },
  { tick: 14, actions: [{ type: 'arreterProgramme', programmeId: '0:0' }] },
];

describe('customer flow on the shipped scenarios', () => {
  const shipped = shippedScenarios().scenarios;

  it('covers the four shipped shops', () => {
    expect(shipped).toHaveLength(4);
  });

  for (const { file, scenario } of shipped) {
    it(`adds up for ${file}`, () => {
      const { reports } = runSimulation(scenario, { seed: 1907, customers: 1500, ticks: 30, decisions });
      const kpis = reports.map((r) => r.kpis);
      const flow = customerFlow(kpis);
      expect(flow.recruited).toBeGreaterThan(0);
      expect(flow.lost).toBeGreaterThan(0);
      expect(flow.dormantAtEnd).toBeGreaterThan(0);
      expect(flow.atStart + flow.recruited - flow.lost).toBe(flow.atEnd);
      expect(flow.activeAtEnd + flow.dormantAtEnd).toBe(flow.atEnd);
      expect(flow.activeAtEnd).toBe(kpis[kpis.length - 1].activeCustomers);
      // and over any stretch of the run, not only from the first tick
      for (let t = 1; t < kpis.length; t++) {
        const part = customerFlow(kpis.slice(t));
        expect(part.atStart).toBe(customersInBase(kpis[t - 1]));
        expect(part.atStart + part.recruited - part.lost).toBe(part.atEnd);
      }
    });
  }

  it('adds up on Boulangerie seed 1907 with the club on the whole base to the end, where the active count alone was 15 short', () => {
    const { scenario } = shipped.find((s) => s.file === 'boulangerie-du-marche.json')!;
    const { reports } = runSimulation(scenario, { seed: 1907, ticks: scenario.durationTicks, decisions: [decisions[0]] });
    const kpis = reports.map((r) => r.kpis);
    const flow = customerFlow(kpis);
    expect(flow.atStart + flow.recruited - flow.lost).toBe(flow.atEnd);
    expect(flow.activeAtEnd + flow.dormantAtEnd).toBe(flow.atEnd);
    // the old balance: active at the start (same formula) + recruited − lost missed the dormant customers
    const activeAtStart = kpis[0].activeCustomers + kpis[0].lost - kpis[0].acquired;
    expect(activeAtStart + flow.recruited - flow.lost).not.toBe(flow.activeAtEnd);
  });
});

describe('customer flow on fixed KPIs', () => {
  it('counts active and dormant at both ends and sums the arrivals and departures', () => {
    const kpis = makeKpiSeries(3);
    const flow = customerFlow(kpis);
    const base = (k: (typeof kpis)[number]) => k.stages.nouveau + k.stages.actif + k.stages.dormant;
    expect(flow.atStart).toBe(base(kpis[0]) + kpis[0].lost - kpis[0].acquired);
    expect(flow.recruited).toBe(kpis[0].acquired + kpis[1].acquired + kpis[2].acquired);
    expect(flow.lost).toBe(kpis[0].lost + kpis[1].lost + kpis[2].lost);
    expect(flow.atEnd).toBe(base(kpis[2]));
    expect(flow.dormantAtEnd).toBe(kpis[2].stages.dormant);
  });

  it('is all zero before the first period', () => {
    expect(customerFlow([])).toEqual({ atStart: 0, recruited: 0, lost: 0, atEnd: 0, activeAtEnd: 0, dormantAtEnd: 0 });
  });
});
