/**
 * The tools a class link closes that a mission relies on, for the student's mission banner and the teacher's link
 * builder alike: those it asks to use, and the one its objective is measured through (no measured satisfaction without the survey).
 */
import { describe, expect, it } from 'vitest';
import { missionClosedTools } from '../../../src/ui/presets/missionClosedTools.ts';
import type { Tool } from '../../../src/missions/tools.ts';

const closedOf = (...tools: Tool[]) => (tool: Tool) => tools.includes(tool);
const LISTEN = { metric: 'measuredSatisfaction', requires: ['enquete', 'politiqueReclamations'] } as const;

describe('the closed tools of a mission', () => {
  it('none when the link leaves its tools open, or closes only others; a question mission relies on none', () => {
    expect(missionClosedTools({ metric: 'budgetLeft', requires: ['financier'] }, closedOf())).toEqual({ tools: [], measure: null });
    expect(missionClosedTools({ metric: 'budgetLeft', requires: ['financier'] }, closedOf('lienSocial', 'enquete'))).toEqual({ tools: [], measure: null });
    expect(missionClosedTools({ metric: null, requires: [] }, closedOf('financier', 'enquete'))).toEqual({ tools: [], measure: null });
  });

  it('the tools it asks to use that are closed, in the tools’ order, whatever order the mission lists them in', () => {
    expect(missionClosedTools({ metric: 'budgetLeft', requires: ['collecteDonnees', 'personnalisation'] }, closedOf('collecteDonnees', 'personnalisation', 'financier'))).toEqual({
      tools: ['personnalisation', 'collecteDonnees'],
      measure: null,
    });
  });

  it('the tool its objective is measured through, closed: named among the tools and as the measure, with what closing it does', () => {
    expect(missionClosedTools(LISTEN, closedOf('enquete', 'politiqueReclamations'))).toEqual({
      tools: ['politiqueReclamations', 'enquete'],
      measure: { tool: 'enquete', kind: 'impossible' },
    });
    // measured through a tool it does not ask for: still one of its closed tools
    expect(missionClosedTools({ metric: 'acquisitions', requires: [] }, closedOf('acquisition'))).toEqual({ tools: ['acquisition'], measure: { tool: 'acquisition', kind: 'harder' } });
    // the survey open: the complaints policy alone, no measure lost
    expect(missionClosedTools(LISTEN, closedOf('politiqueReclamations'))).toEqual({ tools: ['politiqueReclamations'], measure: null });
  });
});
