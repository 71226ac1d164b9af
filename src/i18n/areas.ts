/**
 * How a language's areas are downloaded. The learner's areas come right after startup (French's
 * first-screen areas are even built in: frCore.ts); the teacher tools' areas (scenario editor and
 * the scenario fields' names and file-check messages, class view, analytics, what-if, scoring lab)
 * only come with those screens (app/screens.ts); the missions' (path screen, banner, debrief,
 * lesson plan, the teacher's class link builder on that screen) with the mission code (missions/lazyMissions.svelte.ts), which a free player never
 * loads. French file-check messages are built into the checker (scenario/validate.ts); English
 * ones come with English's teacher part.
 * Each part is a file per language: frLearner.ts / frTeacher.ts / frMissions.ts, enLearner.ts /
 * enTeacher.ts / enMissions.ts; a unit test checks that the parts hold exactly these areas, and
 * together every area of fr.ts.
 */
import type { Messages } from './fr.ts';

export type Area = keyof Messages;
export type Part = 'learner' | 'teacher' | 'missions';

export const TEACHER_AREAS = [
  'editor',
  'scenario',
  'classView',
  'analytics',
  'whatif',
  'scoringLab',
] as const satisfies readonly Area[];
export type TeacherArea = (typeof TEACHER_AREAS)[number];

export const MISSION_AREAS = ['missions', 'classLink'] as const satisfies readonly Area[];
export type MissionArea = (typeof MISSION_AREAS)[number];

export type LearnerArea = Exclude<Area, TeacherArea | MissionArea>;

export const LEARNER_AREAS = [
  'app',
  'shell',
  'home',
  'tour',
  'decisions',
  'strategies',
  'vocabulary',
  'glossary',
  'debrief',
  'dashboard',
  'customers',
  'charts',
  'db',
  'results',
  'glassBox',
  'teamView',
  'presets',
  'competencies',
] as const satisfies readonly LearnerArea[];

export const PART_AREAS: Record<Part, readonly Area[]> = {
  learner: LEARNER_AREAS,
  teacher: TEACHER_AREAS,
  missions: MISSION_AREAS,
};
