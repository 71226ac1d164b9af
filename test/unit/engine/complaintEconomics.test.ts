/**
 * Complaints handled fast pay, ignored ones cost (CONCEPTS.md « handled fast and well they keep most
 * customers, ignored they lose them »; QA expert F6: in the bakery « ignorer » paid best, 136 006 € net
 * against 134 582 € for « rapide », because a handled complaint cost a flat 12 to 60 € in a 6,50 € basket
 * shop and an ignored one lost only 13,5 % of its complainers). Each shipped shop over its own horizon,
 * seed 42, the policy set at the start and nothing else: « rapide » ends with the best cumulative net
 * margin, « ignorer » below every handled policy, « excellente » below « rapide » (not free: the recovery
 * paradox buys no loyalty). Mechanisms: a complaint costs staff time plus a gesture in the shop's baskets
 * (unitCosts.ts), and each unresolved complaint turns walk-ins away (acquisition.ts organicMean).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { runSimulation } from '../../../src/engine/index.ts';
import type { ComplaintPolicy } from '../../../src/engine/vocabulary.ts';
import { complaintUnitCost, scenarioBasket } from '../../../src/engine/unitCosts.ts';
import { scenarioSchema } from '../../../src/scenario/schema.ts';

const load = (id: string) => scenarioSchema.parse(JSON.parse(readFileSync(new URL(`../../../scenarios/${id}.json`, import.meta.url), 'utf8')));

function netMargin(id: string, level: ComplaintPolicy): number {
  const scenario = load(id);
  const { reports } = runSimulation(scenario, {
    seed: 42,
    ticks: scenario.durationTicks,
    decisions: [{ tick: 0, actions: [{ type: 'politiqueReclamations', level }] }],
  });
  return reports.reduce((sum, r) => sum + r.kpis.netMargin, 0);
}

describe('what handling a complaint costs follows the shop', () => {
  it('staff time plus a gesture in baskets: dearer at the optician than at the baker, ignoring free', () => {
    const bakery = scenarioBasket(load('boulangerie-du-marche'));
    const optician = scenarioBasket(load('optique-lumiere'));
    expect(bakery).toBe(6.9);
    expect(optician).toBe(288.75);
    expect(complaintUnitCost('ignorer', optician)).toBe(0);
    for (const policy of ['standard', 'rapide', 'excellente'] as const) expect(complaintUnitCost(policy, optician)).toBeGreaterThan(5 * complaintUnitCost(policy, bakery));
    // in the bakery a complaint handled fast costs about one basket, no longer 25 €
    expect(complaintUnitCost('rapide', bakery)).toBeLessThan(2 * bakery);
  });
});

describe.each(['boulangerie-du-marche', 'cosmetiques-en-ligne', 'sport-et-cimes', 'optique-lumiere'])('%s, seed 42, over the scenario', (id) => {
  it('« rapide » pays best, « ignorer » least, « excellente » costs more than it brings', () => {
    const net = Object.fromEntries((['ignorer', 'standard', 'rapide', 'excellente'] as const).map((level) => [level, netMargin(id, level)]));
    expect(net.rapide).toBeGreaterThan(net.standard);
    expect(net.rapide).toBeGreaterThan(net.excellente);
    expect(net.standard).toBeGreaterThan(net.ignorer);
    expect(net.excellente).toBeGreaterThan(net.ignorer);
  });
});
