/**
 * A mission whose tool the teacher's link closes says so to the learner (QA qa12 F1), as the mission's check
 * judges it: a required tool closed is waived, the mission is still passed; an objective measured through it cannot be met.
 */
import { describe, expect, it } from 'vitest';
import { missionTeacherLock } from '../../../src/ui/missions/missionTeacherLock.ts';
import { loadShippedMissionPaths } from '../../../src/missions/shipped.ts';
import { OPEN_ACCESS } from '../../../src/missions/tools.ts';

const missions = async () => (await loadShippedMissionPaths()).find((p) => p.scenario === 'boulangerie-du-marche')!.missions;

describe('the teacher’s lock on the mission being played', () => {
  it('nothing to say when the link leaves the mission’s tools open, nor for the question mission', async () => {
    const [m1, m2] = await missions();
    expect(missionTeacherLock(m2, OPEN_ACCESS)).toBeNull();
    expect(missionTeacherLock(m2, { locked: ['lienSocial'], hidden: ['customisation'] })).toBeNull();
    expect(missionTeacherLock(m1, { locked: ['financier'], hidden: [] })).toBeNull();
  });

  it('mission 2 with the financial advantage locked: its use is waived, the mission is played without it', async () => {
    const [, m2] = await missions();
    expect(missionTeacherLock(m2, { locked: ['financier'], hidden: [] })).toEqual({ kind: 'waived', tools: ['financier'], hidden: [], waived: ['financier'] });
  });

  it('mission 3 without the survey: its measured satisfaction cannot be met; the complaints policy alone is only waived', async () => {
    const [, , m3] = await missions();
    expect(missionTeacherLock(m3, { locked: ['enquete'], hidden: [] })).toEqual({ kind: 'impossible', tools: ['enquete'], hidden: [], waived: [] });
    expect(missionTeacherLock(m3, { locked: [], hidden: ['politiqueReclamations', 'enquete'] })).toEqual({
      kind: 'impossible',
      tools: ['politiqueReclamations', 'enquete'],
      hidden: ['politiqueReclamations', 'enquete'],
      // the survey is what the objective is measured through: its part of the sentence stays, the line below says it cannot be met
      waived: ['politiqueReclamations'],
    });
    expect(missionTeacherLock(m3, { locked: ['politiqueReclamations'], hidden: [] })).toEqual({ kind: 'waived', tools: ['politiqueReclamations'], hidden: [], waived: ['politiqueReclamations'] });
  });
});
