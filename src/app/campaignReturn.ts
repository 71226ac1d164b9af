/**
 * The return of each acquisition channel's campaigns since the start of the run (issue #2 « ROI per action »; QA play
 * F18), from the engine's KPIs campaignRecruits (src/engine/types.ts): spent, recruits, those still customers, the margin
 * their purchases brought (net of the discounts they were given), ROI = (margin − cost) ÷ cost (app/roi.ts). The margin
 * is attributable to the campaign as a whole: without it these customers would not be there, so no control group is
 * needed (unlike a loyalty programme, whose members would have bought anyway). A run saved before the engine reported it
 * has no such figures for its first periods: its return is not known (null).
 */
import * as P from '../engine/params.ts';
import type { TickKpis } from '../engine/types.ts';
import { ACQUISITION_CHANNELS, type AcquisitionChannel } from '../engine/vocabulary.ts';
import { roi } from './roi.ts';

export interface CampaignReturn {
  channel: AcquisitionChannel;
  /** what the budget paid for the channel's campaigns */
  spent: number;
  /** recruits they brought */
  recruits: number;
  /** of them, still customers at the last period */
  stillCustomers: number;
  /** gross margin of their purchases, first ones included, net of their discounts */
  margin: number;
  /** (margin − spent) ÷ spent; null when nothing was spent */
  roi: number | null;
}

/** Each channel that spent or recruited, in the channels' order; [] without any campaign; null when not recorded. */
export function campaignReturns(kpis: readonly TickKpis[]): CampaignReturn[] | null {
  const rows = new Map<AcquisitionChannel, CampaignReturn>();
  const row = (channel: AcquisitionChannel) => {
    let r = rows.get(channel);
    if (!r) rows.set(channel, (r = { channel, spent: 0, recruits: 0, stillCustomers: 0, margin: 0, roi: null }));
    return r;
  };
  let campaignsSeen = false;
  for (const k of kpis) {
    for (const [channel, spent] of Object.entries(k.acquisitionSpendByChannel) as [AcquisitionChannel, number | undefined][])
      if ((spent ?? 0) > 0) {
        campaignsSeen = true;
        row(channel).spent += spent!;
      }
    // a period of a run saved before the engine reported campaign recruits, once a campaign was run: not known
    if (!k.campaignRecruits) {
      if (campaignsSeen) return null;
      continue;
    }
    for (const [channel, c] of Object.entries(k.campaignRecruits) as [AcquisitionChannel, NonNullable<TickKpis['campaignRecruits']>[AcquisitionChannel]][]) {
      if (!c) continue;
      const r = row(channel);
      r.recruits += c.recruited;
      r.margin += c.margin;
    }
  }
  const last = kpis.at(-1)?.campaignRecruits;
  const out = ACQUISITION_CHANNELS.flatMap((channel) => {
    const r = rows.get(channel);
    if (!r) return [];
    r.stillCustomers = last?.[channel]?.stillCustomers ?? 0;
    r.roi = roi(r.margin, r.spent);
    return [r];
  });
  return out;
}

/**
 * Recruits of a paid campaign expected to stay beyond their next purchase: the share the engine does not make one-off
 * buyers (1 − CAMPAIGN_ONE_OFF_SHARE, customers.ts campaignDropout); null for a referral campaign (its recruits are
 * referred customers, none of them one-off).
 */
export function expectedStaying(channel: AcquisitionChannel, recruits: number): number | null {
  return channel === 'parrainage' ? null : recruits * (1 - P.CAMPAIGN_ONE_OFF_SHARE);
}

