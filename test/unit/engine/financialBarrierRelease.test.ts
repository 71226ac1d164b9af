/**
 * A financial advantage's switching barrier falls fast once the advantage stops (bonds.ts,
 * FINANCIAL_BARRIER_RELEASE_PER_WEEK): with no points or coupons left, a member has nothing left to lose by
 * leaving (MODEL.md: financial = strong, fast, fading; CONCEPTS.md: short-term effect). Before, it lost only
 * BARRIER_DECAY_PER_WEEK (3 % a week, like every barrier), so a coupon stopped at month 6 still held the
 * optician's members a year later. A contract's financial barrier and a club's relational barrier keep their
 * slow decay, and the loyalty card's barrier stays while the card is held. Same seed, weekly test shop.
 */
import { describe, expect, it } from 'vitest';
import { runSimulation } from '../../../src/engine/index.ts';
import { decisionsLogSchema } from '../../../src/engine/decisions.ts';
import * as P from '../../../src/engine/params.ts';
import { NO_TICK, type SimState } from '../../../src/engine/state.ts';
import { testScenario } from './fixtures.ts';

const scenario = testScenario();
const stop = 20;
const after = 4;

function run(action: Record<string, unknown>, ticks: number): SimState {
  const decisions = decisionsLogSchema.parse([
    { tick: 0, actions: [action] },
    { tick: stop, actions: [{ type: 'arreterProgramme', programmeId: '0:0' }] },
  ]);
  return runSimulation(scenario, { seed: 3, ticks, decisions }).state;
}

/** Mean of `value(i)` over the programme's members still alive, with or without a loyalty card. */
function meanOver(state: SimState, card: boolean, value: (c: SimState['customers'], i: number) => number): number {
  const c = state.customers;
  const members = state.programmes[0].members;
  let s = 0;
  let k = 0;
  for (let j = 0; j < members.length; j++) {
    const i = members[j];
    if (c.lostTick[i] !== NO_TICK || (c.loyaltyCard[i] !== 0) !== card) continue;
    s += value(c, i);
    k++;
  }
  expect(k).toBeGreaterThan(30);
  return s / k;
}

const financial = (c: SimState['customers'], i: number) => c.barrierFinancial[i];

describe('the barrier of a stopped financial advantage falls fast', () => {
  const points = { type: 'financier', instrument: 'points', discountRate: 0.1, target: { stages: ['actif'] } };
  const atStop = run(points, stop);
  const later = run(points, stop + after);

  it('members without a card lose most of it within a month (not 3 % a week)', () => {
    const before = meanOver(atStop, false, financial);
    // built toward FINANCIAL_BARRIER x 1.5 during 20 weeks
    expect(before).toBeGreaterThan(0.1);
    // 0.6^4 ≈ 13 % left after 4 weeks; with the slow decay 0.97^4 ≈ 89 %
    expect(meanOver(later, false, financial)).toBeLessThan(before * 0.25);
  });

  it('card holders fall back to the card’s barrier, which stays', () => {
    const excess = (s: SimState) => meanOver(s, true, (c, i) => c.barrierFinancial[i] - P.LOYALTY_CARD_BARRIER);
    expect(excess(atStop)).toBeGreaterThan(0.05);
    expect(excess(later)).toBeLessThan(excess(atStop) * 0.25);
    expect(excess(later)).toBeGreaterThanOrEqual(-1e-6);
  });
});

describe('other barriers still decay slowly after their programme stops', () => {
  it('a contract keeps its financial (and procedural) barrier for months', () => {
    const contract = { type: 'customisation', instrument: 'contrat', target: { stages: ['actif'] } };
    const atStop = run(contract, stop);
    const later = run(contract, stop + after);
    const before = meanOver(atStop, false, financial);
    expect(before).toBeGreaterThan(0.1);
    expect(meanOver(later, false, financial)).toBeGreaterThan(before * 0.85);
    const procedural = (c: SimState['customers'], i: number) => c.barrierProcedural[i];
    expect(meanOver(later, false, procedural)).toBeGreaterThan(meanOver(atStop, false, procedural) * 0.85);
  });

  it('a club keeps its relational barrier for months', () => {
    const club = { type: 'lienSocial', instrument: 'club', target: { stages: ['actif'] } };
    const relational = (c: SimState['customers'], i: number) => c.barrierRelational[i];
    const before = meanOver(run(club, stop), false, relational);
    expect(before).toBeGreaterThan(0.05);
    expect(meanOver(run(club, stop + after), false, relational)).toBeGreaterThan(before * 0.85);
  });
});
