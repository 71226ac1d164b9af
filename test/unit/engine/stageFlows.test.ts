/**
 * Gross stage transitions (KPIs' stageFlows, README « Indicateurs »): counted where customers move (the
 * customer loop, each arrival), they explain every change of the stage counts of a real run of a shipped
 * shop: stages[s] = previous stages[s] + inflows - outflows, for every stage and every period, from the
 * base at period 0 (createSimulation's state) on.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSimulation, stepSimulation, type SimState } from '../../../src/engine/index.ts';
import type { Action } from '../../../src/engine/decisions.ts';
import type { StageFlow, TickKpis } from '../../../src/engine/types.ts';
import { STAGES, type Stage } from '../../../src/engine/vocabulary.ts';
import { parseScenario } from '../../../src/scenario/load.ts';
import type { Scenario } from '../../../src/scenario/schema.ts';

function shop(id: string): Scenario {
  const parsed = parseScenario(readFileSync(`scenarios/${id}.json`, 'utf8'));
  if (!parsed.ok) throw new Error(id);
  return parsed.scenario;
}

/** Stage counts of a state as the KPIs count them (prospects: the pool left). */
function stageCounts(state: SimState): Record<Stage, number> {
  const out = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
  for (let i = 0; i < state.n; i++) out[STAGES[state.customers.stage[i]]]++;
  out.prospect += state.prospectsRemaining;
  return out;
}

function flowCount(flows: readonly StageFlow[], from: Stage, to: Stage): number {
  return flows.find((f) => f.from === from && f.to === to)?.count ?? 0;
}

describe('gross stage flows', () => {
  // the bakery for half a year, with a flyer campaign (paid arrivals) and a club, seed 42
  const scenario = shop('boulangerie-du-marche');
  const state = createSimulation(scenario, { seed: 42 });
  const start = stageCounts(state);
  const decisions: Record<number, Action[]> = {
    2: [{ type: 'acquisition', channel: 'flyers', budget: 1500 }],
  };
  const kpis: TickKpis[] = [];
  for (let t = 0; t < 26; t++) kpis.push(stepSimulation(state, scenario, decisions[t] ?? []).kpis);

  it('explain every change of every stage count: count = previous count + inflows - outflows', () => {
    let previous = start;
    for (const k of kpis) {
      const flows = k.stageFlows!;
      expect(flows, `period ${k.tick}`).toBeDefined();
      for (const s of STAGES) {
        const inflow = flows.filter((f) => f.to === s).reduce((a, f) => a + f.count, 0);
        const outflow = flows.filter((f) => f.from === s).reduce((a, f) => a + f.count, 0);
        expect(k.stages[s], `${s}, period ${k.tick}`).toBe(previous[s] + inflow - outflow);
      }
      previous = k.stages;
    }
    expect(stageCounts(state)).toEqual(kpis[kpis.length - 1].stages);
  });

  it('agree with arrivals and departures, and list only real moves in STAGES order', () => {
    for (const k of kpis) {
      const flows = k.stageFlows!;
      expect(flowCount(flows, 'prospect', 'nouveau')).toBe(k.acquired);
      expect(flows.filter((f) => f.to === 'perdu').reduce((a, f) => a + f.count, 0)).toBe(k.lost);
      for (const f of flows) {
        expect(f.count).toBeGreaterThan(0);
        expect(f.from).not.toBe(f.to);
      }
      const order = flows.map((f) => STAGES.indexOf(f.from) * STAGES.length + STAGES.indexOf(f.to));
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
  });

  it('show the gross moves a net change hides: actif -> dormant, dormant -> actif (réactivés), nouveau -> actif, departures from each stage', () => {
    const total = (from: Stage, to: Stage) => kpis.reduce((a, k) => a + flowCount(k.stageFlows!, from, to), 0);
    expect(total('actif', 'dormant')).toBeGreaterThan(0);
    expect(total('dormant', 'actif')).toBeGreaterThan(0);
    expect(total('nouveau', 'actif')).toBeGreaterThan(0);
    expect(total('nouveau', 'dormant')).toBeGreaterThan(0);
    expect(total('actif', 'perdu')).toBeGreaterThan(0);
    expect(total('dormant', 'perdu')).toBeGreaterThan(0);
    // no customer ever goes back to prospect or comes back from perdu
    expect(total('perdu', 'actif') + total('actif', 'prospect') + total('actif', 'nouveau')).toBe(0);
  });
});
