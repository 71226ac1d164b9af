/**
 * The home page's « Vous êtes enseignant ? » entry: the teacher tools, each a plain link (the home
 * page imports none of them: their screens and strings load when opened). The missions screen's
 * teacher address (#/missions/enseignant) opens its lesson plan and class link builder.
 */
import { TEACHER_FOCUS, type Route } from '../../app/routes.ts';

export { TEACHER_FOCUS };

export type TeacherLinkKey = 'prepare' | 'class' | 'editor' | 'analytics' | 'scoring' | 'whatif';

export interface TeacherLink {
  key: TeacherLinkKey;
  route: Route;
  param?: string;
}

export const TEACHER_LINKS: readonly TeacherLink[] = [
  { key: 'prepare', route: 'missions', param: TEACHER_FOCUS },
  { key: 'class', route: 'class' },
  { key: 'editor', route: 'editor' },
  { key: 'analytics', route: 'analytics' },
  { key: 'scoring', route: 'scoring' },
  { key: 'whatif', route: 'whatif' },
];

/**
 * Whether the home offers « Vous êtes enseignant ? » (and the guided tour's first step points to it):
 * not to a student on a class link (QA: a teacher's panel above the student's shop), as on the missions
 * screen; nor while the link is read, so it does not show and then vanish above the cards. The navigation's
 * « Espace enseignant » is left out for them too (NavBar): a teacher trying their own link gets the tools back with
 * « Partie libre » (the link forgotten) or at a teacher's address (#/missions/enseignant).
 * `classLink` is App's (the page's link or the playing run's names a shop or a mission).
 */
export function teacherToolsOffered(classLink: boolean, linkReading: boolean): boolean {
  return !classLink && !linkReading;
}
