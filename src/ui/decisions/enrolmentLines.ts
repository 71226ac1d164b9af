/**
 * The strategy form's « who will be enrolled » lines (app/enrolment.ts), as message keys the panel
 * translates: enrolled out of the target (real singular and plural forms, « 0 client inscrit »,
 * « sur le seul client de la cible »), the control group or why there is none (a target too small,
 * or too few customers who consented: app/noControlReason.ts), the lost customers, those without
 * consent, and why nobody can be enrolled (the Apply button is then disabled: QA4 F1, F3). Too few who consented is
 * followed by what to do, knowing the data collections already run (app/collectionAdvice.ts, QA qa4 #8), and so is nobody consented.
 */
import type { Enrolment } from '../../app/enrolment.ts';
import { enrolmentNoControl } from '../../app/noControlReason.ts';
import type { AdvicePlace, ConsentAdvice } from '../../app/collectionAdvice.ts';
import { CONTROL_GROUP_MIN, CONTROL_GROUP_SHARE } from '../../engine/params.ts';
import { VERDICT_MIN_CONTROL } from '../../app/programmeEffect.ts';
import type { ConceptId } from '../glossary/concepts.ts';
import type { ShopChannel } from '../../engine/shopChannel.ts';

export interface EnrolmentLine {
  /** a message key, or with `count` the base of a …One/…Other pair */
  key: string;
  count?: number;
  /** numbers to format for the locale */
  params: Record<string, number>;
  /** glossary cards linked after the line */
  concepts: ConceptId[];
  /** the line explains why the programme cannot be applied */
  blocking?: boolean;
  /** the line's {{advice}}: what to do about too few consented (app/collectionAdvice.ts consentAdviceText) */
  advice?: { advice: ConsentAdvice; place: AdvicePlace };
}

const P = 'decisions.strategy.';

/**
 * `channel`: an online shop has no tool « en magasin » to suggest, only one that sends no e-mail nor SMS (QA shops F7).
 * `advice`: the data collections already run on the target (app/collectionAdvice.ts consentAdvice), none by default.
 */
/**
 * `collectionOpen`: the learner may run a data collection; locked (mission 4, a teacher), the consent line and the advice after
 * too few or no consent do not point to it (QA qa27missions m3).
 */
export function enrolmentLines(e: Enrolment, channel: ShopChannel = 'store', advice: ConsentAdvice = { when: 'none' }, collectionOpen = true): EnrolmentLine[] {
  if (e.targeted === 0) return [];
  const said: ConsentAdvice = collectionOpen ? advice : { when: 'locked' };
  const collection: ConceptId[] = collectionOpen ? ['collecteDonnees'] : [];
  const online = channel === 'online' ? 'Online' : '';
  // out of the customers still there, the count the target line says (targetCountLine.ts): out of all who matched, the form
  // said « 2 582 clients correspondent à la cible » then « 2 324 inscrits sur les 3 000 de la cible » (QA qa29self m5)
  const present = e.targeted - e.lost;
  // a collection queued this period asks some of them first: how many accept is drawn then, a range (QA qa32optician M1)
  const lines: EnrolmentLine[] = e.asked
    ? [{ key: P + 'enrolledRange', params: { low: e.enrolled, high: e.upTo, targeted: present }, concepts: [] }]
    : present > 0
      ? [{ key: P + (present === 1 ? 'enrolledOfSingle' : 'enrolledOf'), count: e.enrolled, params: { enrolled: e.enrolled, targeted: present }, concepts: [] }]
      : [];
  const noControl = enrolmentNoControl(e);
  if (e.control > 0) {
    lines.push({ key: P + 'enrolControl', params: { n: e.control }, concepts: ['groupeTemoin'] });
    // the verdict's minimum (the Bilan's), said before applying (QA qa13 S1: 65 controls, « trop petit pour conclure » only at the end)
    if (e.control < VERDICT_MIN_CONTROL) lines.push({ key: P + 'enrolControlSmall', params: { n: e.control, min: VERDICT_MIN_CONTROL }, concepts: [] });
  } else if (noControl?.reason === 'consent')
    lines.push({
      key: P + 'enrolNoControlConsent',
      count: noControl.consented,
      params: { consented: noControl.consented, targeted: noControl.targeted, needed: noControl.needed },
      concepts: ['groupeTemoin', ...collection],
      advice: { advice: said, place: channel === 'online' ? 'formOnline' : 'form' },
    });
  else if (noControl)
    // the target size that gives one (≈300), not the control group's own minimum (30) that a target of 130 to 290 already passes;
    // counted as the engine does, on the customers still there (QA learner 4: « au moins 295 » beside a target of 300, 92 of them lost)
    lines.push({ key: P + 'enrolNoControl', params: { needed: noControl.needed, targeted: noControl.targeted, share: CONTROL_GROUP_SHARE * 100, min: CONTROL_GROUP_MIN }, concepts: ['groupeTemoin'] });
  if (e.lost > 0) lines.push({ key: P + 'enrolLost', count: e.lost, params: { n: e.lost }, concepts: [] });
  if (e.withoutConsent > 0)
    lines.push({
      key: P + (e.asked ? 'enrolNoConsentAsked' : collectionOpen ? 'enrolNoConsent' : 'enrolNoConsentLocked'),
      count: e.withoutConsent,
      params: { n: e.withoutConsent, asked: e.asked },
      concepts: ['consentement'],
    });
  // nobody consents now, but a queued collection may bring some: the engine enrols them (upTo, QA qa32optician M1)
  if (e.upTo === 0)
    lines.push(
      e.withoutConsent > 0
        ? { key: P + 'nobodyConsented' + online, params: {}, concepts: collection, blocking: true, advice: { advice: said, place: channel === 'online' ? 'nobodyOnline' : 'nobody' } }
        : { key: P + 'allLost', params: {}, concepts: [], blocking: true },
    );
  return lines;
}
