/**
 * A retention campaign on the scoring lab's target: one decision of the game (src/engine/decisions.ts)
 * whose target is the explicit list of customer ids, with a simple default instrument per strategy.
 * It goes through the session's pending decisions like any other action.
 */
import type { ActionInput, DecisionsLog } from '../../engine/decisions.ts';
import { needsConsent } from '../../engine/consent.ts';
import type { CustomerRecord } from '../../engine/types.ts';
import { STRATEGIES, type Strategy } from '../../engine/vocabulary.ts';

/** Ticks a lab campaign lasts (long enough to see who still leaves). */
export const CAMPAIGN_TICKS = 4;

export function campaignAction(strategy: Strategy, customerIds: readonly number[]): ActionInput {
  const target = { customerIds: [...customerIds] };
  switch (strategy) {
    case 'financier':
      return { type: 'financier', instrument: 'coupon', discountRate: 0.1, target, durationTicks: CAMPAIGN_TICKS };
    case 'lienSocial':
      return { type: 'lienSocial', instrument: 'club', target, durationTicks: CAMPAIGN_TICKS };
    case 'personnalisation':
      return { type: 'personnalisation', instrument: 'relancePersonnalisee', target, durationTicks: CAMPAIGN_TICKS };
    case 'customisation':
      return { type: 'customisation', instrument: 'offreSurMesure', target, durationTicks: CAMPAIGN_TICKS };
  }
}

/**
 * Of the campaign's customers still there, how many it will not contact for want of consent: a
 * reminder is an e-mail or SMS (RGPD, src/engine/consent.ts); 0 for an in-store instrument.
 */
export function notContacted(action: ActionInput, records: readonly Pick<CustomerRecord, 'id' | 'consent' | 'stage'>[], ids: readonly number[]): number {
  if (!('instrument' in action) || !needsConsent(action.instrument)) return 0;
  const wanted = new Set(ids);
  let n = 0;
  for (const r of records) if (wanted.has(r.id) && !r.consent && r.stage !== 'perdu') n++;
  return n;
}

/** A retention action played on (part of) a frozen target: what was done, when, to how many of it. */
export interface TargetCampaign {
  tick: number;
  strategy: Strategy;
  /** customers of the target the action was aimed at */
  count: number;
}

/**
 * The retention actions played since the prediction was frozen that aimed at customers of its target
 * (the lab's own campaign, or one built elsewhere on an explicit list), refused ones left out. The lab's
 * result recalls them: a successful action keeps targeted customers, so the score looks less right.
 */
export function campaignsOnTarget(
  decisions: DecisionsLog,
  rejections: readonly { tick: number; rejected: readonly { actionIndex: number }[] }[],
  prediction: { tick: number; target: readonly number[] },
): TargetCampaign[] {
  const target = new Set(prediction.target);
  const out: TargetCampaign[] = [];
  for (const d of decisions) {
    if (d.tick < prediction.tick) continue;
    const refused = new Set(rejections.filter((r) => r.tick === d.tick).flatMap((r) => r.rejected.map((x) => x.actionIndex)));
    d.actions.forEach((a, i) => {
      if (refused.has(i) || !(STRATEGIES as readonly string[]).includes(a.type)) return;
      const ids = 'target' in a ? a.target?.customerIds : undefined;
      if (!ids) return;
      const count = ids.filter((id) => target.has(id)).length;
      if (count > 0) out.push({ tick: d.tick, strategy: a.type as Strategy, count });
    });
  }
  return out;
}
