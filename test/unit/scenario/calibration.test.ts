/**
 * The shipped scenarios' parameters give the economics their descriptions promise (sector
 * basket, margin, purchase frequency), computed from the BTYD means so a careless edit of a
 * JSON file that turns a bakery into a jeweller fails here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../src/scenario/load.ts';
import type { Scenario } from '../../../src/scenario/schema.ts';

function load(id: string): Scenario {
  const r = parseScenario(readFileSync(`scenarios/${id}.json`, 'utf8'));
  if (!r.ok) throw new Error(id);
  return r.scenario;
}

/** Mean spend per purchase of the Gamma-Gamma model, weighted by the product types' basket factors. */
function meanBasket(s: Scenario): number {
  const { p, q, v } = s.customers.spend;
  const types = s.economics.productTypes;
  const shares = types.reduce((sum, t) => sum + t.share, 0);
  const factor = types.reduce((sum, t) => sum + t.share * t.basketFactor, 0) / shares;
  return ((p * v) / (q - 1)) * factor;
}

const perYear = (s: Scenario) => (s.tickUnit === 'week' ? 52 : 12);
const purchasesPerYear = (s: Scenario) => (s.customers.purchaseRate.r / s.customers.purchaseRate.alpha) * perYear(s);

describe.each([
  // id, basket (€), margin, purchases per customer per year
  ['boulangerie-du-marche', [6, 8], [0.6, 0.7], [20, 60]],
  ['sport-et-cimes', [55, 85], [0.35, 0.45], [2, 6]],
  ['optique-lumiere', [250, 400], [0.55, 0.65], [0.5, 1.5]],
  ['cosmetiques-en-ligne', [30, 40], [0.5, 0.6], [2, 5]],
] as const)('%s', (id, basket, margin, frequency) => {
  const s = load(id);
  it(`mean basket between ${basket[0]} and ${basket[1]} €`, () => {
    expect(meanBasket(s)).toBeGreaterThanOrEqual(basket[0]);
    expect(meanBasket(s)).toBeLessThanOrEqual(basket[1]);
  });
  it(`gross margin between ${margin[0]} and ${margin[1]}`, () => {
    expect(s.economics.marginRate).toBeGreaterThanOrEqual(margin[0]);
    expect(s.economics.marginRate).toBeLessThanOrEqual(margin[1]);
  });
  it(`between ${frequency[0]} and ${frequency[1]} purchases per customer per year`, () => {
    expect(purchasesPerYear(s)).toBeGreaterThanOrEqual(frequency[0]);
    expect(purchasesPerYear(s)).toBeLessThanOrEqual(frequency[1]);
  });
  it('Gamma-Gamma has a finite mean (q > 1) and the events fall inside the run', () => {
    expect(s.customers.spend.q).toBeGreaterThan(1);
    for (const e of [...s.events, ...s.competitors.flatMap((c) => c.events)]) expect(e.tick).toBeLessThan(s.durationTicks);
  });
});
