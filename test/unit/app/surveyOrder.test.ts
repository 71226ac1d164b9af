import { describe, expect, it } from 'vitest';
import { surveyOrdered } from '../../../src/app/surveyOrder.ts';
import type { Action } from '../../../src/engine/decisions.ts';

describe('one survey a period', () => {
  it('sees a questionnaire or a mystery shopper among the pending decisions, nothing else', () => {
    const policy = { type: 'politiqueReclamations', level: 'rapide' } as Action;
    expect(surveyOrdered([])).toBe(false);
    expect(surveyOrdered([policy])).toBe(false);
    expect(surveyOrdered([policy, { type: 'enquete', instrument: 'questionnaire', sampleSize: 100 } as Action])).toBe(true);
    expect(surveyOrdered([{ type: 'enquete', instrument: 'clientMystere', sampleSize: 20 } as Action])).toBe(true);
  });
});
