/**
 * QA phone F10: on a 390 px phone the closed « Programme comparé » select cut its option's end, so two coupon
 * programmes launched weeks apart both read « Avantage financier — Bons de réduction (Sema… ». The option is
 * short and puts what tells them apart first: the launch period, then the instrument (which implies the action type).
 */
import { describe, expect, it } from 'vitest';
import { programmeLabel, programmeOptionLabel } from '../../../src/ui/charts/programmeLabel.ts';
import { plainSpaces } from '../../../src/i18n/frenchSpacing.ts';

const coupon = (startTick: number) => ({ type: 'financier', instrument: 'coupon', startTick }) as const;
const week = (tick: number) => `Semaine ${tick + 1}`;

describe('programme names on the charts screen', () => {
  it('keeps the chart’s name: action type, instrument, launch period', () => {
    expect(programmeLabel('fr', coupon(0), week)).toBe('Avantage financier — Bons de réduction (Semaine 1)');
  });

  it('starts each option with what differs between two programmes of one instrument, in French and English', () => {
    const [first, second] = [coupon(0), coupon(2)].map((p) => plainSpaces(programmeOptionLabel('fr', p, week)));
    expect(first).toBe('Semaine 1 : Bons de réduction');
    expect(second).toBe('Semaine 3 : Bons de réduction');
    expect(programmeOptionLabel('en', coupon(2), (t) => `Week ${t + 1}`)).toBe('Week 3: Coupons');
  });

  it('names an instrument the vocabulary lacks by its id, as the chart does', () => {
    expect(plainSpaces(programmeOptionLabel('fr', { type: 'lienSocial', instrument: 'ateliers', startTick: 1 }, week))).toBe('Semaine 2 : ateliers');
  });
});
