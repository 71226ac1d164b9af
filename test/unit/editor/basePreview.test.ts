/** The preview of a starting base, on the real engine: counts add up and follow the scenario's mix. */
import { describe, expect, it } from 'vitest';
import * as engine from '../../../src/engine/index.ts';
import { previewBase } from '../../../src/ui/editor/basePreview.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

describe('base preview', () => {
  it('counts a sample of the starting base by motive, stage and segment', () => {
    const scenario = fixtureScenario(); // 200 customers, equal SONCAS weights
    const preview = previewBase(engine, scenario);
    expect(preview.customers).toBe(200);
    expect(preview.seed).toBe(42);
    for (const table of [preview.byMotive, preview.byStage, preview.bySegment]) expect(table.reduce((s, c) => s + c.count, 0)).toBe(200);
    expect(preview.meanBasket).toBeGreaterThan(5);
    expect(preview.meanBasket).toBeLessThan(200);
    // same scenario, same seed: same preview
    expect(previewBase(engine, scenario)).toEqual(preview);
  });

  it('follows the motive mix of the scenario', () => {
    const base = fixtureScenario();
    const scenario = fixtureScenario({
      customers: { ...base.customers, motiveMix: { securite: 0, orgueil: 0, nouveaute: 0, confort: 0, argent: 1, sympathie: 0 } },
    });
    const preview = previewBase(engine, scenario, 100);
    expect(preview.customers).toBe(100);
    expect(preview.byMotive.find((c) => c.key === 'argent')?.count).toBe(100);
  });
});
