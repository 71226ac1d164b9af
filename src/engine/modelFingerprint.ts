/**
 * The model's fingerprint: the state hashes of two small, fixed simulations, joined. The first, weekly, goes through every
 * mechanic (purchases, incidents and complaints, a competitor's opening and promotion, its closure before the imitation
 * of the points card launched at week 8 and its re-opening (model audit F11), a price rise,
 * works, a high season, walk-ins, dormant customers lost by inactivity) and every kind of action (the four strategies, a programme
 * stopped, data collection, surveys, complaint policies, a paid campaign and two referral campaigns, a programme large enough for a
 * control group, an e-mail programme whose target is partly without consent). The second plays the same shop by the
 * month (tickUnit 'month', like the optician): weekly rates, durations and costs are converted to the period only
 * there (context.ts perTick, weeksToTicks, costs x weeks per tick), so a change that only a monthly shop shows
 * changes the fingerprint too (model audit F1/F8: before 05/12/2026 it ran a weekly shop only). Two builds whose engines give
 * the same fingerprint simulate alike; a change of the model (a formula, a parameter, the order of
 * the draws) changes it, while a refactoring that keeps every result bit for bit does not. Result
 * files carry it, so that the class view can tell « made with another version of the model » from
 * « altered », and a kept verification knows when it must be redone. Pure and deterministic like the
 * rest of the engine; computed once (a few milliseconds) and kept.
 */
import type { Scenario } from '../scenario/schema.ts';
import type { DecisionsLog } from './decisions.ts';
import { hashState, hashText } from './hash.ts';
import { runSimulation } from './simulation.ts';

/**
 * A small bakery, valid for the scenario schema (test/unit/engine/modelFingerprint.test.ts checks it). Its
 * purchase rates are very uneven (Gamma shape 0.3, the same mean as the shipped bakery) and its history
 * long (100 weeks), so that some very occasional customers stay silent for over a year and are lost by
 * inactivity (lifecycle.ts lostByInactivity) during the run: the rule is part of the fingerprint.
 */
export const FINGERPRINT_SCENARIO: Scenario = {
  formatVersion: 1,
  id: 'empreinte-du-modele',
  name: {fr: 'Empreinte du modèle'},
  description: {fr: 'Petit commerce fixe qui sert à reconnaître une version du modèle.'},
  sector: 'boulangerie-patisserie',
  difficulty: 1,
  tickUnit: 'week',
  durationTicks: 16,
  startDate: '2027-01-04',
  defaultSeed: 1907,
  budget: {initial: 4000, perTick: 350},
  economics: {marginRate: 0.65, fixedCostsPerTick: 4200, productTypes: [{id: 'pain', label: {fr: 'Pain'}, share: 0.7, basketFactor: 0.6}, {id: 'viennoiserie', label: {fr: 'Viennoiserie'}, share: 0.3, basketFactor: 0.9}]},
  customers: {initial: 360, prospectPool: 900, motiveMix: {securite: 0.1, orgueil: 0.05, nouveaute: 0.05, confort: 0.3, argent: 0.15, sympathie: 0.35}, purchaseRate: {r: 0.3, alpha: 0.375}, dropout: {a: 0.3, b: 120}, spend: {p: 6, q: 4, v: 3.5}, initialSatisfaction: {mean: 0.72, sd: 0.12}, historyTicks: 100, loyaltyCardShare: 0.2, organicAcquisitionPerTick: 2},
  service: {incidentRate: 0.02, complaintPropensity: 0.08, performance: 0.75},
  competitors: [{id: 'chaine-pain-dore', name: 'Concurrent', attractiveness: 0.15, imitationDelayTicks: 6, events: [{tick: 3, kind: 'ouverture', intensity: 0.45, durationTicks: 4, motives: ['argent', 'nouveaute'], label: {fr: 'Ouverture'}}, {tick: 9, kind: 'promotion', intensity: 0.3, durationTicks: 2, motives: ['argent'], label: {fr: 'Promotion'}}, {tick: 12, kind: 'fermeture', intensity: 0.1, durationTicks: 1, motives: [], label: {fr: 'Fermeture'}}, {tick: 13, kind: 'imitation', intensity: 0.1, durationTicks: 1, motives: [], label: {fr: 'Imitation'}}, {tick: 15, kind: 'ouverture', intensity: 0.3, durationTicks: 2, motives: [], label: {fr: 'Réouverture'}}]}],
  events: [{tick: 2, kind: 'vagueIncidents', intensity: 2, durationTicks: 2, label: {fr: 'Incidents'}}, {tick: 5, kind: 'hausseDesPrix', intensity: 0.05, durationTicks: 1, label: {fr: 'Hausse'}}, {tick: 7, kind: 'travaux', intensity: 0.5, durationTicks: 2, label: {fr: 'Travaux'}}, {tick: 10, kind: 'saisonHaute', intensity: 1.3, durationTicks: 2, label: {fr: 'Saison'}}],
  objectives: [{id: 'actifs', label: {fr: 'Actifs'}, metric: 'activeCustomers', comparator: '>=', target: 150, points: 1}],
  strategies: ['financier', 'lienSocial', 'personnalisation', 'customisation'],
  acquisitionChannels: ['flyers', 'emailing', 'reseauxSociaux', 'parrainage', 'presseLocale'],
  hiddenStages: [],
};

export const FINGERPRINT_SEED = 20261130;

/**
 * Every kind of action at least once; the coupon started at tick 0 (programme 0:0) is stopped at tick 6. Targets with a
 * limit start with lost customers of the initial base by index: the limit counts only the others (model audit F16).
 */
export const FINGERPRINT_DECISIONS: DecisionsLog = [
  {
    tick: 0,
    actions: [
      { type: 'financier', instrument: 'coupon', discountRate: 0.1, target: { rfSegments: ['champions', 'loyal'], limit: 40 } },
      { type: 'collecteDonnees', instrument: 'carteFidelite', target: { limit: 80 } },
      { type: 'politiqueReclamations', level: 'rapide' },
      { type: 'enquete', instrument: 'questionnaire', sampleSize: 30 },
    ],
  },
  { tick: 1, actions: [{ type: 'lienSocial', instrument: 'club', target: { stages: ['actif'], limit: 40 } }] },
  { tick: 2, actions: [{ type: 'personnalisation', instrument: 'relancePersonnalisee', target: { minDataKnown: 0.2, limit: 40 } }] },
  {
    tick: 3,
    actions: [
      { type: 'customisation', instrument: 'contrat', target: { motives: ['securite', 'confort'], limit: 20 } },
      { type: 'acquisition', channel: 'flyers', budget: 300 },
    ],
  },
  // an e-mail invitation: only the customers of its target who consented are enrolled (consent.ts)
  { tick: 4, actions: [{ type: 'lienSocial', instrument: 'evenementPrive', target: { stages: ['actif'], limit: 60 } }] },
  // a referral campaign: its sponsors' potential, invitations and rewards (acquisition.ts referralCampaign)
  { tick: 5, actions: [{ type: 'acquisition', channel: 'parrainage', budget: 300 }] },
  { tick: 6, actions: [{ type: 'arreterProgramme', programmeId: '0:0' }, { type: 'enquete', instrument: 'clientMystere', sampleSize: 10 }] },
  { tick: 8, actions: [{ type: 'financier', instrument: 'points', discountRate: 0.05, durationTicks: 4, target: {} }, { type: 'politiqueReclamations', level: 'excellente' }] },
  // a second one within the window, with more than inviting everyone costs: fewer referrals, the rest of its budget not spent
  { tick: 12, actions: [{ type: 'acquisition', channel: 'parrainage', budget: 1500 }] },
];

/**
 * The same shop by the month, shorter and smaller: a price rise (month 2) while a coupon, a club, a personalisation
 * and a contract run, so that buyers react to a price above their reference (churn.ts) and every strategy's cost
 * and pace is converted to the month; a competitor opens and imitates the coupon.
 */
export const FINGERPRINT_MONTHLY_SCENARIO: Scenario = {
  ...FINGERPRINT_SCENARIO,
  id: 'empreinte-du-modele-mensuelle',
  tickUnit: 'month',
  durationTicks: 6,
  customers: { ...FINGERPRINT_SCENARIO.customers, initial: 300, historyTicks: 12 },
  competitors: [{ ...FINGERPRINT_SCENARIO.competitors[0], imitationDelayTicks: 3, events: [{ ...FINGERPRINT_SCENARIO.competitors[0].events[0], tick: 1, durationTicks: 2 }] }],
  events: [{ tick: 2, kind: 'hausseDesPrix', intensity: 0.1, durationTicks: 1, label: { fr: 'Hausse' } }],
};

export const FINGERPRINT_MONTHLY_DECISIONS: DecisionsLog = [
  {
    tick: 0,
    actions: [
      { type: 'financier', instrument: 'coupon', discountRate: 0.1, target: { limit: 120 } },
      { type: 'lienSocial', instrument: 'club', target: { stages: ['actif'], limit: 60 } },
      { type: 'personnalisation', instrument: 'relancePersonnalisee', target: { minDataKnown: 0.2, limit: 40 } },
      { type: 'customisation', instrument: 'contrat', target: { motives: ['securite', 'confort'], limit: 20 } },
    ],
  },
];

/** The state hashes of the two fixed simulations after their last tick. */
export function fingerprintRuns(): { weekly: string; monthly: string } {
  const run = (scenario: Scenario, decisions: DecisionsLog) => hashState(runSimulation(scenario, { seed: FINGERPRINT_SEED, ticks: scenario.durationTicks, decisions }).state);
  return { weekly: run(FINGERPRINT_SCENARIO, FINGERPRINT_DECISIONS), monthly: run(FINGERPRINT_MONTHLY_SCENARIO, FINGERPRINT_MONTHLY_DECISIONS) };
}

let cached: string | null = null;

/** 16 hex digits: the two runs' hashState (weekly, then monthly) hashed together. */
export function modelFingerprint(): string {
  if (cached === null) {
    const { weekly, monthly } = fingerprintRuns();
    cached = hashText(weekly + monthly);
  }
  return cached;
}
