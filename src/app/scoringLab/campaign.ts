/**
 * A retention campaign on the scoring lab's target: one decision of the game (src/engine/decisions.ts)
 * whose target is the explicit list of customer ids, with a simple default instrument per strategy.
 * It goes through the session's pending decisions like any other action.
 */
import type { ActionInput } from '../../engine/decisions.ts';
import { needsConsent } from '../../engine/consent.ts';
import type { CustomerRecord } from '../../engine/types.ts';
import type { Strategy } from '../../engine/vocabulary.ts';

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
