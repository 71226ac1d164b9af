/**
 * A discount is counted once (QA verify3 V2). The same bakery played with and without a 10 % coupon
 * (same seed, same customers): the discount given is read from the purchases themselves (what the
 * members paid while the coupon ran × rate ÷ (1 − rate)), not from the engine's accounting. Before,
 * the engine took it off the turnover (so the gross margin lost rate × discount) and charged it to the
 * programme too: the net margin lost (1 + margin rate) × discount, the gross margin only rate × discount.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DecisionsLog } from '../../../src/engine/decisions.ts';
import { runSimulation } from '../../../src/engine/index.ts';
import type { TickKpis, TickReport } from '../../../src/engine/types.ts';
import { parseScenario } from '../../../src/scenario/load.ts';

const parsed = parseScenario(JSON.parse(readFileSync('scenarios/boulangerie-du-marche.json', 'utf8')));
if (!parsed.ok) throw new Error('boulangerie invalide');
const scenario = parsed.scenario;
const RATE = 0.1;
const TICKS = 20;
const coupon: DecisionsLog = [
  { tick: 1, actions: [{ type: 'financier', instrument: 'coupon', discountRate: RATE, durationTicks: 12, target: { stages: ['actif'], limit: 500 } }] },
];
const play = (decisions: DecisionsLog) => runSimulation(scenario, { seed: 42, customers: 1200, ticks: TICKS, decisions });
const nothing = play([]);
const withCoupon = play(coupon);
const margin = scenario.economics.marginRate;
const total = (reports: TickReport[], pick: (k: TickKpis) => number) => reports.reduce((sum, r) => sum + pick(r.kpis), 0);

const programme = withCoupon.state.programmes[0];
const members = new Set(programme.members);
const running = (tick: number) => tick >= programme.startTick && (programme.endTick < 0 || tick < programme.endTick);
/** what the members paid in a tick, and what they would have paid at the normal price */
function membersPaid(r: TickReport): number {
  let paid = 0;
  for (let k = 0; k < r.purchases.length; k++) if (members.has(r.purchases.customer[k])) paid += r.purchases.amount[k];
  return paid;
}
const discountGiven = withCoupon.reports.reduce((sum, r) => sum + (running(r.tick) ? (membersPaid(r) * RATE) / (1 - RATE) : 0), 0);

describe('a discount is counted once', () => {
  it('the coupon ran, with a control group, and gave discounts', () => {
    expect(programme.control.length).toBeGreaterThan(0);
    expect(discountGiven).toBeGreaterThan(1000);
    expect(total(withCoupon.reports, (k) => k.discounts ?? 0)).toBeCloseTo(discountGiven, 1);
  });

  it('net margin effect = − discount given + margin of the extra purchases (at the normal price), besides the fee and knock-on costs', () => {
    const effect = total(withCoupon.reports, (k) => k.netMargin) - total(nothing.reports, (k) => k.netMargin);
    // the purchases at the normal price: what was paid plus the discounts (none without the coupon)
    const extraPurchases = total(withCoupon.reports, (k) => k.turnover) + discountGiven - total(nothing.reports, (k) => k.turnover);
    // the programme's own cost (per member reached) and the other costs that moved (complaints of other customers)
    const fee = total(withCoupon.reports, (k) => k.costsByType.financier ?? 0) - discountGiven;
    const otherCosts = (reports: TickReport[]) => total(reports, (k) => k.costs - (k.costsByType.financier ?? 0));
    const knockOn = otherCosts(withCoupon.reports) - otherCosts(nothing.reports);
    expect(fee).toBeGreaterThan(0);
    expect(fee).toBeLessThan(discountGiven);
    expect(effect + fee + knockOn).toBeCloseTo(-discountGiven + margin * extraPurchases, 1);
  });

  it('the gross margin loses the whole discount, not margin rate × discount', () => {
    const effect = total(withCoupon.reports, (k) => k.grossMargin) - total(nothing.reports, (k) => k.grossMargin);
    const extraPurchases = total(withCoupon.reports, (k) => k.turnover) + discountGiven - total(nothing.reports, (k) => k.turnover);
    expect(effect).toBeCloseTo(-discountGiven + margin * extraPurchases, 1);
  });

  it('the programme’s incremental margin is counted at the normal price: its cost holds the discount, so margin − cost counts it once', () => {
    const r = withCoupon.reports.find((x) => running(x.tick) && x.tick > programme.startTick)!;
    const kpi = r.kpis.programmes[0];
    expect(kpi.comparison!.memberMargin).toBeCloseTo((margin * membersPaid(r)) / (1 - RATE) / programme.members.length, 6);
  });
});
