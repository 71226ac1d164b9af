/**
 * Each acquisition channel's campaign recruits (KPIs' campaignRecruits, README « Indicateurs »; QA play F18, issue #2):
 * the recruits a channel's campaigns brought in the tick, those still customers, the margin their purchases made. The
 * engine tags each campaign recruit with its channel at recruitment (state.recruitChannel, not hashed): reported only,
 * no draw reads it, so state hashes and the model fingerprint stay (modelFingerprint, determinism tests).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSimulation, hashState, stepSimulation } from '../../../src/engine/index.ts';
import { actionSchema, type Action } from '../../../src/engine/decisions.ts';
import { NO_TICK } from '../../../src/engine/state.ts';
import type { TickKpis } from '../../../src/engine/types.ts';
import { ACQUISITION_CHANNELS } from '../../../src/engine/vocabulary.ts';
import { scenarioSchema } from '../../../src/scenario/schema.ts';

const bakery = scenarioSchema.parse(JSON.parse(readFileSync(new URL('../../../scenarios/boulangerie-du-marche.json', import.meta.url), 'utf8')));
const campaign = (channel: string, budget: number): Action => actionSchema.parse({ type: 'acquisition', channel, budget });
/** week 13: a 1 000 € prospectus (QA play F18), week 20 an e-mailing and a referral campaign */
const PLAN: Record<number, Action[]> = { 12: [campaign('flyers', 1000)], 19: [campaign('emailing', 600), campaign('parrainage', 800)] };
const TICKS = 30;

function play(plan: Record<number, Action[]>) {
  const state = createSimulation(bakery, { seed: 42 });
  const ticks: { kpis: TickKpis; before: number; after: number; buyers: Map<number, number> }[] = [];
  for (let t = 0; t < TICKS; t++) {
    const before = state.n;
    const report = stepSimulation(state, bakery, plan[t] ?? []);
    expect(report.rejected).toEqual([]);
    const buyers = new Map<number, number>();
    const p = report.purchases;
    for (let k = 0; k < p.length; k++) buyers.set(p.customer[k], (buyers.get(p.customer[k]) ?? 0) + p.amount[k]);
    ticks.push({ kpis: report.kpis, before, after: state.n, buyers });
  }
  return { state, ticks };
}

describe('campaign recruits per acquisition channel', () => {
  const withCampaigns = play(PLAN);
  const without = play({});

  it('changes no draw: without campaigns the run is the same, and every tick reports the field', () => {
    expect(hashState(withCampaigns.state)).not.toBe(hashState(without.state));
    for (const { kpis } of without.ticks) expect(kpis.campaignRecruits).toEqual({});
    for (const { kpis } of withCampaigns.ticks) expect(kpis.campaignRecruits).toBeTypeOf('object');
  });

  it('the recruits of each channel add up to the campaign arrivals of the tick', () => {
    for (const t of [12, 19]) {
      const kpis = withCampaigns.ticks[t].kpis;
      const recruited = Object.values(kpis.campaignRecruits!).reduce((s, c) => s + c.recruited, 0);
      // the walk-ins and spontaneous referrals are drawn before the campaigns, from the same counters: the arrivals
      // above the run without campaigns are the campaigns'
      expect(recruited).toBe(kpis.acquired - without.ticks[t].kpis.acquired);
      expect(recruited).toBeGreaterThan(0);
    }
    const flyers = withCampaigns.ticks[12].kpis.campaignRecruits!.flyers!;
    // 1 000 € at the channel's cost per recruit (about 37 € in the bakery), one draw rounding the fraction
    expect(flyers.recruited).toBeGreaterThan(20);
    expect(flyers.recruited).toBeLessThan(35);
    expect(Object.keys(withCampaigns.ticks[19].kpis.campaignRecruits!).sort()).toEqual(['emailing', 'flyers', 'parrainage']);
    expect(withCampaigns.ticks[19].kpis.campaignRecruits!.parrainage!.recruited).toBeLessThanOrEqual(withCampaigns.ticks[19].kpis.acquiredByReferral);
    for (const t of withCampaigns.ticks.filter((x, k) => k !== 12 && k !== 19)) for (const c of Object.values(t.kpis.campaignRecruits!)) expect(c.recruited).toBe(0);
  });

  it('the margin is their purchases’ (first one included), those still customers are counted until they leave', () => {
    const rate = bakery.economics.marginRate;
    const { ticks, state } = withCampaigns;
    const n = ticks[12].kpis.campaignRecruits!.flyers!.recruited;
    // the campaign's recruits are the last ones appended in its tick (after walk-ins and referrals)
    const recruits: number[] = [];
    for (let i = ticks[12].after - n; i < ticks[12].after; i++) recruits.push(i);
    let total = 0;
    for (let t = 12; t < 19; t++) {
      const flyers = ticks[t].kpis.campaignRecruits!.flyers!;
      let spent = 0;
      for (const i of recruits) spent += ticks[t].buyers.get(i) ?? 0;
      expect(flyers.margin).toBeCloseTo(spent * rate, 2);
      total += flyers.margin;
    }
    expect(ticks[12].kpis.campaignRecruits!.flyers!.margin).toBeGreaterThan(0); // each recruit's first purchase
    const alive = recruits.filter((i) => state.customers.lostTick[i] === NO_TICK).length;
    expect(ticks[TICKS - 1].kpis.campaignRecruits!.flyers!.stillCustomers).toBe(alive);
    // most of a paid campaign's recruits leave after their next purchase (CAMPAIGN_ONE_OFF_SHARE)
    expect(alive).toBeLessThan(0.5 * n);
    expect(ticks[12].kpis.campaignRecruits!.flyers!.stillCustomers).toBe(n);
    expect(total).toBeGreaterThan(0);
    expect(state.recruitChannel![recruits[0]]).toBe(1 + ACQUISITION_CHANNELS.indexOf('flyers'));
  });

  it('a state saved before the tags existed still steps, its campaign recruits of before unknown', () => {
    const state = createSimulation(bakery, { seed: 42 });
    for (let t = 0; t < 13; t++) stepSimulation(state, bakery, PLAN[t] ?? []);
    const reference = createSimulation(bakery, { seed: 42 });
    for (let t = 0; t < 13; t++) stepSimulation(reference, bakery, PLAN[t] ?? []);
    delete state.recruitChannel;
    const old = stepSimulation(state, bakery, []);
    const kept = stepSimulation(reference, bakery, []);
    expect(hashState(state)).toBe(hashState(reference));
    expect(old.kpis.campaignRecruits).toEqual({});
    expect(kept.kpis.campaignRecruits!.flyers!.stillCustomers).toBeGreaterThan(0);
  });
});
