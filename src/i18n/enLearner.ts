/** The learner part of English (see areas.ts): loaded with the first game screen (its core areas come before, enCore.ts). */
import type { Messages } from './fr.ts';
import type { LearnerArea } from './areas.ts';
import { app } from './en/app.ts';
import { shell } from './en/shell.ts';
import { home } from './en/home.ts';
import { tour } from './en/tour.ts';
import { decisions } from './en/decisions.ts';
import { strategies } from './en/strategies.ts';
import { vocabulary } from './en/vocabulary.ts';
import { glossary } from './en/glossary.ts';
import { dashboard } from './en/dashboard.ts';
import { customers } from './en/customers.ts';
import { charts } from './en/charts.ts';
import { handIn } from './en/handIn.ts';
import { competencies } from './en/competencies.ts';

export const enLearner: Pick<Messages, LearnerArea> = {
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
