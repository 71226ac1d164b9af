/** The risk score's probabilities: never « 0 % » nor « 100 % » for a model that is never certain (QA qa15 F6). */
import { describe, expect, it } from 'vitest';
import { formatProbability } from '../../../src/ui/analytics/probabilityText.ts';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatProbability', () => {
  it('writes « < 1 % » and « > 99 % » where whole percents would round to 0 % or 100 %', () => {
    expect(plain(formatProbability('fr', 0.0004))).toBe('< 1 %');
    expect(plain(formatProbability('fr', 0.9996))).toBe('> 99 %');
    expect(plain(formatProbability('fr', 0.995))).toBe('> 99 %');
    expect(plain(formatProbability('en', 0.9996))).toBe('> 99%');
    // the « > » holds to its figure, as the grid's « < 1 % » does
    expect(formatProbability('fr', 0.9996)).not.toMatch(/ /);
  });

  it('keeps whole percents otherwise, and 0 % or 100 % for a probability that is exactly that', () => {
    expect(plain(formatProbability('fr', 0.994))).toBe('99 %');
    expect(plain(formatProbability('fr', 0.006))).toBe('1 %');
    expect(plain(formatProbability('fr', 0.5))).toBe('50 %');
    expect(plain(formatProbability('fr', 0))).toBe('0 %');
    expect(plain(formatProbability('fr', 1))).toBe('100 %');
  });
});
