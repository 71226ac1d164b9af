/** A mission card lists the tools really usable: the class link's locks are named apart, its hidden tools not at all. */
import { describe, expect, it } from 'vitest';
import { briefTools } from '../../../src/ui/missions/briefTools.ts';
import { loadShippedMissionPaths } from '../../../src/missions/shipped.ts';
import { OPEN_ACCESS } from '../../../src/missions/tools.ts';

const path = async () => (await loadShippedMissionPaths()).find((p) => p.scenario === 'boulangerie-du-marche')!;

describe('mission card tools', () => {
  it('lists what the missions unlocked when the teacher locks nothing', async () => {
    const { missions } = await path();
    expect(briefTools(missions, 2, OPEN_ACCESS)).toEqual({ newTools: ['politiqueReclamations', 'enquete'], available: ['financier', 'politiqueReclamations', 'enquete'], teacherLocked: [] });
  });

  it('leaves out of « available » a tool the class link locks and names it as locked by the teacher', async () => {
    const { missions } = await path();
    const tools = briefTools(missions, 2, { locked: ['financier', 'enquete'], hidden: [] });
    expect(tools.available).toEqual(['politiqueReclamations']);
    expect(tools.newTools).toEqual(['politiqueReclamations']);
    expect(tools.teacherLocked).toEqual(['financier', 'enquete']);
  });

  it('does not name a tool the class link hides', async () => {
    const { missions } = await path();
    expect(briefTools(missions, 1, { locked: [], hidden: ['financier'] })).toEqual({ newTools: [], available: [], teacherLocked: [] });
  });
});
