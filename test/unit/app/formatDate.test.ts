import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../src/app/format.ts';

describe('formatDate', () => {
  it('writes the first of a month as an ordinal in French only', () => {
    expect(formatDate('fr', new Date(Date.UTC(2024, 0, 1)))).toBe('1er janvier 2024');
    expect(formatDate('fr', new Date(Date.UTC(2024, 0, 2)))).toBe('2 janvier 2024');
    expect(formatDate('fr', new Date(Date.UTC(1998, 5, 30)))).toBe('30 juin 1998');
    expect(formatDate('en', new Date(Date.UTC(2024, 0, 1)))).toBe('1 January 2024');
  });
});
