/** Every id of the closed vocabularies has a label in French and in English. */
import { describe, expect, it } from 'vitest';
import {
  ACQUISITION_CHANNELS,
  CHANNELS,
  COURSE_SEGMENTS,
  DEPARTURE_CAUSES,
  EVENT_TYPES,
  LADDER,
  MOTIVES,
  RF_SEGMENTS,
  STAGES,
  STRATEGIES,
} from '../../../src/engine/vocabulary.ts';
import { actionSchema } from '../../../src/engine/decisions.ts';
import { translate, LOCALES } from '../../../src/i18n/translate.ts';

const LISTS: Record<string, readonly string[]> = {
  motive: MOTIVES,
  stage: STAGES,
  ladder: LADDER,
  segment: COURSE_SEGMENTS,
  rfSegment: RF_SEGMENTS,
  strategy: STRATEGIES,
  channel: CHANNELS,
  cause: DEPARTURE_CAUSES,
  causeExplanation: DEPARTURE_CAUSES,
  causeKind: DEPARTURE_CAUSES,
  eventType: EVENT_TYPES,
  acquisitionChannel: ACQUISITION_CHANNELS,
};

describe('vocabulary labels', () => {
  for (const locale of LOCALES)
    for (const [list, ids] of Object.entries(LISTS))
      it(`${locale}: every ${list} id has a label`, () => {
        for (const id of ids) {
          const key = `vocabulary.${list}.${id}`;
          const label = translate(locale, key);
          expect(label, key).not.toBe(key);
          expect(label.length).toBeGreaterThan(1);
        }
      });

  it('en: a segment label is English only, as the other four; the course’s French names stay in the glossary (QA qa17 F1)', () => {
    for (const id of COURSE_SEGMENTS) {
      const french = translate('fr', `vocabulary.segment.${id}`).toLowerCase();
      expect(translate('en', `vocabulary.segment.${id}`).toLowerCase(), id).not.toContain(french);
    }
    expect(translate('en', 'glossary.concept.segments.title')).toContain('futur non-client');
  });

  it('every action type and instrument of the decisions schema has a label', () => {
    for (const option of actionSchema.def.options) {
      const [type] = option.shape.type.def.values;
      expect(translate('fr', `vocabulary.actionType.${type}`)).not.toBe(`vocabulary.actionType.${type}`);
      const instrument = (option.shape as Record<string, unknown>).instrument as { options?: readonly string[] } | undefined;
      for (const id of instrument?.options ?? [])
        expect(translate('en', `vocabulary.instrument.${id}`)).not.toBe(`vocabulary.instrument.${id}`);
    }
  });
});
