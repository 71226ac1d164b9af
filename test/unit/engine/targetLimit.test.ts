/**
 * A target's limit (« N au plus ») counts only customers not lost, unless the target asks for the lost: « 300 au
 * plus » enrolled 197 when the lost, first by index (the initial base), filled the limit and were then left out (model audit F16).
 */
import { describe, expect, it } from 'vitest';
import { createSimulation, selectTarget, stepSimulation } from '../../../src/engine/index.ts';
import { actionSchema } from '../../../src/engine/decisions.ts';
import { NO_TICK } from '../../../src/engine/state.ts';
import { testScenario } from './fixtures.ts';

const scenario = testScenario((s) => (s.customers.initial = 800));

function aged() {
  const state = createSimulation(scenario, { seed: 9 });
  for (let t = 0; t < 30; t++) stepSimulation(state, scenario, []);
  return { state, scenario };
}

describe('a target limit', () => {
  const sim = aged();
  const lost = sim.state.customers.lostTick;
  const isLost = (i: number) => lost[i] !== NO_TICK;
  const limit = 120;

  it('holds only customers not lost, up to the limit, when lost ones come first by index', () => {
    const all = Array.from(selectTarget(sim.state, {}));
    const firstAlive = all.filter((i) => !isLost(i)).slice(0, limit);
    expect(all.slice(0, firstAlive[limit - 1] + 1).filter(isLost).length).toBeGreaterThan(10);
    expect(Array.from(selectTarget(sim.state, { limit }))).toEqual(firstAlive);
  });

  it('counts the lost when the target asks for them (stage perdu, segment inactif)', () => {
    const perdu = selectTarget(sim.state, { stages: ['perdu'], limit: 5 });
    expect(perdu.length).toBe(5);
    expect(Array.from(perdu).every(isLost)).toBe(true);
    const inactif = Array.from(selectTarget(sim.state, { segments: ['inactif'] }));
    expect(Array.from(selectTarget(sim.state, { segments: ['inactif'], limit: 10 }))).toEqual(inactif.slice(0, 10));
    expect(inactif.slice(0, 10).some(isLost)).toBe(true);
  });

  it('a programme and a data collection on « 120 au plus » reach 120 customers', () => {
    const copy = aged();
    const actions = [
      actionSchema.parse({ type: 'lienSocial', instrument: 'club', target: { limit } }),
      actionSchema.parse({ type: 'collecteDonnees', instrument: 'carteFidelite', target: { limit } }),
    ];
    const report = stepSimulation(copy.state, copy.scenario, actions);
    expect(report.rejected).toEqual([]);
    const prog = copy.state.programmes[0];
    expect(prog.members.length + prog.control.length).toBe(limit);
    expect(report.kpis.dataCollections?.[0].contacted).toBe(limit);
  });
});
