/**
 * The customer loop walks state.alive, the customers not lost in index order (step.ts), instead of testing
 * every customer. The list is derived data: it must always hold exactly the customers not lost, follow
 * recruits and a growth of the arrays, be rebuilt for a copy, and never change a result (a state whose
 * list is dropped before each tick must step identically).
 */
import { describe, expect, it } from 'vitest';
import { createSimulation, hashState, stepSimulation } from '../../../src/engine/index.ts';
import { actionSchema } from '../../../src/engine/decisions.ts';
import { cloneState, ensureCapacity, NO_TICK, type SimState } from '../../../src/engine/state.ts';
import { hasBonds } from '../../../src/engine/bonds.ts';
import { testScenario } from './fixtures.ts';

function notLost(state: SimState): number[] {
  const out: number[] = [];
  for (let i = 0; i < state.n; i++) if (state.customers.lostTick[i] === NO_TICK) out.push(i);
  return out;
}

function expectListMatches(state: SimState, label: string): void {
  const a = state.alive;
  expect(a, label).toBeTruthy();
  expect(a!.customers, label).toBe(state.customers);
  expect(a!.n, label).toBe(state.n);
  expect(a!.tick, label).toBe(state.tick);
  expect(Array.from(a!.index.subarray(0, a!.length)), label).toEqual(notLost(state));
}

describe('list of the customers not lost (state.alive)', () => {
  it('holds exactly the customers not lost after every tick, through departures, recruits and a growth', () => {
    const scenario = testScenario();
    const state = createSimulation(scenario, { seed: 3, customers: 2500 });
    expectListMatches(state, 'created');
    let lostSeen = 0;
    for (let t = 0; t < 60; t++) {
      if (t === 20) ensureCapacity(state, state.capacity + 1); // the list follows the new arrays
      const n = state.n;
      const report = stepSimulation(state, scenario, []);
      expectListMatches(state, `tick ${t}`);
      lostSeen += report.kpis.lost;
      if (t === 20) expect(state.n).toBeGreaterThan(n); // recruits appended in the growth's tick
    }
    expect(lostSeen).toBeGreaterThan(100);
    expect(state.alive!.length).toBeLessThan(state.n);
  });

  it('changes no result: a state whose list is dropped before every tick, and copies, step identically', () => {
    const scenario = testScenario();
    const withList = createSimulation(scenario, { seed: 9, customers: 2000 });
    const without = createSimulation(scenario, { seed: 9, customers: 2000 });
    for (let t = 0; t < 40; t++) {
      without.alive = null;
      const a = stepSimulation(withList, scenario, []);
      const b = stepSimulation(without, scenario, []);
      expect(hashState(withList), `tick ${t}`).toBe(hashState(without));
      expect(a.kpis, `tick ${t}`).toEqual(b.kpis);
      expect(Array.from(a.events.customer)).toEqual(Array.from(b.events.customer));
    }
    // a copy rebuilds its own list; the original keeps its list
    const copy = cloneState(withList);
    expect(copy.alive).toBeNull();
    stepSimulation(copy, scenario, []);
    stepSimulation(withList, scenario, []);
    expect(hashState(copy)).toBe(hashState(withList));
    expect(copy.alive).not.toBe(withList.alive);
    expectListMatches(copy, 'copy');
    expectListMatches(withList, 'original');
  });

  it('is rebuilt for a state whose arrays are not its own (a spread copy) or whose tick is not its own', () => {
    const scenario = testScenario();
    const state = createSimulation(scenario, { seed: 2, customers: 800 });
    for (let t = 0; t < 30; t++) stepSimulation(state, scenario, []);
    const other = cloneState(state);
    const spread: SimState = { ...state, customers: other.customers, ring: other.ring };
    expect(spread.alive).toBe(state.alive);
    stepSimulation(spread, scenario, []);
    expect(spread.alive).not.toBe(state.alive);
    expectListMatches(spread, 'spread');
    expectListMatches(state, 'untouched');
    // a list left from another tick is not trusted
    const stale = cloneState(state);
    stepSimulation(stale, scenario, []);
    const list = stale.alive!;
    list.tick -= 1;
    stepSimulation(stale, scenario, []);
    expect(stale.alive).not.toBe(list);
    expectListMatches(stale, 'stale');
  });

  it('flags bonded customers: 0 only without trust, card, barrier or club, and a card or a club given is seen', () => {
    const scenario = testScenario();
    const withList = createSimulation(scenario, { seed: 4, customers: 1500 });
    const without = createSimulation(scenario, { seed: 4, customers: 1500 });
    const card = [actionSchema.parse({ type: 'collecteDonnees', instrument: 'carteFidelite', target: { limit: 400 } })];
    const club = [actionSchema.parse({ type: 'lienSocial', instrument: 'club', target: { limit: 300 }, durationTicks: 6 })];
    let flagged = 0;
    let members = 0;
    for (let t = 0; t < 30; t++) {
      without.alive = null;
      const actions = t === 5 ? card : t === 12 ? club : [];
      stepSimulation(withList, scenario, actions);
      stepSimulation(without, scenario, actions);
      // a customer who got a card at tick 5 builds its financial barrier from then on (bondsStep not skipped)
      expect(hashState(withList), `tick ${t}`).toBe(hashState(without));
      const a = withList.alive!;
      const c = withList.customers;
      for (let j = 0; j < a.length; j++) {
        const i = a.index[j];
        const bonded =
          c.trust[i] !== 0 ||
          c.loyaltyCard[i] !== 0 ||
          c.barrierFinancial[i] !== 0 ||
          c.barrierRelational[i] !== 0 ||
          c.barrierProcedural[i] !== 0 ||
          c.clubMember[i] !== 0;
        if (bonded) expect(a.bonded[j], `tick ${t}, customer ${i}`).toBe(1);
        flagged += a.bonded[j];
        members += c.clubMember[i];
      }
    }
    expect(flagged).toBeGreaterThan(1000);
    expect(members).toBeGreaterThan(100);
  });

  it('counts a club member as bonded even before any trust (the flag that lets the loop skip club and trust)', () => {
    const state = createSimulation(testScenario(), { seed: 4, customers: 300 });
    const c = state.customers;
    let i = 0;
    while (hasBonds(c, i)) i++;
    c.clubMember[i] = 1;
    expect(c.trust[i]).toBe(0);
    expect(hasBonds(c, i)).toBe(true);
  });
});
