/**
 * « Et si… ? » comparison (QA phone F9): « Ajouté dans B : Enquête de satisfaction » for a survey the engine refused (budget)
 * read as applied, while the past periods' table and the notice said it was refused. The decision refused in the timeline
 * being played says so, as the past periods' table does (a saved timeline's, replayed by the controller: compareSavedRefused).
 */
import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import ComparePanel from '../../../src/ui/whatif/ComparePanel.svelte';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { actionSchema } from '../../../src/engine/decisions.ts';
import type { PeriodRefusals } from '../../../src/engine/types.ts';

const coupon = actionSchema.parse({ type: 'financier', instrument: 'coupon', discountRate: 0.1, target: {} });
const survey = actionSchema.parse({ type: 'enquete', instrument: 'questionnaire', sampleSize: 30 });
const plain = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

/** B branched from A at month 30 and added a survey there (its second decision of the period) */
function controller() {
  return {
    family: [
      { id: 'a', name: 'Optique Lumière', depth: 0, parentRunId: null },
      { id: 'b', name: 'Optique Lumière — et si…', depth: 1, parentRunId: 'a' },
    ],
    a: 'a',
    b: 'b',
    timelines: {},
    comparison: {
      ticks: 0,
      metrics: [],
      decisions: [{ tick: 29, a: [coupon], b: [coupon, survey], onlyA: [], onlyB: [survey], kept: [coupon], reordered: false }],
      firstKpiDifference: null,
      firstDecisionDifference: 29,
    },
    select: () => Promise.resolve(),
  } as never;
}
const refusedSurvey: PeriodRefusals[] = [{ tick: 29, rejected: [{ actionIndex: 1, reason: 'budgetInsuffisant' }] }];
const lines = () => screen.getAllByRole('definition').map((d) => plain(d.textContent));

describe('what-if comparison: a refused decision', () => {
  afterEach(() => setLocale('fr'));

  it('says the survey B added was refused, in the timeline being played (fr, en)', async () => {
    const fr = render(ComparePanel, { controller: controller(), unit: 'month', played: { id: 'b', rejections: refusedSurvey } });
    expect(lines().join('\n')).toContain('Ajouté dans B : Enquête de satisfaction : Questionnaire, 30 réponses demandées (refusée : budget insuffisant)');
    // the coupon kept in both was applied: nothing added to it
    expect(lines().join('\n')).not.toMatch(/réduction[^\n]*refusée/);
    fr.unmount();
    await setLocale('en');
    render(ComparePanel, { controller: controller(), unit: 'month', played: { id: 'b', rejections: refusedSurvey } });
    expect(lines().join('\n')).toContain('Added in B: Satisfaction survey: Questionnaire, 30 answers ordered (refused: not enough budget)');
  });

  it('marks nothing when the timeline played is not the one with the refusal', () => {
    render(ComparePanel, { controller: controller(), unit: 'month', played: { id: 'a', rejections: refusedSurvey } });
    expect(lines().join('\n')).not.toContain('refusée');
  });
});
