import { describe, expect, it } from 'vitest';
import { emptyCriteria, toTarget } from '../../../src/app/targetCriteria.ts';
import { INSTRUMENTS, defaultChoice, strategyAction } from '../../../src/app/strategyForm.ts';
import { describeAction, targetSummary } from '../../../src/app/actionText.ts';
import { actionSchema } from '../../../src/engine/decisions.ts';
import { translate } from '../../../src/i18n/translate.ts';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';

const t = (key: string, params?: Record<string, string | number>) => translate('fr', key, params);

describe('target criteria', () => {
  it('an untouched builder targets everyone', () => {
    expect(toTarget(emptyCriteria())).toEqual({});
  });
  it('keeps only the criteria that filter, with score ranges in order', () => {
    const c = { ...emptyCriteria(), segments: ['futurNonClient' as const], r: [4, 2] as [number, number], clubMember: false, minDataKnown: 0.3, limit: 50, town: 2 };
    expect(toTarget(c)).toEqual({ segments: ['futurNonClient'], r: [2, 4], clubMember: false, minDataKnown: 0.3, limit: 50, towns: [2] });
  });
  it('ignores a limit that is not a positive whole number', () => {
    expect(toTarget({ ...emptyCriteria(), limit: 0 })).toEqual({});
  });
});

describe('strategy form', () => {
  it('offers exactly the instruments the decisions schema accepts', () => {
    expect(INSTRUMENTS.financier).toEqual(['coupon', 'points', 'remiseVolume']);
    expect(INSTRUMENTS.lienSocial).toEqual(['club', 'evenementPrive']);
  });
  it('builds valid actions for the four strategies', () => {
    for (const strategy of ['financier', 'lienSocial', 'personnalisation', 'customisation'] as const) {
      const action = strategyAction({ ...defaultChoice(strategy), durationTicks: 6 }, { segments: ['bon'] });
      const parsed = actionSchema.parse(action);
      expect(parsed.type).toBe(strategy);
      expect('durationTicks' in parsed && parsed.durationTicks).toBe(6);
    }
    const open = actionSchema.parse(strategyAction(defaultChoice('financier'), {}));
    expect(open).toMatchObject({ type: 'financier', discountRate: 0.1, target: {} });
    expect('durationTicks' in open ? open.durationTicks : undefined).toBeUndefined();
  });
});

describe('action text', () => {
  it('describes a decision and its target in plain French', () => {
    const action = actionSchema.parse({ type: 'financier', instrument: 'coupon', discountRate: 0.1, target: { segments: ['futurNonClient'], r: [1, 2] } });
    const text = describeAction(action, t, 'fr', 'week');
    expect(text).toContain(frenchText`Avantage financier : Bons de réduction`);
    expect(text).toContain('10');
    expect(text).toContain('Futur non-client');
    expect(text).toContain('R de 1 à 2');
    expect(targetSummary({}, t)).toBe('toute la base');
  });

  it('counts a questionnaire in answers ordered and a mystery shopper in visits, in the locale', () => {
    const questionnaire = actionSchema.parse({ type: 'enquete', instrument: 'questionnaire', sampleSize: 1200 });
    const mystery = actionSchema.parse({ type: 'enquete', instrument: 'clientMystere', sampleSize: 20 });
    expect(describeAction(questionnaire, t, 'fr', 'week')).toMatch(/1\s200 réponses demandées$/);
    expect(describeAction(mystery, t, 'fr', 'week')).toMatch(/, 20 visites$/);
    expect(describeAction(mystery, t, 'fr', 'week')).not.toContain('clients');
  });
});
