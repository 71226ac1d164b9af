/**
 * Labels that sit side by side on the same screens (Décisions target, dashboard « Point de départ », Base
 * clients filters) must not name two different counts alike: the RFM segment « Nouveau client » and the
 * life-cycle stage of a first purchase were both « Nouveau client » (QA expert F12).
 */
import { describe, expect, it } from 'vitest';
import { vocabulary as fr } from '../../src/i18n/fr/vocabulary.ts';
import { vocabulary as en } from '../../src/i18n/en/vocabulary.ts';

describe('segment and stage labels', () => {
  for (const [lang, vocabulary] of [
    ['fr', fr],
    ['en', en],
  ] as const) {
    it(`no segment shares its label with a life-cycle stage (${lang})`, () => {
      const stages = new Set(Object.values(vocabulary.stage));
      expect(Object.values(vocabulary.segment).filter((label) => stages.has(label))).toEqual([]);
    });
  }

  it('says which « nouveau » is which', () => {
    expect(fr.segment.nouveau).toBe('Nouveau client (RFM)');
    expect(fr.stage.nouveau).toBe('Nouveau (1er achat)');
    expect(en.segment.nouveau).toBe('New customer (RFM)');
    expect(en.stage.nouveau).toBe('New (first purchase)');
  });
});
