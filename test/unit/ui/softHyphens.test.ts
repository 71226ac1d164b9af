/**
 * The RFM grid's break points (softHyphens, charts.rfm.hyphenation): a listed word gets a soft hyphen at
 * each of its hyphens, other words are left alone, and every long word of a segment name is listed in
 * both languages, so none is cut anywhere in a phone's narrow cell (QA: « Nouve|aux », « Champi|ons »).
 */
import { describe, expect, it } from 'vitest';
import { softHyphens } from '../../../src/ui/charts/softHyphens.ts';
import { charts as frCharts } from '../../../src/i18n/fr/charts.ts';
import { charts as enCharts } from '../../../src/i18n/en/charts.ts';
import { vocabulary as frVocabulary } from '../../../src/i18n/fr/vocabulary.ts';
import { vocabulary as enVocabulary } from '../../../src/i18n/en/vocabulary.ts';

const SHY = '\u00ad';

describe('softHyphens', () => {
  it('puts a soft hyphen at each hyphen of a listed word, whole words only', () => {
    expect(softHyphens('En hibernation', 'hi-ber-na-tion Nou-veaux')).toBe(`En hi${SHY}ber${SHY}na${SHY}tion`);
    expect(softHyphens('Nouveaux clients', 'Nou-veaux')).toBe(`Nou${SHY}veaux clients`);
    // not inside another word, and the case counts
    expect(softHyphens('Renouveaux nouveaux', 'Nou-veaux')).toBe('Renouveaux nouveaux');
    expect(softHyphens('Sur le point de s’endormir', '')).toBe('Sur le point de s’endormir');
  });

  it('lists every long word of the grid’s segment names, in French and English, as the word itself', () => {
    for (const [lang, list, names] of [
      ['fr', frCharts.rfm.hyphenation, frVocabulary.rfSegment],
      ['en', enCharts.rfm.hyphenation, enVocabulary.rfSegment],
    ] as const) {
      const listed = new Set(list.split(' ').map((w) => w.replaceAll('-', '')));
      // « Fidèles » (7 letters) fits a phone's cell; « Prometteurs », « Hibernating » do not
      const long = Object.values(names).flatMap((name) => name.split(' ').filter((word) => word.length >= 8));
      expect(long.length, lang).toBeGreaterThan(3);
      for (const word of long) expect(listed.has(word), `${lang}: ${word}`).toBe(true);
      // a listed word is written as in the names (a typo would never match)
      const words = new Set(Object.values(names).flatMap((name) => name.split(' ')));
      for (const word of listed) expect(words.has(word), `${lang}: ${word}`).toBe(true);
    }
  });
});
