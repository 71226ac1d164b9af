/** formatShare: a table column of shares keeps one precision (1,0 % above 54,2 %, never 1 %). */
import { describe, expect, it } from 'vitest';
import { formatShare } from '../../../src/app/format.ts';

const spaces = (s: string) => s.replace(/[\u00a0\u202f]/gu, ' ');

describe('formatShare', () => {
  it('always shows the same number of decimals', () => {
    expect(spaces(formatShare('fr', 0.01))).toBe('1,0 %');
    expect(spaces(formatShare('fr', 0.5424))).toBe('54,2 %');
    expect(formatShare('en', 0.01)).toBe('1.0%');
    expect(formatShare('en', 0.5, 0)).toBe('50%');
  });
});
