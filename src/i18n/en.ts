/**
 * English strings, whole: the learner and teacher parts the app loads separately (enLearner.ts,
 * enTeacher.ts, see areas.ts) together, so the type checks that the two parts cover every area of
 * the French reference. One section file per area in ./en/.
 */
import type { Messages } from './fr.ts';
import { enLearner } from './enLearner.ts';
import { enTeacher } from './enTeacher.ts';

export const en: Messages = { ...enLearner, ...enTeacher };
