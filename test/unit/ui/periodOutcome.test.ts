import { describe, expect, it } from 'vitest';
import { periodOutcome } from '../../../src/ui/decisions/periodOutcome.ts';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';

const norm = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('periodOutcome', () => {
  it('says the period, the customers lost and won, with plurals per language', () => {
    expect(periodOutcome('fr', 'week', { tick: 4, lost: 12, acquired: 9 })).toBe(frenchText`Semaine 5 : 12 clients perdus, 9 nouveaux clients.`);
    expect(periodOutcome('fr', 'month', { tick: 0, lost: 1, acquired: 0 })).toBe(frenchText`Mois 1 : 1 client perdu, 0 nouveau client.`);
    expect(periodOutcome('en', 'week', { tick: 4, lost: 1, acquired: 0 })).toBe('Week 5: 1 customer lost, 0 new customers.');
    expect(norm(periodOutcome('fr', 'week', { tick: 9, lost: 1500, acquired: 2 }))).toBe('Semaine 10 : 1 500 clients perdus, 2 nouveaux clients.');
  });
});
