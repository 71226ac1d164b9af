import { describe, expect, it } from 'vitest';
import { severalPeriods } from '../../../src/ui/decisions/severalPeriods.ts';

describe('the periods « Avancer de N périodes » plays', () => {
  it('is four while four or more remain', () => {
    expect(severalPeriods(52)).toBe(4);
    expect(severalPeriods(5)).toBe(4);
    expect(severalPeriods(4)).toBe(4);
  });

  it('is the periods left when fewer remain (week 2 of a 4-week mission: 3, not 4)', () => {
    expect(severalPeriods(3)).toBe(3);
    expect(severalPeriods(2)).toBe(2);
  });

  it('is none when one period or none remains (« Avancer d’une semaine » does that)', () => {
    expect(severalPeriods(1)).toBeNull();
    expect(severalPeriods(0)).toBeNull();
  });
});
