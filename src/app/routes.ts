/**
 * The app's screens and their hash addresses (`#/dashboard`). Pure, so the parsing
 * is unit-tested; the reactive current route lives in router.svelte.ts.
 */
export const ROUTES = ['home', 'missions', 'dashboard', 'decisions', 'customers', 'charts', 'debrief', 'whatif', 'analytics', 'glossary', 'editor', 'class', 'scoring'] as const;
export type Route = (typeof ROUTES)[number];

/** Screens that only make sense with a game in progress. */
export const RUN_ROUTES: readonly Route[] = ['dashboard', 'decisions', 'customers', 'charts', 'debrief', 'whatif', 'scoring'];

/**
 * The navigation's groups (NavBar.svelte), in order, saying who each screen is for: the game's
 * screens; learner activities on real data; the teacher's tools (« Espace enseignant », folded until
 * opened: QA tablet #15, QA class #18). Every route is in exactly one group.
 */
export const NAV_GROUPS = {
  game: ['home', 'missions', 'dashboard', 'decisions', 'customers', 'charts', 'debrief', 'whatif', 'glossary'],
  practice: ['analytics', 'scoring'],
  teacher: ['editor', 'class'],
} as const satisfies Record<string, readonly Route[]>;
export type NavGroup = keyof typeof NAV_GROUPS;

/**
 * Whether the teacher's group shows its links. The current screen's link is always shown (its group
 * is open); then the choice made on this page; then, for a class link's student (a link naming a shop
 * or a mission), folded; then the choice remembered on this browser; else folded: the students of a
 * class see the same browser's navigation first, and four teacher links in clear were four more Tab
 * stops on every screen and a temptation (QA class #18). A teacher opens it once, the browser remembers.
 */
export function teacherNavOpen(state: { current: Route; choice: boolean | null; classLink: boolean; remembered: boolean | null }): boolean {
  if ((NAV_GROUPS.teacher as readonly Route[]).includes(state.current)) return true;
  if (state.choice !== null) return state.choice;
  if (state.classLink) return false;
  return state.remembered ?? false;
}

/** The missions screen's parameter that unfolds and focuses its teacher part, the lesson plan and the class link builder (not a shop id). */
export const TEACHER_FOCUS = 'enseignant';

/**
 * Whether a place is one of the teacher's: the « Espace enseignant » screens (class view, editor) or the
 * missions screen's teacher part (#/missions/enseignant, the README's address for teachers).
 */
export function teacherPlace(location: Location): boolean {
  return (NAV_GROUPS.teacher as readonly Route[]).includes(location.route) || (location.route === 'missions' && location.param === TEACHER_FOCUS);
}

export interface Location {
  route: Route;
  /** optional detail after the route, e.g. a glossary concept id in `#/glossary/rfm` */
  param?: string;
}

/** Other names of a screen in an address: `#/realdata`, a natural guess for « Données réelles », showed the home page (QA qa13 D3). */
const ALIASES: ReadonlyMap<string, Route> = new Map([['realdata', 'analytics']]);

/** The screen of an address; an unknown name is the home page. */
export function parseHash(hash: string): Location {
  // a shared scenario link may follow the route: `#/editor?scenario=…`
  const [name, param] = hash.replace(/^#\/?/, '').split('?')[0].split('/');
  const route = (ROUTES as readonly string[]).includes(name) ? (name as Route) : (ALIASES.get(name) ?? 'home');
  return param ? { route, param: decodedParam(param) } : { route };
}

/**
 * The detail decoded; a `%` that is no valid escape (`#/glossary/100%`, a link cut in the middle of
 * `%E0%A4%A`) is kept as it is: an unknown detail, which the screen reports as it does any other
 * (« Cette notion n'existe pas… »), instead of a URIError that froze all navigation (QA robust #1).
 */
function decodedParam(param: string): string {
  try {
    return decodeURIComponent(param);
  } catch {
    return param;
  }
}

export function hrefOf(route: Route, param?: string): string {
  return param ? `#/${route}/${encodeURIComponent(param)}` : `#/${route}`;
}
