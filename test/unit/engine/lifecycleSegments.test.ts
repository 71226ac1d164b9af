/**
 * Lifecycle stage and course RFM segment agree by definition: "nouveau" means a first purchase less
 * than NEW_CUSTOMER_WEEKS ago in both (MODEL.md lifecycle and RFM), so a customer whose stage is
 * nouveau is in the segment nouveau, never inactif, whatever the recency quintiles of the base.
 */
import { describe, expect, it } from 'vitest';
import { createSimulation, customerRecord, stepSimulation } from '../../../src/engine/index.ts';
import { NEW_CUSTOMER_WEEKS, NEW_TO_ACTIVE_WEEKS } from '../../../src/engine/params.ts';
import { STAGES_IN_DATABASE } from '../../../src/engine/vocabulary.ts';
import { testScenario } from './fixtures.ts';

describe('lifecycle stage and RFM segment', () => {
  it('use one definition of a new customer', () => {
    expect(NEW_TO_ACTIVE_WEEKS).toBe(NEW_CUSTOMER_WEEKS);
  });

  for (const tickUnit of ['week', 'month'] as const)
    it(`a customer at stage nouveau is in segment nouveau at every tick (${tickUnit})`, () => {
      // frequent buyers who rarely leave (a bakery): most recencies are a tick or two, so a new
      // customer who has not come back for a few weeks already falls in the lowest recency quintile
      const sc = testScenario((s) => {
        s.tickUnit = tickUnit;
        s.customers.initial = 1500;
        s.customers.purchaseRate = tickUnit === 'week' ? { r: 1.2, alpha: 1.5 } : { r: 1.2, alpha: 0.35 };
        s.customers.dropout = { a: 0.3, b: 120 };
        s.customers.historyTicks = tickUnit === 'week' ? 20 : 6;
      });
      const state = createSimulation(sc, { seed: 11 });
      let checked = 0;
      for (let t = 0; t < (tickUnit === 'week' ? 30 : 10); t++) {
        stepSimulation(state, sc, t === 2 ? [{ type: 'acquisition', channel: 'flyers', budget: 3000 }] : []);
        for (let i = 0; i < state.n; i++) {
          const rec = customerRecord(state, i);
          if (rec.stage === 'nouveau') {
            expect(rec.segment, `customer ${i} at tick ${t}`).toBe('nouveau');
            checked++;
          }
          if (rec.segment === 'inactif') expect(rec.stage).not.toBe('nouveau');
        }
      }
      expect(checked).toBeGreaterThan(100);
    });
});

describe('stages in the database', () => {
  it('no customer record is ever a suspect, so lists, filters and the funnel offer STAGES_IN_DATABASE only', () => {
    const sc = testScenario((s) => {
      s.customers.initial = 800;
    });
    const state = createSimulation(sc, { seed: 5 });
    const seen = new Set<string>();
    for (let t = 0; t < 40; t++) {
      stepSimulation(state, sc, t === 1 ? [{ type: 'acquisition', channel: 'flyers', budget: 3000 }] : []);
      for (let i = 0; i < state.n; i++) seen.add(customerRecord(state, i).stage);
    }
    expect(seen.has('suspect')).toBe(false);
    expect(STAGES_IN_DATABASE).not.toContain('suspect');
    for (const stage of seen) expect(STAGES_IN_DATABASE).toContain(stage);
    expect(seen.size).toBeGreaterThanOrEqual(3);
  });
});
