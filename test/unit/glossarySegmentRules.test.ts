/**
 * The glossary card « Segments de clientèle » gave no threshold at all (QA expert F20): a student
 * could not tell that « Bon client » is every scored customer the other rules leave, recent customers
 * who bought once included. The card now states the engine's rules (segmentMaps.ts courseSegment), in
 * their order; each stated rule is checked here against the engine on the scores it names.
 */
import { describe, expect, it } from 'vitest';
import { courseSegment } from '../../src/engine/segmentMaps.ts';
import { COURSE_SEGMENTS } from '../../src/engine/vocabulary.ts';
import { NEW_CUSTOMER_WEEKS } from '../../src/engine/params.ts';
import { translate } from '../../src/i18n/translate.ts';

const seg = (r: number, f: number, m: number, isNew = false) => COURSE_SEGMENTS[courseSegment(r, f, m, isNew)];
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('glossary « Segments de clientèle » states the rules the engine applies', () => {
  const fr = plain(translate('fr', 'glossaryCards.segments.body'));
  const en = plain(translate('en', 'glossaryCards.segments.body'));

  it('gives each segment’s thresholds in plain words, in both languages', () => {
    expect(fr).toContain(`« Nouveau client (RFM) » si son premier achat date de moins de ${NEW_CUSTOMER_WEEKS} semaines`);
    expect(fr).toContain('« Inactif (RFM) » si sa récence est notée 1');
    expect(en).toContain('“Inactive (RFM)” if recency scores 1');
    expect(fr).toContain('« Futur non-client » si sa récence est notée 2, ou 3 avec une fréquence notée 1 ou 2');
    expect(fr).toContain('« Très bon client » si récence, fréquence et montant sont tous notés 4 ou 5');
    expect(fr).toContain('« Bon client » pour tous les autres');
    expect(fr).toMatch(/« Bon client » rassemble donc aussi des clients récents qui achètent peu/);
    expect(en).toContain(`“New customer (RFM)” if the first purchase is less than ${NEW_CUSTOMER_WEEKS} weeks old`);
    expect(en).toContain('“Good customer” for all the others');
  });

  it('the stated rules are the engine’s', () => {
    expect(seg(1, 5, 5, true)).toBe('nouveau');
    expect(seg(1, 5, 5)).toBe('inactif');
    expect(seg(2, 5, 5)).toBe('futurNonClient');
    expect(seg(3, 2, 5)).toBe('futurNonClient');
    expect(seg(3, 3, 1)).toBe('bon');
    expect(seg(4, 4, 4)).toBe('tresBon');
    expect(seg(5, 5, 3)).toBe('bon');
    // the catch-all the card now warns of: a recent one-time, low-spend buyer is « Bon client »
    expect(seg(5, 1, 1)).toBe('bon');
  });
});
