/** One format for a rate from one period to the next (QA: the retention table printed « 99 % / 1 % » in week 11, « 99,6 % » elsewhere). */
import { describe, expect, it } from 'vitest';
import { valueText } from '../../../src/ui/charts/valueText.ts';
import { formatValue } from '../../../src/ui/dashboard/kpiText.ts';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('rates always with one decimal', () => {
  it('in the charts’ tables', () => {
    expect(plain(valueText('fr', 0.99, 'percent'))).toBe('99,0 %');
    expect(plain(valueText('fr', 0.01, 'percent'))).toBe('1,0 %');
    expect(plain(valueText('fr', 0.996, 'percent'))).toBe('99,6 %');
    expect(valueText('en', 0.99, 'percent')).toBe('99.0%');
  });
  it('on the dashboard’s cards', () => {
    expect(plain(formatValue('fr', 0.99, 'percent'))).toBe('99,0 %');
    expect(plain(formatValue('fr', 0.003, 'percent'))).toBe('0,3 %');
  });
});
