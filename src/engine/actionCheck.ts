/**
 * The learner's decision checked without zod (shapeCheck.ts): the decisions screen's forms go through `checkAction`
 * (session.add, sameAction.inputQueued), so zod's code (~11 KB gz) is no longer part of every learner's
 * download (bench app-learner-js, issue 4); it comes only with a saved run, an imported file or a
 * teacher tool (decisions.ts keeps the zod schemas they use). Same rules as decisions.ts's
 * actionSchema, which takes its instrument lists and bounds from here; test/unit/actionCheck.test.ts
 * holds the two to the same answers (accepted or not, and the same action, defaults and unknown keys
 * dropped included) over thousands of inputs.
 */
import type { Action } from './decisions.ts';
import { bool, int, isObject, listOf, num, oneOf, optional, pairOf, pick, required, text, type Field, type Shape } from './shapeCheck.ts';
import { ACQUISITION_CHANNELS, CHANNELS, COURSE_SEGMENTS, LADDER, MOTIVES, RF_SEGMENTS, STAGES } from './vocabulary.ts';

export const FINANCIER_INSTRUMENTS = ['coupon', 'points', 'remiseVolume'] as const;
export const LIEN_SOCIAL_INSTRUMENTS = ['club', 'evenementPrive'] as const;
export const PERSONNALISATION_INSTRUMENTS = ['relancePersonnalisee', 'personalShopper'] as const;
export const CUSTOMISATION_INSTRUMENTS = ['offreSurMesure', 'contrat'] as const;
export const COLLECTION_INSTRUMENTS = ['carteFidelite', 'jeuConcours', 'personnel'] as const;
export const SURVEY_INSTRUMENTS = ['questionnaire', 'clientMystere'] as const;
export const COMPLAINT_LEVELS = ['ignorer', 'standard', 'rapide', 'excellente'] as const;

/** discount rate of a financial programme */
export const DISCOUNT_RATE = { min: 0.01, max: 0.5 } as const;
/** customers asked by a survey */
export const SURVEY_SAMPLE = { min: 5, max: 5000 } as const;
/** euros of one acquisition campaign */
export const CAMPAIGN_BUDGET = { min: 0, max: 1_000_000 } as const;
/** explicit customer ids a target may list */
export const MAX_TARGET_IDS = 200_000;

const score = int(1, 5);
const scoreRange = pairOf(score);

const TARGET: Shape = {
  segments: optional(listOf(oneOf(COURSE_SEGMENTS))),
  rfSegments: optional(listOf(oneOf(RF_SEGMENTS))),
  stages: optional(listOf(oneOf(STAGES))),
  ladder: optional(listOf(oneOf(LADDER))),
  motives: optional(listOf(oneOf(MOTIVES))),
  r: optional(scoreRange),
  f: optional(scoreRange),
  m: optional(scoreRange),
  towns: optional(listOf(int(0))),
  channels: optional(listOf(oneOf(CHANNELS))),
  loyaltyCard: optional(bool),
  clubMember: optional(bool),
  minDataKnown: optional(num(0, 1)),
  customerIds: optional(listOf(int(0), MAX_TARGET_IDS)),
  limit: optional(int(1)),
};

/** the whole base when absent */
const targetField: Field = { rule: isObject, fallback: () => ({}), shape: TARGET };
const duration = optional(int(1));
const typeIs = (type: string) => required((v) => v === type);

const ACTIONS: Record<Action['type'], Shape> = {
  financier: {
    type: typeIs('financier'),
    instrument: required(oneOf(FINANCIER_INSTRUMENTS)),
    target: targetField,
    discountRate: required(num(DISCOUNT_RATE.min, DISCOUNT_RATE.max)),
    durationTicks: duration,
  },
  lienSocial: { type: typeIs('lienSocial'), instrument: required(oneOf(LIEN_SOCIAL_INSTRUMENTS)), target: targetField, durationTicks: duration },
  personnalisation: {
    type: typeIs('personnalisation'),
    instrument: required(oneOf(PERSONNALISATION_INSTRUMENTS)),
    target: targetField,
    durationTicks: duration,
  },
  customisation: { type: typeIs('customisation'), instrument: required(oneOf(CUSTOMISATION_INSTRUMENTS)), target: targetField, durationTicks: duration },
  collecteDonnees: { type: typeIs('collecteDonnees'), instrument: required(oneOf(COLLECTION_INSTRUMENTS)), target: targetField },
  enquete: { type: typeIs('enquete'), instrument: required(oneOf(SURVEY_INSTRUMENTS)), sampleSize: required(int(SURVEY_SAMPLE.min, SURVEY_SAMPLE.max)) },
  politiqueReclamations: { type: typeIs('politiqueReclamations'), level: required(oneOf(COMPLAINT_LEVELS)) },
  acquisition: {
    type: typeIs('acquisition'),
    channel: required(oneOf(ACQUISITION_CHANNELS)),
    budget: required(num(CAMPAIGN_BUDGET.min, CAMPAIGN_BUDGET.max)),
  },
  arreterProgramme: { type: typeIs('arreterProgramme'), programmeId: required(text(1)) },
};

export type ActionCheck = { success: true; data: Action } | { success: false; error: { issues: { message: string }[] } };

/** The action `input` describes (the whole base as target when none is given), or a failure, as actionSchema.safeParse. */
export function checkAction(input: unknown): ActionCheck {
  const type = isObject(input) ? input.type : undefined;
  const shape = typeof type === 'string' && Object.hasOwn(ACTIONS, type) ? ACTIONS[type as Action['type']] : undefined;
  const data = shape ? pick(shape, input) : null;
  // zod mini's message (no locale loaded), which the decisions screen's notice has always shown
  return data ? { success: true, data: data as Action } : { success: false, error: { issues: [{ message: 'Invalid input' }] } };
}
