/**
 * The course segments say what the lifecycle shows (src/engine/README.md, RFM): a lost customer is
 * inactif and off the R x F map however good his last 12 months were; a dormant one is never a bon or
 * très bon client; a customer with no purchase in the last 12 months scores 1, 1, 1 and is inactif;
 * the quintiles rank the customers who bought in the window only. So a target « très bon client »
 * holds no lost customer.
 */
import { describe, expect, it } from 'vitest';
import { createSimulation, customerRecord, stepSimulation } from '../../../src/engine/index.ts';
import { NO_TICK } from '../../../src/engine/state.ts';
import { selectTarget } from '../../../src/engine/target.ts';
import { STAGES } from '../../../src/engine/vocabulary.ts';
import { testScenario } from './fixtures.ts';

describe('RFM segments follow the lifecycle', () => {
  it('a lost customer with high scores is inactif and off the R x F map; a dormant one is never bon or très bon', () => {
    const sc = testScenario((s) => {
      s.customers.initial = 3000;
    });
    const state = createSimulation(sc, { seed: 7 });
    let lostHigh = 0;
    let lost = 0;
    let dormant = 0;
    let outOfWindow = 0;
    for (let t = 0; t < 40; t++) {
      stepSimulation(state, sc, []);
      const c = state.customers;
      for (let i = 0; i < state.n; i++) {
        // the record only for the customers the rule is about (a record per customer per tick is slow)
        const stage = STAGES[c.stage[i]];
        const outside = c.lastPurchaseTick[i] !== NO_TICK && c.frequency12[i] === 0;
        if (stage !== 'perdu' && stage !== 'dormant' && !outside) continue;
        const rec = customerRecord(state, i);
        if (rec.stage === 'perdu' && rec.lastPurchaseTick !== null) {
          lost++;
          expect(rec.segment, `customer ${i} at tick ${t}`).toBe('inactif');
          expect(rec.rfSegment).toBeNull();
          if (rec.r >= 4 && rec.f >= 4 && rec.m >= 4) lostHigh++;
        }
        if (rec.stage === 'dormant') {
          dormant++;
          expect(['bon', 'tresBon']).not.toContain(rec.segment);
        }
        if (outside) {
          outOfWindow++;
          expect([rec.r, rec.f, rec.m]).toEqual([1, 1, 1]);
          expect(rec.segment).toBe('inactif');
        }
      }
    }
    // the cases the rule is about do happen
    expect(lostHigh).toBeGreaterThan(0);
    expect(lost).toBeGreaterThan(lostHigh);
    expect(dormant).toBeGreaterThan(0);
    expect(outOfWindow).toBeGreaterThan(0);
  });

  it('the quintiles rank the buyers of the window: each score holds a fifth of them, the others score 1', () => {
    // a long past: many customers bought once, long ago, and not in the last 12 months
    const sc = testScenario((s) => {
      s.customers.initial = 3000;
      s.customers.historyTicks = 104;
    });
    const state = createSimulation(sc, { seed: 7 });
    for (let t = 0; t < 10; t++) stepSimulation(state, sc, []);
    const c = state.customers;
    const perScore = [0, 0, 0, 0, 0, 0];
    let buyers = 0;
    let outside = 0;
    for (let i = 0; i < state.n; i++) {
      if (c.lastPurchaseTick[i] === NO_TICK) continue;
      if (c.frequency12[i] === 0) outside++;
      else {
        buyers++;
        perScore[c.r[i]]++;
      }
    }
    expect(buyers).toBeGreaterThan(500);
    expect(outside).toBeGreaterThan(buyers / 5);
    // ties broken by index: a fifth of the buyers per recency score, rounded
    for (let s = 1; s <= 5; s++) expect(Math.abs(perScore[s] - buyers / 5)).toBeLessThanOrEqual(1);
    // a score 2 in frequency or monetary needs a purchase in the window
    expect(state.rfmLimits.frequency[0]).toBeGreaterThanOrEqual(1);
    expect(state.rfmLimits.monetary[0]).toBeGreaterThan(0);
  });

  it('a target « très bon client » holds no lost customer', () => {
    const sc = testScenario((s) => {
      s.customers.initial = 3000;
    });
    const state = createSimulation(sc, { seed: 7 });
    let lostSeen = 0;
    for (let t = 0; t < 20; t++) {
      stepSimulation(state, sc, []);
      const ids = selectTarget(state, { segments: ['tresBon'] });
      expect(ids.length).toBeGreaterThan(0);
      for (const i of ids) expect(customerRecord(state, i).stage).not.toBe('perdu');
      for (let i = 0; i < state.n; i++) if (STAGES[state.customers.stage[i]] === 'perdu') lostSeen++;
    }
    expect(lostSeen).toBeGreaterThan(0);
  });
});
