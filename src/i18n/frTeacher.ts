/** The teacher part of French (see areas.ts): loaded with the teacher tools' screens. */
import type { Messages } from './fr.ts';
import type { TeacherArea } from './areas.ts';
import { editor } from './fr/editor.ts';
import { scenario } from './fr/scenario.ts';
import { classView } from './fr/classView.ts';
import { analytics } from './fr/analytics.ts';
import { whatif } from './fr/whatif.ts';
import { scoringLab } from './fr/scoringLab.ts';
import { teamView } from './fr/teamView.ts';
import { results } from './fr/results.ts';

export const frTeacher: Pick<Messages, TeacherArea> = {
  editor,
  scenario,
  classView,
  analytics,
  whatif,
  scoringLab,
  teamView,
  results,
};
