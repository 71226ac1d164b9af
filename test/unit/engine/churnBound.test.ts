/**
 * churnStep decides most buyers without exp: the dissatisfaction multiplier's upper bound (a table by bin
 * of satisfaction) gives a hazard never below the exact one, so a uniform above it stays either way. The
 * bound must hold for every satisfaction of a bin, bin edges included, and stay close (few fall-backs).
 */
import { describe, expect, it } from 'vitest';
import { satMultiplierBound, satMultiplierTable } from '../../../src/engine/churn.ts';
import { buildContext } from '../../../src/engine/context.ts';
import { exp } from '../../../src/engine/detMath.ts';
import { createSimulation, hashState, stepSimulation } from '../../../src/engine/index.ts';
import * as P from '../../../src/engine/params.ts';
import { MOTIVES } from '../../../src/engine/vocabulary.ts';
import { testScenario } from './fixtures.ts';

describe('upper bound of the dissatisfaction multiplier (churn.ts)', () => {
  it('is never below exp(slope (ref - s)) and within a bin width of it, for s in [0, 1]; NaN outside', () => {
    const step = Math.exp(P.SATISFACTION_DROPOUT_SLOPE / 128) * (1 + 1e-9);
    for (const ref of [0.3, 0.62, 0.7, 0.71, 0.85]) {
      const table = satMultiplierTable(ref);
      const values: number[] = [0, 1, 1 - 2 ** -53, 2 ** -60];
      for (let b = 0; b <= 128; b++) {
        const edge = b / 128;
        values.push(edge, edge * (1 - 2e-16), edge * (1 + 2e-16), edge + 1 / 256);
      }
      for (let k = 0; k < 20_000; k++) values.push(k / 20_000 + 1e-7 * Math.sin(k));
      const below: number[] = [];
      const loose: number[] = [];
      for (const s of values) {
        if (!(s >= 0 && s <= 1)) continue;
        const exact = exp(P.SATISFACTION_DROPOUT_SLOPE * (ref - s));
        const bound = satMultiplierBound(table, s);
        if (!(bound >= exact)) below.push(s);
        if (!(bound / exact <= step)) loose.push(s);
      }
      expect(below, `ref ${ref}`).toEqual([]);
      expect(loose, `ref ${ref}`).toEqual([]);
    }
    for (const s of [-1e-9, 1 + 1e-9, Number.NaN]) expect(satMultiplierBound(satMultiplierTable(0.7), s)).toBeNaN();
  });

  it('is built into each tick context for its scenario, so two shops stepped in turn share no table', () => {
    const calm = testScenario((s) => {
      s.customers.initialSatisfaction.mean = 0.62;
    });
    const happy = testScenario((s) => {
      s.customers.initialSatisfaction.mean = 0.8;
    });
    const a = createSimulation(calm, { seed: 5, customers: 600 });
    const b = createSimulation(happy, { seed: 5, customers: 600 });
    const ctxA = buildContext(a, calm, false, new Float64Array(MOTIVES.length));
    const ctxB = buildContext(b, happy, false, new Float64Array(MOTIVES.length));
    expect(Array.from(ctxA.satBound)).toEqual(Array.from(satMultiplierTable(0.62)));
    expect(Array.from(ctxB.satBound)).toEqual(Array.from(satMultiplierTable(0.8)));
    // stepped in turn, each shop gives the states it gives stepped alone
    const aloneA = createSimulation(calm, { seed: 5, customers: 600 });
    const aloneB = createSimulation(happy, { seed: 5, customers: 600 });
    for (let t = 0; t < 12; t++) {
      stepSimulation(a, calm, []);
      stepSimulation(b, happy, []);
    }
    for (let t = 0; t < 12; t++) stepSimulation(aloneA, calm, []);
    for (let t = 0; t < 12; t++) stepSimulation(aloneB, happy, []);
    expect(hashState(a)).toBe(hashState(aloneA));
    expect(hashState(b)).toBe(hashState(aloneB));
  });
});
