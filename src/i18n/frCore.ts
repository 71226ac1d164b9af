/**
 * The French areas the first screen needs (areas.ts CORE_AREAS): fetched at startup when the learner's
 * language is French (locale.svelte.ts), in a chunk of their own (vite.config.ts), so an English learner never
 * downloads them. The rest of the learner's areas come with frLearner.ts and the first game screen; the teacher
 * tools' with frTeacher.ts and their screens (areas.ts).
 */
import type { Messages } from './fr.ts';
import type { CoreArea } from './areas.ts';
import { app } from './fr/app.ts';
import { shell } from './fr/shell.ts';
import { home } from './fr/home.ts';
import { tour } from './fr/tour.ts';
import { vocabulary } from './fr/vocabulary.ts';
import { db } from './fr/db.ts';
import { presets } from './fr/presets.ts';

export const frCore: Pick<Messages, CoreArea> = { app, shell, home, tour, vocabulary, db, presets };
