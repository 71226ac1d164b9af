/**
 * QA qa29self m4: the tour's « Décidez » step is where « futurs non-clients » first appears, before any card defines it;
 * each of its variants (strategies open, closed, a mission link) says what these customers are, in French and English.
 */
import { describe, expect, it } from 'vitest';
import { tour as fr } from '../../../src/i18n/fr/tour.ts';
import { tour as en } from '../../../src/i18n/en/tour.ts';

describe('tour: the « Décidez » step defines the segment it names', () => {
  it('in French', () => {
    const { title, ...bodies } = fr.steps.decisions;
    expect(title).toBe('2. Décidez');
    const texts = Object.values(bodies);
    expect(texts).toHaveLength(5);
    for (const text of texts) expect(text).toContain('les futurs non-clients, des clients dont les achats s’espacent et qui risquent de partir');
  });

  it('in English', () => {
    const { title, ...bodies } = en.steps.decisions;
    expect(title).toBe('2. Decide');
    const texts = Object.values(bodies);
    expect(texts).toHaveLength(5);
    for (const text of texts) expect(text).toContain('the lapsing customers, whose purchases are getting further apart and who may leave');
  });
});
