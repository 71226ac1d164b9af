import { describe, expect, it } from 'vitest';
import { NAV_GROUPS, ROUTES, teacherNavOpen } from '../../../src/app/routes.ts';

describe('navigation groups (QA tablet #15)', () => {
  it('puts every screen in exactly one group, the teacher’s tools apart from the game', () => {
    const all = Object.values(NAV_GROUPS).flat();
    expect([...all].sort()).toEqual([...ROUTES].sort());
    expect(NAV_GROUPS.teacher).toEqual(['editor', 'class']);
    expect(NAV_GROUPS.practice).toEqual(['analytics', 'scoring']);
  });

  it('folds the teacher’s group by default, whatever the screen, and for a class link, unless the current screen is in it (QA class #18)', () => {
    const base = { current: 'home', choice: null, classLink: false, remembered: null } as const;
    expect(teacherNavOpen(base)).toBe(false);
    expect(teacherNavOpen({ ...base, current: 'decisions' })).toBe(false);
    expect(teacherNavOpen({ ...base, classLink: true })).toBe(false);
    expect(teacherNavOpen({ ...base, remembered: true })).toBe(true);
    expect(teacherNavOpen({ ...base, remembered: false })).toBe(false);
    // a class link's student starts folded whatever this browser remembered; a choice on the page wins
    expect(teacherNavOpen({ ...base, classLink: true, remembered: true })).toBe(false);
    expect(teacherNavOpen({ ...base, classLink: true, choice: true })).toBe(true);
    // the current page's link is always in view
    expect(teacherNavOpen({ ...base, current: 'editor', classLink: true, choice: false })).toBe(true);
  });
});
