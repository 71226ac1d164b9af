/** The learner part of French (see areas.ts): loaded with the first game screen (its core areas come before, frCore.ts). */
import type { Messages } from './fr.ts';
import type { LearnerArea } from './areas.ts';
import { app } from './fr/app.ts';
import { shell } from './fr/shell.ts';
import { home } from './fr/home.ts';
import { tour } from './fr/tour.ts';
import { decisions } from './fr/decisions.ts';
import { strategies } from './fr/strategies.ts';
import { vocabulary } from './fr/vocabulary.ts';
import { glossary } from './fr/glossary.ts';
import { dashboard } from './fr/dashboard.ts';
import { customers } from './fr/customers.ts';
import { charts } from './fr/charts.ts';
import { handIn } from './fr/handIn.ts';
import { competencies } from './fr/competencies.ts';

export const frLearner: Pick<Messages, LearnerArea> = {
  app,
  shell,
  home,
  tour,
  decisions,
  strategies,
  vocabulary,
  glossary,
  dashboard,
  customers,
  charts,
  handIn,
  competencies,
};
