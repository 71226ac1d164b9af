/**
 * Screens loaded on demand: the learner's game screens together, when the first of them opens
 * (vite.config.ts LEARNER_SCREENS), each teacher tool in its own chunk. import.meta.glob tolerates
 * a screen that is not built yet: its loader is then undefined and the shell says the screen is
 * not available.
 */
import type { Route } from './routes.ts';
import { loadLocale, locale } from '../i18n/locale.svelte.ts';
import { lazyComponent } from './lazyComponent.ts';

const modules = import.meta.glob([
  '../ui/dashboard/DashboardScreen.svelte',
  '../ui/decisions/DecisionsScreen.svelte',
  '../ui/customers/CustomersScreen.svelte',
  '../ui/charts/ChartsScreen.svelte',
  '../ui/analytics/AnalyticsScreen.svelte',
  '../ui/glossary/GlossaryScreen.svelte',
  '../ui/shell/DebriefRoute.svelte',
  '../ui/editor/ScenarioEditorScreen.svelte',
  '../ui/class/ClassScreen.svelte',
  '../ui/scoringLab/ScoringLabScreen.svelte',
  '../ui/whatif/WhatIfScreen.svelte',
  '../ui/missions/MissionsScreen.svelte',
]);

const FILES: Partial<Record<Route, string>> = {
  dashboard: '../ui/dashboard/DashboardScreen.svelte',
  decisions: '../ui/decisions/DecisionsScreen.svelte',
  customers: '../ui/customers/CustomersScreen.svelte',
  charts: '../ui/charts/ChartsScreen.svelte',
  analytics: '../ui/analytics/AnalyticsScreen.svelte',
  glossary: '../ui/glossary/GlossaryScreen.svelte',
  debrief: '../ui/shell/DebriefRoute.svelte',
  editor: '../ui/editor/ScenarioEditorScreen.svelte',
  class: '../ui/class/ClassScreen.svelte',
  scoring: '../ui/scoringLab/ScoringLabScreen.svelte',
  whatif: '../ui/whatif/WhatIfScreen.svelte',
  missions: '../ui/missions/MissionsScreen.svelte',
};

/** Teacher tools: their strings are a part of their own (i18n/areas.ts), loaded with them. */
const TEACHER_ROUTES: readonly Route[] = ['editor', 'class', 'analytics', 'whatif', 'scoring'];

/**
 * The screen's chunk, and the learner's strings of the current language (only the first screen's
 * are built in), plus the teacher's part for a teacher tool: the screen never shows a raw key.
 */
export function screenLoader(route: Route): (() => Promise<unknown>) | undefined {
  const file = FILES[route];
  const load = file ? modules[file] : undefined;
  const teacher = TEACHER_ROUTES.includes(route);
  // the class view shows a learner's debrief (ClassBilan): the debrief's texts with it
  const debrief = route === 'class';
  // the glossary screen shows every card: their texts with it (i18n/areas.ts GLOSSARY_CARD_AREAS), no card without its text
  const cards = route === 'glossary';
  return (
    load &&
    (() =>
      Promise.all([
        load(),
        loadLocale(locale.current),
        teacher && loadLocale(locale.current, 'teacher'),
        debrief && loadLocale(locale.current, 'debrief'),
        cards && loadLocale(locale.current, 'glossaryCards'),
      ]).then(async ([screen]) => {
        // a screen may have something to settle before it is built (the editor: which tab keeps the draft)
        await (screen as { prepare?: () => Promise<void> }).prepare?.();
        return screen;
      }))
  );
}

type DebriefScreenComponent = (typeof import('../ui/debrief/DebriefScreen.svelte'))['default'];
/**
 * The debrief's own code (DebriefScreen and what only it imports): the Bilan stays closed until the game is
 * over (ui/shell/DebriefRoute.svelte), so it is fetched then, not with the game screens (bench app-learner-js).
 * The shell asks for it with the Bilan's route when the game is already over, so the screen and its heading
 * come in at once. `loadedDebriefScreen()`: the component once fetched, else null.
 */
export const { load: loadDebriefScreen, loaded: loadedDebriefScreen } = lazyComponent<DebriefScreenComponent>(() =>
  // its texts too (i18n/areas.ts DEBRIEF_AREAS): the screen never shows a raw key
  Promise.all([import('../ui/debrief/DebriefScreen.svelte'), loadLocale(locale.current, 'debrief')]).then(([m]) => m),
);

export function screenAvailable(route: Route): boolean {
  return route === 'home' || screenLoader(route) !== undefined;
}
