/**
 * « ± 3 pt » is French usage (QA learner en 11): English says « ± 3 points » for a margin of error
 * or a change of a score out of 100, wherever it is written.
 */
import { describe, expect, it } from 'vitest';
import { dashboard } from '../../src/i18n/en/dashboard.ts';
import { debrief } from '../../src/i18n/en/debrief.ts';
import { glassBox } from '../../src/i18n/en/glassBox.ts';
import { glossaryCards } from '../../src/i18n/en/glossaryCards.ts';

/** every string of a message tree */
const texts = (tree: unknown): string[] => (typeof tree === 'string' ? [tree] : tree && typeof tree === 'object' ? Object.values(tree).flatMap(texts) : []);

describe('points of a score in English', () => {
  it('says « points », not the French « pt »', () => {
    // bound to its number and sign by no-break spaces (QA qa23 F6)
    expect(dashboard.satisfaction.value).toBe('{{mean}} ±\u00a0{{margin}}\u00a0points');
    expect([dashboard, debrief, glassBox, glossaryCards].flatMap(texts).filter((s) => /\bpt\b/.test(s))).toEqual([]);
  });
});
