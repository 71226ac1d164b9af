/**
 * Organic acquisition: people of the catchment area walk in and buy for the first time every tick
 * without any campaign (customers.organicAcquisitionPerTick, or a default share of the initial base),
 * more when the base is satisfied (word of mouth), within the prospects left; scaled with the base
 * when the `customers` option changes its size. Older scenario files without the field stay valid.
 */
import { describe, expect, it } from 'vitest';
import { runSimulation } from '../../../src/engine/index.ts';
import { ORGANIC_ACQUISITION_SHARE_PER_WEEK } from '../../../src/engine/params.ts';
import { scenarioSchema } from '../../../src/scenario/schema.ts';
import { baseScenarioInput, testScenario } from './fixtures.ts';

const TICKS = 30;
const acquired = (r: ReturnType<typeof runSimulation>) => r.reports.reduce((s, x) => s + x.kpis.acquired - x.kpis.acquiredByReferral, 0);

describe('organic acquisition', () => {
  it('recruits walk-ins every tick without any decision, at the scenario rate', () => {
    const sc = testScenario((s) => {
      s.customers.organicAcquisitionPerTick = 10;
    });
    const r = runSimulation(sc, { seed: 2, ticks: TICKS, decisions: [] });
    const walkIns = acquired(r);
    expect(walkIns).toBeGreaterThan(TICKS * 10 * 0.6);
    expect(walkIns).toBeLessThan(TICKS * 10 * 1.3);
    expect(r.reports.filter((x) => x.kpis.acquired > 0).length).toBeGreaterThan(TICKS * 0.9);
    const recruit = r.state.n - 1;
    expect(r.state.customers.stage[recruit]).toBeDefined();
    expect(r.state.customers.acquisitionTick[recruit]).toBeGreaterThanOrEqual(0);
  });

  it('an older file without the field is valid and gets the documented default', () => {
    const input = baseScenarioInput();
    expect('organicAcquisitionPerTick' in input.customers).toBe(false);
    const sc = scenarioSchema.parse(input);
    const r = runSimulation(sc, { seed: 2, ticks: TICKS, decisions: [] });
    const expected = ORGANIC_ACQUISITION_SHARE_PER_WEEK * sc.customers.initial * TICKS;
    expect(acquired(r)).toBeGreaterThan(expected * 0.5);
    expect(acquired(r)).toBeLessThan(expected * 1.5);
    const none = testScenario((s) => {
      s.customers.organicAcquisitionPerTick = 0;
    });
    expect(acquired(runSimulation(none, { seed: 2, ticks: TICKS, decisions: [] }))).toBe(0);
  });

  it('a base that grows dissatisfied gets fewer walk-ins (word of mouth)', () => {
    const walkIns = (incidentWave: number) =>
      acquired(
        runSimulation(
          testScenario((s) => {
            s.customers.organicAcquisitionPerTick = 10;
            s.events = [{ tick: 0, kind: 'vagueIncidents', intensity: incidentWave, durationTicks: TICKS }];
          }),
          { seed: 2, ticks: TICKS, decisions: [] },
        ),
      );
    // about 0.82 to 0.88 of the walk-ins depending on the seed (seeds 2 to 6)
    expect(walkIns(6)).toBeLessThan(walkIns(1) * 0.9);
  });

  it('scales with the base size and stops when the catchment area is empty', () => {
    const sc = testScenario((s) => {
      s.customers.organicAcquisitionPerTick = 10;
    });
    const half = acquired(runSimulation(sc, { seed: 2, customers: 1000, ticks: TICKS, decisions: [] }));
    const whole = acquired(runSimulation(sc, { seed: 2, ticks: TICKS, decisions: [] }));
    expect(half).toBeGreaterThan(whole * 0.35);
    expect(half).toBeLessThan(whole * 0.65);
    const small = testScenario((s) => {
      s.customers.organicAcquisitionPerTick = 10;
      s.customers.prospectPool = 25;
    });
    expect(acquired(runSimulation(small, { seed: 2, ticks: TICKS, decisions: [] }))).toBeLessThanOrEqual(25);
  });
});
