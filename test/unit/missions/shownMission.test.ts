import { describe, expect, it } from 'vitest';
import { shownMission } from '../../../src/ui/missions/shownMission.ts';

describe('the mission the missions screen shows first', () => {
  it('a class link for a later mission wins over the mission played (QA qa17 F5)', () => {
    expect(shownMission({ played: 0, linked: 1, debrief: false, firstTodo: 1 })).toBe(1);
  });

  it('the mission played wins over a link for it or an earlier one, and on its « voir le bilan »', () => {
    expect(shownMission({ played: 0, linked: 0, debrief: false, firstTodo: 1 })).toBe(0);
    expect(shownMission({ played: 1, linked: 0, debrief: false, firstTodo: 1 })).toBe(1);
    expect(shownMission({ played: 0, linked: 1, debrief: true, firstTodo: 1 })).toBe(0);
  });

  it('without either, the first mission not passed, or the first one when all are', () => {
    expect(shownMission({ played: null, linked: 2, debrief: false, firstTodo: 0 })).toBe(2);
    expect(shownMission({ played: null, linked: null, debrief: false, firstTodo: 3 })).toBe(3);
    expect(shownMission({ played: null, linked: null, debrief: false, firstTodo: -1 })).toBe(0);
  });
});
