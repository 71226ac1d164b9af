/**
 * Consent to be contacted (RGPD; Code des postes et des communications électroniques, art. L34-5):
 * in France a shop may not send marketing e-mails or SMS to a private customer who has not agreed
 * beforehand (opt-in; CNIL, « La prospection commerciale par courrier électronique »). The engine
 * records that agreement per customer (`consent`: part of the initial base, every loyalty-card
 * holder, and whoever accepts a data collection, dataCollection.ts).
 *
 * The instruments below reach each member by a remote personal message (e-mail or SMS): a
 * personalised reminder, an invitation to a private event. A customer of their target without
 * consent is not enrolled: not contacted, not charged, not held out in the control group either
 * (the control group is drawn among the contactable customers, so it stays comparable). The other
 * instruments happen in the shop, face to face (personal shopper, club proposed at the till, coupon
 * handed at the till, points card, volume discount, made-to-measure offer, contract): no prior
 * consent is needed. See src/engine/README.md, « Consentement ».
 */
import type { Action } from './decisions.ts';
import type { Strategy } from './vocabulary.ts';

type Instrument = Extract<Action, { type: Strategy }>['instrument'];

/** Instruments that contact each member by e-mail or SMS, hence need their prior consent. */
export const CONSENT_INSTRUMENTS: readonly Instrument[] = ['relancePersonnalisee', 'evenementPrive'];

/** Whether a programme with this instrument contacts its members remotely (consent needed). */
export function needsConsent(instrument: string): boolean {
  return (CONSENT_INSTRUMENTS as readonly string[]).includes(instrument);
}

/** The customers of `targeted` (ascending) who gave their consent, in the same order. */
export function withConsent(targeted: Int32Array, consent: Uint8Array): Int32Array {
  let n = 0;
  const out = new Int32Array(targeted.length);
  for (let k = 0; k < targeted.length; k++) if (consent[targeted[k]] !== 0) out[n++] = targeted[k];
  return n === targeted.length ? targeted : out.slice(0, n);
}
