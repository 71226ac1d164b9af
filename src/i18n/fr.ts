/**
 * French strings: the reference language. One section file per area in ./fr/ (keys `area.key`),
 * registered here with one line each. Every other language must have the same keys (type `Messages`).
 * Placeholders use {{name}}. Components never hard-code text: they call t('area.key', { name }).
 * A counted message comes as two keys, `key…One` / `key…Other`, read with tCount('area.key', n) (plural.ts).
 * Authors write ordinary spaces before ; : ! ? and inside « »: each area file is wrapped in frenchArea()
 * (frenchSpacing.ts), which makes them the non-breaking spaces of French typography once, at load.
 */
import { app } from './fr/app.ts';
import { shell } from './fr/shell.ts';
import { home } from './fr/home.ts';
import { tour } from './fr/tour.ts';
import { decisions } from './fr/decisions.ts';
import { strategies } from './fr/strategies.ts';
import { scenario } from './fr/scenario.ts';
import { vocabulary } from './fr/vocabulary.ts';
import { glossary } from './fr/glossary.ts';
import { glossaryCards } from './fr/glossaryCards.ts';
import { editor } from './fr/editor.ts';
import { debrief } from './fr/debrief.ts';
import { dashboard } from './fr/dashboard.ts';
import { dashboardResults } from './fr/dashboardResults.ts';
import { customers } from './fr/customers.ts';
import { charts } from './fr/charts.ts';
import { db } from './fr/db.ts';
import { savedRuns } from './fr/savedRuns.ts';
import { customersCsv } from './fr/customersCsv.ts';
import { results } from './fr/results.ts';
import { classView } from './fr/classView.ts';
import { analytics } from './fr/analytics.ts';
import { glassBox } from './fr/glassBox.ts';
import { scoringLab } from './fr/scoringLab.ts';
import { teamView } from './fr/teamView.ts';
import { whatif } from './fr/whatif.ts';
import { missions } from './fr/missions.ts';
import { presets } from './fr/presets.ts';
import { classLink } from './fr/classLink.ts';
import { competencies } from './fr/competencies.ts';
import { handIn } from './fr/handIn.ts';

export const fr = {
  app,
  shell,
  home,
  tour,
  decisions,
  strategies,
  scenario,
  vocabulary,
  glossary,
  glossaryCards,
  editor,
  debrief,
  dashboard,
  dashboardResults,
  customers,
  charts,
  db,
  savedRuns,
  customersCsv,
  results,
  classView,
  analytics,
  whatif,
  glassBox,
  scoringLab,
  teamView,
  missions,
  presets,
  classLink,
  competencies,
  handIn,
} as const;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof fr>;
