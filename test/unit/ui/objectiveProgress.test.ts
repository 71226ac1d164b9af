/**
 * The objectives' progress percentage never reads 100 % while the objective is not met (B4 of the
 * teacher's test: « Non atteint » beside « 100 % » for 2 321 / 2 330 and 397 019 / 398 000), and a
 * missed value never reads as its target.
 */
import { describe, expect, it } from 'vitest';
import { objectiveProgress } from '../../../src/engine/objectives.ts';
import type { Objective } from '../../../src/scenario/schema.ts';
import { objectiveProgressText, objectiveValueText } from '../../../src/ui/dashboard/objectiveFormat.ts';

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

describe('objectiveValueText', () => {
  const goal = (metric: Objective['metric'], comparator: '>=' | '<=', target: number) => ({ metric, comparator, target });
  const write = (o: ReturnType<typeof goal>, value: number) => plain(objectiveValueText('fr', o, value));

  it('writes values as the targets are written: money without cents, shares with one decimal, counts', () => {
    expect(write(goal('cumulativeMargin', '>=', 398_000), 397_019)).toBe('397 019 €');
    expect(write(goal('measuredSatisfaction', '>=', 0.68), 0.7123)).toBe('71,2 %');
    expect(write(goal('activeCustomers', '>=', 2330), 2321)).toBe('2 321');
    expect(write(goal('cumulativeMargin', '>=', 398_000), 398_000.4)).toBe('398 000 €');
    expect(write(goal('cumulativeNetMargin', '>=', 165_000), 164_321)).toBe('164 321 €');
  });

  it('gives a missed value the decimals it takes not to read as the target', () => {
    expect(write(goal('cumulativeMargin', '>=', 398_000), 397_999.6)).toBe('397 999,6 €');
    expect(write(goal('measuredSatisfaction', '>=', 0.68), 0.6796)).toBe('67,96 %');
    expect(write(goal('churnRate', '<=', 0.05), 0.05004)).toBe('5,004 %');
    expect(write(goal('budgetLeft', '>=', 1000), 999.99)).toBe('999,99 €');
  });

  it('never reads as the target when missed, for targets and shortfalls of every size', () => {
    const cases: [Objective['metric'], number][] = [['cumulativeMargin', 398_000], ['budgetLeft', 1000], ['retentionRate', 0.9], ['measuredSatisfaction', 0.68], ['activeCustomers', 2330]];
    for (const [metric, target] of cases)
      for (const comparator of ['>=', '<='] as const)
        for (const short of [0.4, 0.01, target * 0.0004, target * 0.00003]) {
          const o = goal(metric, comparator, target);
          const value = comparator === '>=' ? target - short : target + short;
          const text = write(o, value);
          const read = Number(text.replace(/[\s€%]/g, '').replace(',', '.')) / (text.includes('%') ? 100 : 1);
          expect(text).not.toBe(write(o, target));
          expect(Math.abs(read - target), text).toBeGreaterThan(target * 1e-12);
        }
  });
});
