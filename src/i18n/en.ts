/** English strings: same keys as the French reference, one section file per area in ./en/. */
import type { Messages } from './fr.ts';
import { app } from './en/app.ts';
import { vocabulary } from './en/vocabulary.ts';

export const en: Messages = {
  app,
  vocabulary,
};
