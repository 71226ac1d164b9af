/**
 * What the engine records for the learner's screens without changing the simulation (report QA3a
 * A3, A7, B7): which competitor imitated a financial advantage and from when, where the members'
 * reference price stands when an advantage ends, and what a data collection gave. Real runs of the
 * shipped cosmetics shop (Belle Nature: BeautéDiscount.fr copies after 2 weeks, Glow Lab after 4).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runSimulation } from '../../../src/engine/index.ts';
import { decisionsLogSchema } from '../../../src/engine/decisions.ts';
import * as P from '../../../src/engine/params.ts';
import { parseScenario } from '../../../src/scenario/load.ts';
import type { Scenario } from '../../../src/scenario/schema.ts';

function shipped(id: string): Scenario {
  const parsed = parseScenario(JSON.parse(readFileSync(`scenarios/${id}.json`, 'utf8')));
  if (!parsed.ok) throw new Error(id);
  return parsed.scenario;
}

const cosmetics = shipped('cosmetiques-en-ligne');

describe('a coupon programme in the cosmetics shop, stopped at week 6', () => {
  const run = runSimulation(cosmetics, {
    seed: cosmetics.defaultSeed,
    customers: 2000,
    ticks: 8,
    decisions: decisionsLogSchema.parse([
      { tick: 1, actions: [{ type: 'financier', instrument: 'coupon', discountRate: 0.2, target: { motives: ['argent'] } }] },
      { tick: 6, actions: [{ type: 'arreterProgramme', programmeId: '1:0' }] },
    ]),
  });
  const programme = (tick: number) => run.reports[tick].kpis.programmes[0];

  it('is imitated by the quickest competitor from week 1 + its delay, and says so only from then', () => {
    const fastest = cosmetics.competitors.reduce((a, b) => (b.imitationDelayTicks < a.imitationDelayTicks ? b : a));
    const from = 1 + fastest.imitationDelayTicks;
    expect(programme(from - 1).imitated).toBeUndefined();
    expect(programme(from).imitated).toEqual({ tick: from, competitor: fastest.id });
    expect(programme(7).imitated).toEqual({ tick: from, competitor: fastest.id });
  });

  it('tells where the members’ reference price stands in the tick it ended, and only then', () => {
    expect(programme(5).priceReturn).toBeUndefined();
    const back = programme(6).priceReturn!;
    expect(back.members).toBeGreaterThan(0);
    expect(back.members).toBeLessThanOrEqual(programme(6).targeted);
    // they paid 20 % less for 5 weeks: the normal price is above what they got used to
    expect(back.aboveReference).toBeGreaterThan(0);
    expect(back.beyondTolerance).toBeGreaterThanOrEqual(0);
    expect(back.beyondTolerance).toBeLessThanOrEqual(back.members);
    expect(programme(7).priceReturn).toBeUndefined();
  });

  it('is not marked imitated when it ended before the competitor copied it', () => {
    const short = runSimulation(cosmetics, {
      seed: cosmetics.defaultSeed,
      customers: 1000,
      ticks: 5,
      decisions: decisionsLogSchema.parse([{ tick: 1, actions: [{ type: 'financier', instrument: 'coupon', discountRate: 0.1, target: {}, durationTicks: 1 }] }]),
    });
    expect(short.reports[4].kpis.programmes[0].endTick).toBe(2);
    expect(short.reports[4].kpis.programmes[0].imitated).toBeUndefined();
  });
});

describe('a data collection', () => {
  it('reports how many customers were asked, how many accepted and what it cost', () => {
    const run = runSimulation(cosmetics, {
      seed: cosmetics.defaultSeed,
      customers: 2000,
      ticks: 2,
      decisions: decisionsLogSchema.parse([{ tick: 1, actions: [{ type: 'collecteDonnees', instrument: 'carteFidelite', target: { limit: 300 } }] }]),
    });
    expect(run.reports[0].kpis.dataCollections).toBeUndefined();
    const [d] = run.reports[1].kpis.dataCollections!;
    expect(d.instrument).toBe('carteFidelite');
    // the 300 targeted minus those already lost: only customers are asked (and paid for)
    expect(d.contacted).toBeGreaterThan(100);
    expect(d.contacted).toBeLessThanOrEqual(300);
    // about 60 % accept a loyalty card (DATA_ACCEPT), never more than were asked
    expect(d.accepted).toBeGreaterThan(0.4 * d.contacted);
    expect(d.accepted).toBeLessThan(0.8 * d.contacted);
    expect(d.cost).toBeCloseTo(d.contacted * P.DATA_COST_PER_CONTACT.carteFidelite, 6);
    expect(d.cost).toBeCloseTo(run.reports[1].kpis.costsByType.collecteDonnees!, 6);
  });
});
