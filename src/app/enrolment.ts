/**
 * Who a strategy applied to a target will really enrol (engine: actions.ts, consent.ts,
 * controlGroup.ts): the lost customers of the target are left out (a programme reaches only
 * customers still there); for an e-mail or SMS instrument (reminder, private-event invitation) so
 * are those who have not consented (RGPD); then the engine holds out a control group (groupe témoin)
 * of the rest, exactly controlGroupSize of them, not enrolled and not charged. The decisions form says it before applying (QA A4: the button said
 * 1 258 customers, the programme enrolled 1 226).
 */
import { needsConsent } from '../engine/consent.ts';
import { controlGroupSize } from '../engine/controlGroupSize.ts';

export interface Enrolment {
  /** customers matching the target (the count the target builder shows) */
  targeted: number;
  /** of which lost customers, never enrolled */
  lost: number;
  /** of the others, those not contacted for want of consent (e-mail or SMS instruments only, else 0) */
  withoutConsent: number;
  /** of the others, held out as the control group (0: target too small for one) */
  control: number;
  /** customers enrolled: charged and reached by the programme */
  enrolled: number;
  /** of the `withoutConsent`, those a data collection queued this period asks first (0: none) */
  asked: number;
  /** customers enrolled if all the `asked` consent (= enrolled when none is asked) */
  upTo: number;
}

/**
 * `count` customers match the target, `active` of them are not lost, `withoutConsent` of those have
 * not consented (targetSpend.ts): who a programme with `instrument` enrols.
 */
/**
 * `asked`: of those, the ones a data collection queued this period asks first (engine actions.ts runs a period's decisions in
 * their order): enrolled only if they accept, which the engine draws at the collection (QA qa32optician M1).
 */
export function enrolment(count: number, active: number, instrument: string, withoutConsent = 0, asked = 0): Enrolment {
  const consentOnly = needsConsent(instrument);
  const left = consentOnly ? withoutConsent : 0;
  const reachable = active - left;
  const control = controlGroupSize(reachable);
  const more = consentOnly ? asked : 0;
  return { targeted: count, lost: count - active, withoutConsent: left, control, enrolled: reachable - control, asked: more, upTo: reachable + more - controlGroupSize(reachable + more) };
}
