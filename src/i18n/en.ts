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
import { editor } from './en/editor.ts';
import { debrief } from './en/debrief.ts';
import { dashboard } from './en/dashboard.ts';
import { customers } from './en/customers.ts';
import { charts } from './en/charts.ts';
import { db } from './en/db.ts';
import { results } from './en/results.ts';
import { classView } from './en/classView.ts';
import { analytics } from './en/analytics.ts';
import { glassBox } from './en/glassBox.ts';
import { scoringLab } from './en/scoringLab.ts';
import { teamView } from './en/teamView.ts';
import { whatif } from './en/whatif.ts';
import { missions } from './en/missions.ts';
import { presets } from './en/presets.ts';
import { competencies } from './en/competencies.ts';

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
  editor,
  debrief,
  dashboard,
  customers,
  charts,
  db,
  results,
  classView,
  analytics,
  whatif,
  glassBox,
  scoringLab,
  teamView,
  missions,
  presets,
  competencies,
};
