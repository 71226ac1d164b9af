/**
 * The dashboard's view of the periods played (DashboardResults.svelte), fetched when the dashboard first has a period to
 * show: a learner's first visit sees it before the first period, with the starting base only (bench app-learner-js). The
 * shell asks for it with the dashboard's route once the game has a period, and in the background when a game with periods is
 * resumed (ui/App.svelte). Its texts come with it (the dashboardResults part, i18n/areas.ts), in the language shown or the one a
 * switch is bringing; a switch later brings them in the new language (i18n/locale.svelte.ts). Once
 * fetched it is kept, so the dashboard shows it at once the next times. Null when the fetch failed (offline, a new version on
 * the server): the dashboard says the screen is unavailable, as a screen that could not be fetched (ui/shell/LazyScreen.svelte).
 */
import { lazyComponent } from '../../app/lazyComponent.ts';
import { loadLocale, partsLocale } from '../../i18n/locale.svelte.ts';

export type DashboardResultsComponent = (typeof import('./DashboardResults.svelte'))['default'];

/** `loadedDashboardResults()`: the component if already fetched. */
export const { load: loadDashboardResults, loaded: loadedDashboardResults } = lazyComponent(
  () => Promise.all([import('./DashboardResults.svelte'), loadLocale(partsLocale(), 'dashboardResults')]).then(([module]) => module),
  null,
);
