/**
 * The French areas the first screen needs (shell, home, tour, notices of the session and the
 * database, scenario cards, class-link notices): built into the first chunk. The rest
 * of the learner's areas come with frLearner.ts, fetched right after startup (locale.svelte.ts)
 * and awaited by lazy screens; the teacher tools' with frTeacher.ts and their screens (areas.ts).
 * An area missing here only shows its keys for a moment: t() re-renders when frLearner.ts arrives.
 */
import type { Messages } from './fr.ts';
import { app } from './fr/app.ts';
import { shell } from './fr/shell.ts';
import { home } from './fr/home.ts';
import { tour } from './fr/tour.ts';
import { decisions } from './fr/decisions.ts';
import { vocabulary } from './fr/vocabulary.ts';
import { db } from './fr/db.ts';
import { presets } from './fr/presets.ts';

export const frCore: Partial<Messages> = { app, shell, home, tour, decisions, vocabulary, db, presets };
