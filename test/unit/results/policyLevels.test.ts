import { describe, expect, it } from 'vitest';
import { actionSchema, type DecisionsLog } from '../../../src/engine/decisions.ts';
import { countPolicyLevels } from '../../../src/results/strategyCounts.ts';

const policy = (level: string) => actionSchema.parse({ type: 'politiqueReclamations', level });

describe('the complaint policies by level (class view, QA12 F9)', () => {
  const log: DecisionsLog = [
    { tick: 0, actions: [policy('rapide'), actionSchema.parse({ type: 'enquete', instrument: 'questionnaire', sampleSize: 200 })] },
    { tick: 2, actions: [policy('standard')] },
    { tick: 3, actions: [policy('rapide')] },
  ];

  it('counts each level the engine ran, and the refused ones apart', () => {
    expect(countPolicyLevels(log)).toEqual({ rapide: 2, standard: 1 });
    expect(countPolicyLevels(log, [{ tick: 3, actionIndex: 0 }])).toEqual({ rapide: 1, standard: 1 });
    expect(countPolicyLevels(log, [{ tick: 3, actionIndex: 0 }], 'refused')).toEqual({ rapide: 1 });
  });
});
