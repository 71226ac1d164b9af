/**
 * A decision named with what was chosen in it: « Enquête de satisfaction (Questionnaire) », « Politique de
 * réclamations (Rapide) ». The policy's level is the decision (QA12 F9: the mission's bilan and the class view said
 * only « Politique de réclamations »).
 */
type Tr = (key: never) => string;

export interface NamedDecision {
  type: string;
  instrument?: string;
  level?: string;
}

export function decisionName(t: Tr, decision: NamedDecision): string {
  const tr = t as (key: string) => string;
  const type = tr(`vocabulary.actionType.${decision.type}`);
  const chosen = decision.instrument ? tr(`vocabulary.instrument.${decision.instrument}`) : decision.level ? tr(`vocabulary.complaintPolicy.${decision.level}`) : '';
  return chosen ? `${type} (${chosen})` : type;
}
