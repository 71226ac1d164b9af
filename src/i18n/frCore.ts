/**
 * The French areas the first screen needs (areas.ts CORE_AREAS; of the vocabulary, the home screen's part): fetched at startup when the learner's
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
import { vocabularyCore } from './fr/vocabularyCore.ts';

/**
 * The vocabulary area only in part (vocabularyCore.ts: what the home screen shows); the learner part brings the whole
 * area, merged over it (translate.ts registerMessages), so `vocabulary` counts as loaded for the first screen only.
 */
export type FrCore = Pick<Messages, Exclude<CoreArea, 'vocabulary'>> & { vocabulary: Pick<Messages['vocabulary'], keyof typeof vocabularyCore> };

export const frCore: FrCore = { app, shell, home, tour, vocabulary: vocabularyCore };
