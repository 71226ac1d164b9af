/** Which JSON is a scenario at all (maybe with mistakes): the sections it counts follow the scenario schema. */
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { scenarioFileSchema } from '../../../src/scenario/schema.ts';
import { hasScenarioSections, SCENARIO_SECTIONS } from '../../../src/scenario/sections.ts';
import { fixtureScenarioInput } from '../../fixtures/scenario.ts';

describe('scenario sections', () => {
  it('are the top-level fields a valid scenario file cannot do without', () => {
    const file: Record<string, unknown> = { ...fixtureScenarioInput };
    expect(z.safeParse(scenarioFileSchema, file).success).toBe(true);
    const cannotDoWithout = Object.keys(file).filter((key) => {
      const rest = { ...file };
      delete rest[key];
      return !z.safeParse(scenarioFileSchema, rest).success;
    });
    expect([...SCENARIO_SECTIONS].sort()).toEqual(cannotDoWithout.sort());
    // the hand-written list had forgotten it
    expect(SCENARIO_SECTIONS).toContain('objectives');
  });

  it('take an object holding half of them for a scenario with mistakes, one with fewer for something else', () => {
    const holding = (count: number) => Object.fromEntries(SCENARIO_SECTIONS.slice(0, count).map((key) => [key, null]));
    const half = Math.ceil(SCENARIO_SECTIONS.length / 2);
    expect(hasScenarioSections(holding(half))).toBe(true);
    expect(hasScenarioSections(holding(half - 1))).toBe(false);
    expect(hasScenarioSections({ ...fixtureScenarioInput })).toBe(true);
    expect(hasScenarioSections([fixtureScenarioInput])).toBe(false);
  });
});
