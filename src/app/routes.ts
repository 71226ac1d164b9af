/**
 * The app's screens and their hash addresses (`#/dashboard`). Pure, so the parsing
 * is unit-tested; the reactive current route lives in router.svelte.ts.
 */
export const ROUTES = ['home', 'missions', 'dashboard', 'decisions', 'customers', 'charts', 'debrief', 'whatif', 'analytics', 'glossary', 'editor', 'class', 'scoring'] as const;
export type Route = (typeof ROUTES)[number];

/** Screens that only make sense with a game in progress. */
export const RUN_ROUTES: readonly Route[] = ['dashboard', 'decisions', 'customers', 'charts', 'debrief', 'whatif', 'scoring'];

export interface Location {
  route: Route;
  /** optional detail after the route, e.g. a glossary concept id in `#/glossary/rfm` */
  param?: string;
}

export function parseHash(hash: string): Location {
  // a shared scenario link may follow the route: `#/editor?scenario=…`
  const [name, param] = hash.replace(/^#\/?/, '').split('?')[0].split('/');
  const route = (ROUTES as readonly string[]).includes(name) ? (name as Route) : 'home';
  return param ? { route, param: decodeURIComponent(param) } : { route };
}

export function hrefOf(route: Route, param?: string): string {
  return param ? `#/${route}/${encodeURIComponent(param)}` : `#/${route}`;
}
