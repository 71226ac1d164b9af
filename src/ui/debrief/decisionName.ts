/**
 * A decision named with what was chosen in it: « Enquête de satisfaction (Questionnaire) », « Politique de
 * réclamations (Rapide) ». The policy's level is the decision (QA12 F9: the mission's bilan and the class view said
 * only « Politique de réclamations »). A campaign with its channel and, when the caller gives it, its amount:
 * « Acquisition (Parrainage, 500 €) » (QA qa18 F3: the mission bilan said a bare « Acquisition »).
 */
type Tr = (key: never) => string;

export interface NamedDecision {
  type: string;
  instrument?: string;
  level?: string;
  channel?: string;
  /** the campaign's budget, formatted by the caller */
  amount?: string;
}

export function decisionName(t: Tr, decision: NamedDecision): string {
  const tr = t as (key: string) => string;
  const type = tr(`vocabulary.actionType.${decision.type}`);
  const chosen = decision.instrument
    ? tr(`vocabulary.instrument.${decision.instrument}`)
    : decision.level
      ? tr(`vocabulary.complaintPolicy.${decision.level}`)
      : decision.channel
        ? [tr(`vocabulary.acquisitionChannel.${decision.channel}`), decision.amount].filter(Boolean).join(', ')
        : '';
  return chosen ? `${type} (${chosen})` : type;
}
