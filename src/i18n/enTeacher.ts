/** The teacher part of English (see areas.ts): loaded with the teacher tools' screens. */
import type { Messages } from './fr.ts';
import type { TeacherArea } from './areas.ts';
import { editor } from './en/editor.ts';
import { scenario } from './en/scenario.ts';
import { classView } from './en/classView.ts';
import { analytics } from './en/analytics.ts';
import { whatif } from './en/whatif.ts';
import { scoringLab } from './en/scoringLab.ts';
import { teamView } from './en/teamView.ts';
import { results } from './en/results.ts';

export const enTeacher: Pick<Messages, TeacherArea> = {
  editor,
  scenario,
  classView,
  analytics,
  whatif,
  scoringLab,
  teamView,
  results,
};
