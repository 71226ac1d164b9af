/**
 * The objectives' progress percentage never reads 100 % while the objective is not met (B4 of the
 * teacher's test: « Non atteint » beside « 100 % » for 2 321 / 2 330 and 397 019 / 398 000).
 */
import { describe, expect, it } from 'vitest';
import { objectiveProgress } from '../../../src/engine/objectives.ts';
import type { Objective } from '../../../src/scenario/schema.ts';
import { objectiveProgressText } from '../../../src/ui/dashboard/objectiveFormat.ts';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const objective = (comparator: '>=' | '<=', target: number): Objective => ({ id: 'o', label: { fr: 'o', en: 'o' }, metric: 'activeCustomers', comparator, target, points: 1 });
const text = (value: number, o: Objective, locale: 'fr' | 'en' = 'fr') => plain(objectiveProgressText(locale, objectiveProgress(value, o)));

describe('objectiveProgressText', () => {
  it('reads the two missed objectives of the report below 100 %, with one decimal', () => {
    expect(text(2321, objective('>=', 2330))).toBe('99,6 %');
    expect(text(397_019, objective('>=', 398_000))).toBe('99,7 %');
    expect(text(2321, objective('>=', 2330), 'en')).toBe('99.6%');
  });

  it('reads 100 % only when the target is met', () => {
    expect(text(2330, objective('>=', 2330))).toBe('100 %');
    expect(text(2400, objective('>=', 2330))).toBe('100 %');
    expect(text(900, objective('<=', 1000))).toBe('100 %');
    expect(text(1000.5, objective('<=', 1000))).toBe('99,9 %');
  });

  it('cuts down rather than rounds up: whole percents below 99 %', () => {
    expect(plain(objectiveProgressText('fr', 0))).toBe('0 %');
    expect(plain(objectiveProgressText('fr', 0.5))).toBe('50 %');
    expect(plain(objectiveProgressText('fr', 0.989))).toBe('98 %');
    expect(plain(objectiveProgressText('fr', 0.99))).toBe('99,0 %');
    expect(plain(objectiveProgressText('fr', 0.9999999999))).toBe('99,9 %');
  });

  it('never shows 100 % for a value short of its target, whatever the size of the target', () => {
    for (const target of [7, 150, 2330, 12_345, 398_000, 1_000_000])
      for (const short of [1, 0.5, 0.01, target * 1e-6])
        for (const o of [objective('>=', target), objective('<=', target)]) {
          const value = o.comparator === '>=' ? target - short : target + short;
          expect(text(value, o)).not.toBe('100 %');
        }
  });
});
