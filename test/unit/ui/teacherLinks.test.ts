import { describe, expect, it } from 'vitest';
import { hrefOf, parseHash, RUN_ROUTES } from '../../../src/app/routes.ts';
import { TEACHER_FOCUS, TEACHER_LINKS } from '../../../src/ui/home/teacherLinks.ts';

describe('home teacher links', () => {
  it('point to every teacher tool, the lesson plan and class link first', () => {
    expect(TEACHER_LINKS.map((l) => l.route)).toEqual(['missions', 'class', 'editor', 'analytics', 'scoring', 'whatif']);
    const prepare = TEACHER_LINKS[0];
    expect(hrefOf(prepare.route, prepare.param)).toBe('#/missions/enseignant');
    expect(parseHash(hrefOf(prepare.route, prepare.param))).toEqual({ route: 'missions', param: TEACHER_FOCUS });
  });

  it('the two tools that need a game in progress are the run routes among them (their texts say so)', () => {
    expect(TEACHER_LINKS.filter((l) => RUN_ROUTES.includes(l.route)).map((l) => l.key)).toEqual(['scoring', 'whatif']);
  });
});
