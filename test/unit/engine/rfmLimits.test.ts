/**
 * The RFM quintile limits are rewritten in place every tick (state.rfmLimits): a tick report keeps
 * its own copy, so the limits shown for week 3 are still week 3's after later ticks.
 */
import { describe, expect, it } from 'vitest';
import { createSimulation, stepSimulation } from '../../../src/engine/index.ts';
import { testScenario } from './fixtures.ts';

describe('RFM limits in tick reports', () => {
  it('are a copy that later ticks do not change', () => {
    const sc = testScenario((s) => {
      s.customers.initial = 800;
    });
    const state = createSimulation(sc, { seed: 4 });
    const first = stepSimulation(state, sc, []);
    const kept = structuredClone(first.kpis.rfmLimits);
    expect(first.kpis.rfmLimits.recencyTicks).not.toBe(state.rfmLimits.recency);
    expect(first.kpis.rfmLimits.frequency).not.toBe(state.rfmLimits.frequency);
    expect(first.kpis.rfmLimits.monetary).not.toBe(state.rfmLimits.monetary);
    let changed = false;
    for (let t = 0; t < 20; t++) {
      const r = stepSimulation(state, sc, []);
      if (JSON.stringify(r.kpis.rfmLimits) !== JSON.stringify(kept)) changed = true;
    }
    expect(changed).toBe(true); // the limits did move...
    expect(first.kpis.rfmLimits).toEqual(kept); // ...but not in the first report
  });
});
