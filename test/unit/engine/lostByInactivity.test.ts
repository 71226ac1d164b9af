/**
 * Dormant -> perdu after a prolonged silence (lifecycle.ts lostByInactivity, churn.ts; README « Cycle de
 * vie »; QA expert finding 4). Before, a dormant customer stayed dormant for ever when no departure was
 * drawn (BG/NBD draws the dropout at a purchase only): cosmetics, seed 42, week 52 without a decision,
 * 4 652 dormant customers silent for more than 52 weeks and 1 898 for more than 104, all counted as kept in
 * the retention rate. Now one whose silence passes LOST_DORMANCY_MULTIPLE x his dormancy delay, LOST_SHOP_CYCLES
 * mean inter-purchase times of the shop and LOST_MIN_WEEKS leaves, cause inactivite, counted in the lost.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildContext, weeksToTicks } from '../../../src/engine/context.ts';
import { createSimulation, customerRecord, stepSimulation, type SimState } from '../../../src/engine/index.ts';
import { dormancyTicks, lostByInactivity, lostSilent } from '../../../src/engine/lifecycle.ts';
import * as P from '../../../src/engine/params.ts';
import { MOTIVES, STAGES } from '../../../src/engine/vocabulary.ts';
import { parseScenario } from '../../../src/scenario/load.ts';
import type { Scenario } from '../../../src/scenario/schema.ts';
import { testScenario } from './fixtures.ts';

const DORMANT = STAGES.indexOf('dormant');
const PERDU = STAGES.indexOf('perdu');

function shop(id: string): Scenario {
  const parsed = parseScenario(readFileSync(`scenarios/${id}.json`, 'utf8'));
  if (!parsed.ok) throw new Error(id);
  return parsed.scenario;
}

function context(state: SimState, sc: Scenario) {
  return buildContext(state, sc, false, new Float64Array(MOTIVES.length));
}

/** The silence (ticks) beyond which a dormant customer of rate lambda is lost, as README « Cycle de vie » states it. */
function lostAfter(state: SimState, sc: Scenario, lambda: number): number {
  const w = state.weeksPerTick;
  const dormancy = Math.min(weeksToTicks(P.DORMANT_MAX_WEEKS, w), Math.max(weeksToTicks(P.DORMANT_MIN_WEEKS, w), P.DORMANT_INTERPURCHASE_MULTIPLE / lambda));
  const shopCycles = (P.LOST_SHOP_CYCLES * sc.customers.purchaseRate.alpha) / sc.customers.purchaseRate.r;
  return Math.max(P.LOST_DORMANCY_MULTIPLE * dormancy, shopCycles, weeksToTicks(P.LOST_MIN_WEEKS, w));
}

describe("lostSilent (the customer loop's form, reading lambda from the array: no boxed double)", () => {
  it('answers as lostByInactivity for every silence and Float32 rate, at and around each edge', () => {
    for (const id of ['cosmetiques-en-ligne', 'optique-lumiere']) {
      const sc = shop(id);
      const state = createSimulation({ ...sc, customers: { ...sc.customers, initial: 50 } }, { seed: 1 });
      // the shop's context, and one whose dormancy cap lets the exact rates below reach the product's edge
      for (const ctx of [context(state, sc), { ...context(state, sc), dormantMaxTicks: 1000 }]) {
        // plus rates whose product with a silence / LOST_DORMANCY_MULTIPLE of the grid is exactly the multiple (the > edge)
        const exact = [8, 16, 32, 64, 128].map((s) => ctx.dormantMultiple / s);
        const lambdas = new Float32Array([0, 1e-6, 0.001, 0.01, 0.02, 0.05, 0.0551, 0.1, 0.243, 0.5, 1, 1.2, 3, 1e6, ...exact]);
        for (const l of exact) expect(Math.fround(l)).toBe(l);
        let lost = 0;
        for (let since = 0; since <= 400; since++)
          for (let k = 0; k < lambdas.length; k++) {
            const expected = lostByInactivity(ctx, since, lambdas[k]);
            expect(lostSilent(ctx, since, lambdas, k)).toBe(expected);
            if (expected) lost++;
          }
        // both answers occur (the grid crosses the edges)
        expect(lost).toBeGreaterThan(0);
        expect(lost).toBeLessThan(401 * lambdas.length);
      }
    }
  });
});

describe('the threshold', () => {
  it('is twice the dormancy delay, never under a year of silence (a weekly shop with a short cycle)', () => {
    const sc = testScenario((s) => {
      s.customers.initial = 50;
      s.customers.purchaseRate = { r: 1.2, alpha: 1.5 }; // a purchase every 1.25 weeks on average: 4 cycles = 5 weeks
    });
    const state = createSimulation(sc, { seed: 1 });
    const ctx = context(state, sc);
    // a fast buyer (a purchase a week): dormant after 3 weeks, but never lost before 52 weeks of silence
    expect(dormancyTicks(ctx, 1)).toBe(3);
    expect(lostByInactivity(ctx, 6, 1)).toBe(false);
    expect(lostByInactivity(ctx, 51, 1)).toBe(false);
    expect(lostByInactivity(ctx, P.LOST_MIN_WEEKS, 1)).toBe(false);
    expect(lostByInactivity(ctx, P.LOST_MIN_WEEKS + 1, 1)).toBe(true);
    // a customer buying every 20 weeks: dormant after 50 weeks, lost after 100
    expect(dormancyTicks(ctx, 0.05)).toBeCloseTo(50, 9);
    expect(lostByInactivity(ctx, 99, 0.05)).toBe(false);
    expect(lostByInactivity(ctx, 100, 0.05)).toBe(false);
    expect(lostByInactivity(ctx, 101, 0.05)).toBe(true);
    // a very slow one: dormant after DORMANT_MAX_WEEKS, lost after twice that (2 years)
    expect(lostByInactivity(ctx, 2 * P.DORMANT_MAX_WEEKS, 0.001)).toBe(false);
    expect(lostByInactivity(ctx, 2 * P.DORMANT_MAX_WEEKS + 1, 0.001)).toBe(true);
  });

  it('follows the shop’s cycle: an optician customer buying every 10 months is not lost after one year, nor after two', () => {
    const sc = shop('optique-lumiere');
    expect(sc.tickUnit).toBe('month');
    const state = createSimulation(sc, { seed: 42 });
    const ctx = context(state, sc);
    const lambda = 0.1; // a purchase every 10 months, the shop's mean (alpha / r = 9 / 0.9)
    const shopCycles = (P.LOST_SHOP_CYCLES * sc.customers.purchaseRate.alpha) / sc.customers.purchaseRate.r; // 40 months
    expect(shopCycles).toBeCloseTo(40, 9);
    // dormant after a year (DORMANT_MAX_WEEKS), but the shop's 4 cycles come first
    expect(dormancyTicks(ctx, lambda)).toBe(12);
    expect(lostByInactivity(ctx, 13, lambda)).toBe(false);
    expect(lostByInactivity(ctx, 25, lambda)).toBe(false);
    expect(lostByInactivity(ctx, 40, lambda)).toBe(false);
    expect(lostByInactivity(ctx, 41, lambda)).toBe(true);
  });
});

describe('in the simulation', () => {
  it('a dormant customer silent beyond his threshold leaves for inactivity, never before, and counts in the lost and the retention', () => {
    const sc = testScenario((s) => {
      s.customers.initial = 1500;
      s.customers.historyTicks = 60;
    });
    const state = createSimulation(sc, { seed: 3 });
    const c = state.customers;
    const minTicks = weeksToTicks(P.LOST_MIN_WEEKS, state.weeksPerTick);
    let inactive = 0;
    let slowDormant = 0;
    for (let t = 0; t < 80; t++) {
      const before = Uint8Array.from(c.stage.subarray(0, state.n));
      const report = stepSimulation(state, sc, []);
      const now = state.tick - 1;
      let lostNow = 0;
      for (let i = 0; i < state.n; i++) {
        const silence = now - c.lastPurchaseTick[i];
        if (c.stage[i] === DORMANT) {
          expect(silence, `customer ${i} at tick ${now}`).toBeLessThanOrEqual(lostAfter(state, sc, c.lambda[i]) + 1e-9);
          // silent for over a year and still dormant: a slow customer whose threshold is further
          if (silence > minTicks) slowDormant++;
        }
        if (c.stage[i] === PERDU && c.lostTick[i] === now && customerRecord(state, i).departureCause === 'inactivite') {
          lostNow++;
          expect(before[i], `customer ${i} was dormant`).toBe(DORMANT);
          expect(silence).toBeGreaterThan(minTicks);
          expect(silence).toBeGreaterThan(lostAfter(state, sc, c.lambda[i]) - 1e-9);
        }
      }
      const k = report.kpis;
      expect(k.departuresByCause.inactivite).toBe(lostNow);
      // a departure like the others: in the lost, so not kept in the retention rate
      expect(k.lost).toBeGreaterThanOrEqual(lostNow);
      const start = k.stages.nouveau + k.stages.actif + k.stages.dormant + k.lost - k.acquired;
      expect(k.retentionRate).toBeCloseTo(1 - k.lost / start, 12);
      inactive += lostNow;
    }
    expect(inactive).toBeGreaterThan(20);
    expect(slowDormant).toBeGreaterThan(0);
  });

  it('no customer of a shipped shop stays dormant after two years of silence (cosmetics, one year without a decision)', () => {
    const sc = shop('cosmetiques-en-ligne');
    const state = createSimulation(sc, { seed: 42, customers: 3000 });
    let inactive = 0;
    for (let t = 0; t < 52; t++) inactive += stepSimulation(state, sc, []).kpis.departuresByCause.inactivite;
    const c = state.customers;
    const now = state.tick - 1;
    let overTwoYears = 0;
    for (let i = 0; i < state.n; i++) if (c.stage[i] === DORMANT && now - c.lastPurchaseTick[i] > 2 * P.DORMANT_MAX_WEEKS) overTwoYears++;
    expect(overTwoYears).toBe(0);
    expect(inactive).toBeGreaterThan(100);
  });

  it('an optician keeps its slow customers dormant through two years of silence: the threshold follows its cycle', () => {
    const sc = shop('optique-lumiere');
    const state = createSimulation(sc, { seed: 42 });
    for (let t = 0; t < sc.durationTicks; t++) stepSimulation(state, sc, []);
    const c = state.customers;
    const now = state.tick - 1;
    const shopCycles = (P.LOST_SHOP_CYCLES * sc.customers.purchaseRate.alpha) / sc.customers.purchaseRate.r;
    let twoYears = 0;
    let inactive = 0;
    for (let i = 0; i < state.n; i++) {
      if (c.stage[i] === DORMANT && now - c.lastPurchaseTick[i] > 24) twoYears++;
      if (c.stage[i] === PERDU && customerRecord(state, i).departureCause === 'inactivite') {
        inactive++;
        expect(c.lostTick[i] - c.lastPurchaseTick[i]).toBeGreaterThan(shopCycles);
      }
    }
    expect(twoYears).toBeGreaterThan(100);
    expect(inactive).toBeGreaterThan(0);
  });
});
