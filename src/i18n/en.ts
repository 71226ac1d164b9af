/** English strings: same keys as the French reference, one section file per area in ./en/. */
import type { Messages } from './fr.ts';
import { app } from './en/app.ts';
import { shell } from './en/shell.ts';
import { home } from './en/home.ts';
import { tour } from './en/tour.ts';
import { decisions } from './en/decisions.ts';
import { strategies } from './en/strategies.ts';
import { scenario } from './en/scenario.ts';
import { vocabulary } from './en/vocabulary.ts';
import { glossary } from './en/glossary.ts';
import { debrief } from './en/debrief.ts';
import { editor } from './en/editor.ts';
import { db } from './en/db.ts';
import { dashboard } from './en/dashboard.ts';
import { results } from './en/results.ts';
import { classView } from './en/classView.ts';
import { customers } from './en/customers.ts';
import { analytics } from './en/analytics.ts';
import { charts } from './en/charts.ts';

export const en: Messages = {
  app,
  shell,
  home,
  tour,
  decisions,
  strategies,
  scenario,
  vocabulary,
  glossary,
  debrief,
  editor,
  db,
  dashboard,
  results,
  classView,
  customers,
  analytics,
  charts,
};
