/**
 * Word of mouth and referrals (wordOfMouth.ts, acquisition.ts, customers.ts): a customer recommends the
 * shop only above REFERRAL_SATISFACTION_MIN, with a probability growing linearly from 0 there to the full
 * rate at S = 1, twice as often as a club member or supporter; REFERRAL_CONVERSION of the recommendations
 * bring a customer, who is « referred » and churns less (REFERRED_DROPOUT_FACTOR); the referrer becomes
 * an « ambassadeur ». The referral draw is made many times with independent hashes, as the customer loop
 * does once per customer and tick.
 */
import { describe, expect, it } from 'vitest';
import { createSimulation, runSimulation } from '../../../src/engine/index.ts';
import { buildContext } from '../../../src/engine/context.ts';
import { initCustomer } from '../../../src/engine/customers.ts';
import { customerEvents } from '../../../src/engine/events.ts';
import * as P from '../../../src/engine/params.ts';
import { customerHash } from '../../../src/engine/rng.ts';
import { LADDER, MOTIVES } from '../../../src/engine/vocabulary.ts';
import { wordOfMouthStep } from '../../../src/engine/wordOfMouth.ts';
import { testScenario } from './fixtures.ts';

const DRAWS = 60_000;

function setUp() {
  const scenario = testScenario();
  const state = createSimulation(scenario, { seed: 11, customers: 50 });
  const ctx = buildContext(state, scenario, false, new Float64Array(MOTIVES.length));
  return { scenario, state, ctx };
}

/** Share of DRAWS referral draws of one customer at satisfaction s that bring a new customer. */
function referralShare(s: number, options: { rate?: number; club?: boolean } = {}): number {
  const { state, ctx } = setUp();
  const c = state.customers;
  c.satisfaction[0] = s;
  c.clubMember[0] = options.club ? 1 : 0;
  if (options.rate !== undefined) ctx.referralRate = options.rate;
  let brought = 0;
  for (let d = 0; d < DRAWS; d++) {
    ctx.cur.hash = customerHash(ctx.keys.referral, 1000 + d);
    ctx.referrers.length = 0;
    wordOfMouthStep(ctx, 0, options.club ? 1 : 0);
    brought += ctx.referrers.length;
  }
  return brought / DRAWS;
}

describe('word of mouth', () => {
  it('a weekly shop refers at REFERRAL_RATE_PER_WEEK at full satisfaction', () => {
    expect(setUp().ctx.referralRate).toBeCloseTo(P.REFERRAL_RATE_PER_WEEK, 12);
  });

  it('nobody recommends at or below the satisfaction threshold', () => {
    for (const s of [0.3, 0.6, P.REFERRAL_SATISFACTION_MIN]) expect(referralShare(s, { rate: 1 })).toBe(0);
  });

  it('above the threshold the referral probability grows linearly with satisfaction, up to the full rate at S = 1', () => {
    // rate 1: the recommendation probability is (S − 0,7) / 0,3 itself; a share REFERRAL_CONVERSION of them converts
    const full = referralShare(1, { rate: 1 });
    const half = referralShare(P.REFERRAL_SATISFACTION_MIN + (1 - P.REFERRAL_SATISFACTION_MIN) / 2, { rate: 1 });
    const quarter = referralShare(P.REFERRAL_SATISFACTION_MIN + (1 - P.REFERRAL_SATISFACTION_MIN) / 4, { rate: 1 });
    expect(quarter).toBeGreaterThan(0);
    expect(quarter).toBeLessThan(half);
    expect(half).toBeLessThan(full);
    expect(half / full).toBeGreaterThan(0.45);
    expect(half / full).toBeLessThan(0.55);
    expect(quarter / full).toBeGreaterThan(0.2);
    expect(quarter / full).toBeLessThan(0.3);
  });

  it('REFERRAL_CONVERSION of the recommendations bring a customer (13 %)', () => {
    // S = 1 and rate 1: every draw is a recommendation
    const share = referralShare(1, { rate: 1 });
    expect(share).toBeGreaterThan(P.REFERRAL_CONVERSION - 0.01);
    expect(share).toBeLessThan(P.REFERRAL_CONVERSION + 0.01);
  });

  it('a club member recommends REFERRAL_SUPPORTER_BOOST times as often', () => {
    const plain = referralShare(1, { rate: 0.25 });
    const member = referralShare(1, { rate: 0.25, club: true });
    expect(member / plain).toBeGreaterThan(P.REFERRAL_SUPPORTER_BOOST * 0.9);
    expect(member / plain).toBeLessThan(P.REFERRAL_SUPPORTER_BOOST * 1.1);
  });

  it('a referred customer gets REFERRED_DROPOUT_FACTOR times the dropout probability he would have had', () => {
    const { scenario, state, ctx } = setUp();
    expect(P.REFERRED_DROPOUT_FACTOR).toBeLessThan(1);
    const c = state.customers;
    for (let i = 0; i < 40; i++) {
      initCustomer(state, scenario, ctx.keys.init, i, 0, false, false);
      const plain = c.dropout[i];
      initCustomer(state, scenario, ctx.keys.init, i, 0, true, false);
      expect(c.referred[i]).toBe(1);
      expect(c.dropout[i]).toBeCloseTo(plain * P.REFERRED_DROPOUT_FACTOR, 6);
    }
  });

  it('in a run, each referral brings one referred customer and makes its author an « ambassadeur »', () => {
    const scenario = testScenario((s) => {
      s.customers.initialSatisfaction = { mean: 0.9, sd: 0.05 };
      s.service.performance = 0.9;
    });
    const { state, reports } = runSimulation(scenario, { seed: 4, customers: 2000, ticks: 26 });
    const referrals: { referrer: number; referred: number }[] = [];
    for (let i = 0; i < state.n; i++)
      for (const e of customerEvents(state, i)) if (e.type === 'parrainage') referrals.push({ referrer: i, referred: e.detail });
    const byReferral = reports.reduce((sum, r) => sum + r.kpis.acquiredByReferral, 0);
    expect(referrals.length).toBeGreaterThan(10);
    expect(referrals.length).toBe(byReferral);
    const c = state.customers;
    for (const { referrer, referred } of referrals) {
      expect(c.hasReferred[referrer]).toBe(1);
      expect(LADDER[c.ladder[referrer]]).toBe('ambassadeur');
      expect(c.referred[referred]).toBe(1);
    }
  });
});
