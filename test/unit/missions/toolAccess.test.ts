/** Who locks a tool: the mission (a later one unlocks it) or the teacher's class link, once both are combined. */
import { describe, expect, it } from 'vitest';
import { combineAccess, lockReason, toolOpen, TOOLS, type ToolAccess } from '../../../src/missions/tools.ts';

const mission: ToolAccess = { locked: ['lienSocial', 'enquete'], hidden: [], byMission: ['lienSocial', 'enquete'] };
const teacher: ToolAccess = { locked: ['financier', 'enquete'], hidden: ['acquisition'] };

describe('lock reason', () => {
  it('says the mission locks a tool only the mission locks, the teacher otherwise', () => {
    const access = combineAccess(teacher, mission);
    expect(access.locked).toEqual(['financier', 'lienSocial', 'enquete']);
    expect(lockReason(access, 'lienSocial')).toBe('mission');
    expect(lockReason(access, 'financier')).toBe('teacher');
    // locked by both: the teacher's lock stays after the mission's
    expect(lockReason(access, 'enquete')).toBe('teacher');
    expect(lockReason(access, 'acquisition')).toBeNull();
    expect(lockReason(access, 'customisation')).toBeNull();
  });

  it('keeps the combined access of a class link alone as it was', () => {
    expect(combineAccess(teacher)).toEqual({ locked: ['financier', 'enquete'], hidden: ['acquisition'] });
  });
});

describe('tool open', () => {
  it('is open when neither locked nor hidden, by the mission or the teacher', () => {
    const access = combineAccess(teacher, mission);
    expect(TOOLS.filter((tool) => toolOpen(access, tool))).toEqual(['personnalisation', 'customisation', 'politiqueReclamations', 'collecteDonnees']);
  });
});
