import { describe, expect, it } from 'vitest';
import {
  cloneState,
  createSimulation,
  customerEvents,
  customerRecord,
  hashState,
  runSimulation,
  stepSimulation,
} from '../../../src/engine/index.ts';
import type { DecisionsLog } from '../../../src/engine/decisions.ts';
import { decisionsLogSchema } from '../../../src/engine/decisions.ts';
import { testScenario } from './fixtures.ts';

const scenario = testScenario((s) => {
  s.competitors = [
    {
      id: 'c',
      name: 'Concurrent',
      attractiveness: 0.3,
      events: [{ tick: 5, kind: 'promotion', intensity: 0.5 }],
    },
  ];
});

const decisions: DecisionsLog = decisionsLogSchema.parse([
  {
    tick: 1,
    actions: [
      {
        type: 'financier',
        instrument: 'coupon',
        discountRate: 0.1,
        target: { stages: ['actif'] },
      },
      { type: 'enquete', instrument: 'questionnaire', sampleSize: 100 },
    ],
  },
  {
    tick: 3,
    actions: [
      {
        type: 'lienSocial',
        instrument: 'club',
        target: { motives: ['sympathie'] },
      },
      { type: 'acquisition', channel: 'flyers', budget: 600 },
    ],
  },
  {
    tick: 6,
    actions: [
      { type: 'arreterProgramme', programmeId: '1:0' },
      { type: 'politiqueReclamations', level: 'rapide' },
    ],
  },
]);

describe('engine determinism', () => {
  it('same scenario, seed and decisions give the same state hash; another seed another hash', () => {
    const a = runSimulation(scenario, { seed: 7, ticks: 10, decisions });
    const b = runSimulation(scenario, { seed: 7, ticks: 10, decisions });
    const c = runSimulation(scenario, { seed: 8, ticks: 10, decisions });
    expect(hashState(a.state)).toMatch(/^[0-9a-f]{16}$/);
    expect(hashState(b.state)).toBe(hashState(a.state));
    expect(hashState(c.state)).not.toBe(hashState(a.state));
    expect(b.reports.map((r) => r.kpis.turnover)).toEqual(a.reports.map((r) => r.kpis.turnover));
  });

  it('decisions change the hash, and a cloned state stepped twice equals the original stepped twice', () => {
    const plain = runSimulation(scenario, { seed: 7, ticks: 10 });
    const acted = runSimulation(scenario, { seed: 7, ticks: 10, decisions });
    expect(hashState(acted.state)).not.toBe(hashState(plain.state));

    const s = createSimulation(scenario, { seed: 3 });
    const copy = cloneState(s);
    expect(hashState(copy)).toBe(hashState(s));
    const actions = decisions[0].actions;
    stepSimulation(s, scenario, actions);
    stepSimulation(s, scenario, []);
    stepSimulation(copy, scenario, actions);
    stepSimulation(copy, scenario, []);
    expect(hashState(copy)).toBe(hashState(s));
  });

  it('the state survives a structured clone (worker, IndexedDB) unchanged', () => {
    const { state } = runSimulation(scenario, { seed: 2, ticks: 4, decisions });
    const copy = structuredClone(state);
    expect(hashState(copy)).toBe(hashState(state));
    stepSimulation(copy, scenario, []);
    stepSimulation(state, scenario, []);
    expect(hashState(copy)).toBe(hashState(state));
  });

  it('customer 42 behaves the same with 1,000 or 20,000 initial customers (no decisions)', () => {
    const small = runSimulation(scenario, {
      seed: 11,
      customers: 1000,
      ticks: 30,
    });
    const big = runSimulation(scenario, {
      seed: 11,
      customers: 20_000,
      ticks: 30,
    });
    // RFM scores and segments are quintiles over the whole base, so they depend on its size by design
    const strip = (rec: ReturnType<typeof customerRecord>) => {
      const rest: Partial<ReturnType<typeof customerRecord>> = { ...rec };
      for (const key of ['r', 'f', 'm', 'segment', 'rfSegment'] as const) delete rest[key];
      return rest;
    };
    for (const id of [0, 42, 999]) {
      expect(strip(customerRecord(big.state, id))).toEqual(strip(customerRecord(small.state, id)));
      // a referral's detail is the new customer's index, which depends on the base size
      const events = (s: typeof small.state) => customerEvents(s, id).map((e) => (e.type === 'parrainage' ? { ...e, detail: -1 } : e));
      expect(events(big.state)).toEqual(events(small.state));
    }
    expect(customerEvents(small.state, 42).length).toBeGreaterThan(0);
  });
});

describe('hashState', () => {
  it('covers customer arrays, the event log, programmes and scalars', () => {
    const base = createSimulation(scenario, { seed: 1 });
    const h = hashState(base);
    const mutations: ((s: ReturnType<typeof cloneState>) => void)[] = [
      (s) => (s.customers.satisfaction[1500] += 0.001),
      (s) => (s.ring[s.ring.findIndex((slot) => slot.length > 0)].spend[0] += 1),
      (s) => (s.eventChunks[0].detail[0] += 1),
      (s) => (s.budget += 1),
      (s) => (s.customers.measuredSatisfaction[7] = 0.5),
    ];
    for (const mutate of mutations) {
      const copy = cloneState(base);
      mutate(copy);
      expect(hashState(copy)).not.toBe(h);
    }
    // capacity beyond n is not part of the state's meaning
    const copy = cloneState(base);
    expect(hashState(copy)).toBe(h);
  });
});
