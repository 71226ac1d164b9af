/**
 * A target's limit (« N au plus ») counts only customers not lost, whatever the target: « 300 au plus » enrolled 197
 * when the lost, first by index (the initial base), filled the limit and were then left out (model audit F16), and
 * « inactifs, 300 au plus », the win-back target, still did after that fix, the segment holding lost and present
 * customers (review1 R1). The lost stay in the selection, as without a limit; enrolment leaves them out.
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

  it('is the target without a limit up to its limit-th customer not lost, the lost before him kept', () => {
    const all = Array.from(selectTarget(sim.state, {}));
    const firstAlive = all.filter((i) => !isLost(i)).slice(0, limit);
    const upTo = all.slice(0, all.indexOf(firstAlive[limit - 1]) + 1);
    expect(upTo.filter(isLost).length).toBeGreaterThan(10);
    expect(Array.from(selectTarget(sim.state, { limit }))).toEqual(upTo);
  });

  it('counts no lost customer for segment inactif nor stage perdu: « inactifs, 60 au plus » holds 60 still there', () => {
    const inactif = Array.from(selectTarget(sim.state, { segments: ['inactif'] }));
    expect(inactif.slice(0, 60).some(isLost)).toBe(true);
    expect(inactif.filter((i) => !isLost(i)).length).toBeGreaterThan(60);
    expect(Array.from(selectTarget(sim.state, { segments: ['inactif'], limit: 60 })).filter((i) => !isLost(i)).length).toBe(60);
    const dormantOrLost = selectTarget(sim.state, { stages: ['dormant', 'perdu'], limit: 30 });
    expect(Array.from(dormantOrLost).filter((i) => !isLost(i)).length).toBe(30);
    // only lost customers: the limit is never reached, they are all kept (and none is enrolled)
    expect(selectTarget(sim.state, { stages: ['perdu'], limit: 5 })).toEqual(selectTarget(sim.state, { stages: ['perdu'] }));
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
