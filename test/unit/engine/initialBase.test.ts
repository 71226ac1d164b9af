/**
 * The initial base is that of a shop that has been running for years (simulation.ts, customers.ts
 * initialArrivals): the last NEW_CUSTOMER_WEEKS of its simulated history hold only the shop's walk-ins,
 * so the « nouveau » RFM segment starts at the level the acquisition flow keeps it at. Before, the base's first purchases were spread evenly over the history, and a
 * quarter of the bakery (678 customers) started « nouveau » and left the segment within 13 weeks
 * (678 → 97) whatever the learner did: the Bilan showed « Nouveau client 678 → 97 (−581) ».
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runSimulation } from '../../../src/engine/index.ts';
import { weeksToTicks } from '../../../src/engine/context.ts';
import { initialArrivals } from '../../../src/engine/customers.ts';
import { WEEKS_PER_MONTH } from '../../../src/engine/params.ts';
import { parseScenario } from '../../../src/scenario/load.ts';

const SHOPS = ['boulangerie-du-marche', 'cosmetiques-en-ligne', 'optique-lumiere', 'sport-et-cimes'];
/** Steady level: the mean over periods 20 to 52 (or the end of a shorter game). */
const FROM = 20;
const TO = 52;

describe.each(SHOPS)('%s without decisions', (id) => {
  const parsed = parseScenario(readFileSync(`scenarios/${id}.json`, 'utf8'));
  if (!parsed.ok) throw new Error(id);
  const s = parsed.scenario;
  const ticks = Math.min(TO, s.durationTicks);
  const { reports } = runSimulation(s, { seed: s.defaultSeed, ticks, decisions: [] });
  const steady = (pick: (k: (typeof reports)[number]['kpis']) => number) => {
    const later = reports.slice(FROM - 1, ticks).map((r) => pick(r.kpis));
    return later.reduce((t, x) => t + x, 0) / later.length;
  };

  it('starts with the « nouveau » segment at its steady level (within 25 %)', () => {
    const first = reports[0].kpis.segments.nouveau;
    const level = steady((k) => k.segments.nouveau);
    // optician 35 %: since a dormant customer silent past his threshold is lost (02/12/2026), its steady level
    // fell 75.4 -> 71.3 (measured at the default seed, months 20-36; recruits 24.6 -> 23.3 a month) while the
    // start stays 92 (22 % -> 29 % apart); the other shops keep 25 %
    expect(Math.abs(first - level) / level).toBeLessThan(id === 'optique-lumiere' ? 0.35 : 0.25);
  });

  // The lifecycle stage nouveau is no longer checked here: since a one-time buyer stays nouveau until he is
  // dormant (lifecycle.ts, 01/12/2026) instead of becoming actif after 13 weeks, the history's established
  // one-time buyers start nouveau and go dormant during the first year (cosmetics 3 933 -> 938), where they
  // used to start actif and go dormant the same way (README « Cycle de vie », known limit).

  // A customer becomes dormant after up to DORMANT_MAX_WEEKS without a purchase: a history not longer
  // than that left the stage almost empty at the start, and it filled up whatever the learner did
  // (sport 84 → 579 in 14 weeks, cosmetics 65 in week 14 → 687 in week 19: 88 % and 94 % below this
  // check's level). Their scenarios now simulate a longer history (sport 104 weeks, cosmetics 91). These
  // bases shrink by design, so the start is compared with the quarter that follows (weeks 14 to 26).
  it('starts with the lifecycle stage dormant at its level of the next quarter (weeks 14-26, within 35 %)', () => {
    const from = weeksToTicks(14, s.tickUnit === 'week' ? 1 : WEEKS_PER_MONTH);
    const to = weeksToTicks(26, s.tickUnit === 'week' ? 1 : WEEKS_PER_MONTH);
    const later = reports.slice(from - 1, to).map((r) => r.kpis.stages.dormant);
    const level = later.reduce((t, x) => t + x, 0) / later.length;
    expect(Math.abs(reports[0].kpis.stages.dormant - level) / level).toBeLessThan(0.35);
  });
});

describe('initialArrivals', () => {
  it('gives the last NEW_CUSTOMER_WEEKS the walk-ins of that time, the rest of the base to the periods before', () => {
    expect(initialArrivals(52, 13, 8, 3000)).toEqual({ history: 52, recentTicks: 13, recentShare: (8 * 13) / 3000 });
    // a history no longer than the window leaves its first period to the established customers
    expect(initialArrivals(10, 13, 2, 360)).toEqual({ history: 10, recentTicks: 9, recentShare: (2 * 9) / 360 });
    // no walk-ins: the whole base arrives before the window; more walk-ins than the base: all in it
    expect(initialArrivals(52, 13, 0, 3000).recentShare).toBe(0);
    expect(initialArrivals(52, 13, 1000, 3000).recentShare).toBe(1);
    expect(initialArrivals(0, 13, 8, 3000)).toEqual({ history: 1, recentTicks: 0, recentShare: 0 });
  });
});
