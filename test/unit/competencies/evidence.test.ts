import { describe, expect, it } from 'vitest';
import { competencyEvidence, refusedActions } from '../../../src/competencies/evidence.ts';
import type { ObjectiveStatus } from '../../../src/engine/objectives.ts';
import { actionSchema, type DecisionsLog } from '../../../src/engine/decisions.ts';

const log: DecisionsLog = [
  { tick: 0, actions: [actionSchema.parse({ type: 'enquete', instrument: 'questionnaire', sampleSize: 100 })] },
  { tick: 2, actions: [actionSchema.parse({ type: 'financier', instrument: 'coupon', discountRate: 0.1, target: { segments: ['bon'] } }), actionSchema.parse({ type: 'arreterProgramme', programmeId: 'p1' })] },
];
const met = { id: 'o', value: 0.7, state: 'atteint' } as ObjectiveStatus;
const unmeasured = { id: 'u', value: null, state: 'enCours' } as ObjectiveStatus;

describe('competencyEvidence', () => {
  it('links each decision to the competencies of its tool, targeting to NDRC bloc 1, results to evaluation', () => {
    const ev = competencyEvidence(log, [met, unmeasured]);
    expect(ev.map((e) => e.competency)).toEqual(['mco1.etudes', 'mco2.offre', 'mco2.evaluer', 'mco3.budget', 'mco3.performances', 'ndrc1.cibler', 'ndrc1.information']);
    expect(ev.find((e) => e.competency === 'ndrc1.cibler')!.items).toEqual([{ kind: 'decision', tick: 2, type: 'financier', instrument: 'coupon' }]);
    // every objective, one never measured too (QA class 14: the satisfaction objective was missing)
    expect(ev.find((e) => e.competency === 'mco2.evaluer')!.items).toEqual([
      { kind: 'objective', status: met },
      { kind: 'objective', status: unmeasured },
    ]);
    expect(ev.find((e) => e.competency === 'mco3.performances')!.items).toHaveLength(2);
  });

  it('no decision, no evidence (results alone prove nothing the learner did)', () => {
    expect(competencyEvidence([], [met])).toEqual([]);
  });

  it('leaves out the actions the engine refused (they never ran), as the tick reports list them (QA class F2)', () => {
    // tick 2: the coupon refused, the stop ran
    const refused = refusedActions([
      { tick: 0, rejected: [] },
      { tick: 2, rejected: [{ actionIndex: 0, reason: 'budgetInsuffisant' }] },
    ]);
    expect(refused).toEqual([{ tick: 2, actionIndex: 0 }]);
    const ev = competencyEvidence(log, [met], refused);
    expect(ev.map((e) => e.competency)).toEqual(['mco1.etudes', 'mco2.evaluer', 'mco3.performances', 'ndrc1.information']);
    expect(ev.flatMap((e) => e.items).some((i) => i.kind === 'decision' && i.type === 'financier')).toBe(false);
    // every action refused: nothing the learner did ran, so results are no evidence either
    const all = refusedActions([{ tick: 0, rejected: [{ actionIndex: 0, reason: 'budgetInsuffisant' }] }, { tick: 2, rejected: [0, 1].map((actionIndex) => ({ actionIndex, reason: 'cibleVide' as const })) }]);
    expect(competencyEvidence(log, [met], all)).toEqual([]);
  });
});
