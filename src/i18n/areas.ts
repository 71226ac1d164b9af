/**
 * How a language's areas are downloaded. The first screen's areas (the core part: frCore.ts; English
 * has no core file, its learner part comes whole, locale.svelte.ts) come at startup, with the language
 * chosen (French by default); the rest of the learner's areas with the first game screen (app/screens.ts),
 * so a learner who switches to English on the home page never downloads the rest of French, and an
 * English learner no French at all; the teacher tools' areas (scenario editor and
 * the scenario fields' names and file-check messages, class view with its team view and result-file checks, analytics, what-if, scoring lab)
 * only come with those screens (app/screens.ts); the missions' (path screen, banner, debrief,
 * lesson plan, the teacher's class link builder on that screen) with the mission code (missions/lazyMissions.svelte.ts), which a free player never
 * loads. French file-check messages are built into the checker (scenario/validate.ts); English
 * ones come with English's teacher part, or alone (their scenario area) when a learner's run file is refused (app/importRunFile.ts).
 * The database's messages (DB_AREAS) come when a notice or an import needs them (fr/db.ts, en/db.ts), the saved runs'
 * list's (SAVED_RUN_AREAS) with that list (fr/savedRuns.ts, en/savedRuns.ts), the customers screen's CSV export's
 * (CUSTOMERS_CSV_AREAS) with that group (fr/customersCsv.ts, en/customersCsv.ts).
 * Each part is a file per language: frCore.ts / frLearner.ts / frTeacher.ts / frMissions.ts,
 * enLearner.ts / enTeacher.ts / enMissions.ts; the learner part holds the core areas too (the bundler
 * keeps each area module in one chunk: frLearner's chunk imports frCore's). A unit test checks that the parts hold exactly
 * these areas, and together every area of fr.ts.
 */
import type { Messages } from './fr.ts';

export type Area = keyof Messages;
export type Part = 'core' | 'learner' | 'teacher' | 'missions' | 'glassBox' | 'dashboardResults' | 'debrief' | 'glossaryCards' | 'db' | 'savedRuns' | 'customersCsv' | 'presets' | 'scenario';

export const TEACHER_AREAS = [
  'editor',
  'scenario',
  'classView',
  'analytics',
  'whatif',
  'scoringLab',
  'teamView',
  'results',
] as const satisfies readonly Area[];
export type TeacherArea = (typeof TEACHER_AREAS)[number];

export const MISSION_AREAS = ['missions', 'classLink'] as const satisfies readonly Area[];
export type MissionArea = (typeof MISSION_AREAS)[number];

/** What a dashboard's glass box shows once opened (« Comment est-ce calculé ? »): fetched then, many learners never open one. */
export const GLASS_BOX_AREAS = ['glassBox'] as const satisfies readonly Area[];
export type GlassBoxArea = (typeof GLASS_BOX_AREAS)[number];

/**
 * The dashboard's view of the periods played (its cards' details, the trends, the levers' and satisfaction's lines, the event
 * feed, the complaints' money): fetched with its code once the dashboard has a period to show (ui/dashboard/dashboardResultsCode.ts).
 * A first visit's dashboard comes before any period (~1.5 KB gz a language; bench app-learner-js).
 */
export const DASHBOARD_RESULT_AREAS = ['dashboardResults'] as const satisfies readonly Area[];
export type DashboardResultArea = (typeof DASHBOARD_RESULT_AREAS)[number];

/**
 * The debrief's texts: fetched with its code once the game is over (app/screens.ts loadDebriefScreen), with a
 * mission's debrief (missions/lazyMissions) and with the class view, which shows a learner's debrief. Mid-game
 * the Bilan shows the hand-in choices only (handIn area): no learner needs them before (bench app-learner-js).
 */
export const DEBRIEF_AREAS = ['debrief'] as const satisfies readonly Area[];
export type DebriefArea = (typeof DEBRIEF_AREAS)[number];

/**
 * The glossary cards' texts (definition, explanation, where in Fidélis, search keywords; the titles stay in the
 * glossary area, which the « ? » buttons name): fetched with the glossary screen (app/screens.ts) and when a
 * « ? » pop-up first opens (ui/glossary/GlossaryLink.svelte). Most learners open few cards (bench app-learner-js).
 */
export const GLOSSARY_CARD_AREAS = ['glossaryCards'] as const satisfies readonly Area[];
export type GlossaryCardArea = (typeof GLOSSARY_CARD_AREAS)[number];

/**
 * The database's messages (faults of the browser's storage, an import's checks and outcome, a resumed run's
 * notices, the other tab's): shown only as notices (ui/shell/NoticesArea.svelte fetches them when one is
 * pushed and shows it once its text is there) and in an import's progress line (ui/home/ImportRun.svelte
 * fetches them when the import starts). A game without a fault never shows one: they are not in the learner
 * part (~2.2 KB gz a language; bench app-learner-js).
 */
export const DB_AREAS = ['db'] as const satisfies readonly Area[];
export type DbArea = (typeof DB_AREAS)[number];

/**
 * The saved runs' list (each run's line, its actions and what they say; the list's title stays in home): fetched with the
 * list's code once there is a run to list (ui/home/SavedRuns.svelte), which a learner's first visit never has. A notice
 * of theirs (« Partie … supprimée. ») is pushed by the list, once they are there (~0.4 KB gz a language; bench app-learner-js).
 */
export const SAVED_RUN_AREAS = ['savedRuns'] as const satisfies readonly Area[];
export type SavedRunArea = (typeof SAVED_RUN_AREAS)[number];

/**
 * The customers screen's export for a spreadsheet (its title, options, sizes and file names): fetched with the group's code
 * when the customers screen shows it (ui/customers/CustomersScreen.svelte), which a learner's first visit does not need
 * (~0.3 KB gz a language; bench app-learner-js, review16 M2).
 */
export const CUSTOMERS_CSV_AREAS = ['customersCsv'] as const satisfies readonly Area[];
export type CustomersCsvArea = (typeof CUSTOMERS_CSV_AREAS)[number];

/**
 * What a class link makes the learner read (ignored parameters, a locked tool's note, the remembered link's line, the
 * teacher's settings for a run, a scenario link's notices) and the link builder's mode names: fetched when a notice, a locked tool, the remembered
 * link or the link builder needs them (i18n/locale.svelte.ts partShown, the notices area), which a free game never does
 * (~0.3 KB gz a language; bench app-learner-js).
 */
export const PRESETS_AREAS = ['presets'] as const satisfies readonly Area[];
export type PresetsArea = (typeof PRESETS_AREAS)[number];

/**
 * The run files' texts (the checker's field names and messages): the teacher part's scenario area, alone, for a learner
 * whose run file is refused (app/importRunFile.ts: English's; French's are built into the checker, scenario/validate.ts).
 * Not one of the LATER_PARTS: a switch brings it only when a refusal asks for it (i18n/locale.svelte.ts fetchWithLanguage).
 */
export const FILE_TEXT_AREAS = ['scenario'] as const satisfies readonly TeacherArea[];

export type LearnerArea = Exclude<Area, TeacherArea | MissionArea | GlassBoxArea | DashboardResultArea | DebriefArea | GlossaryCardArea | DbArea | SavedRunArea | CustomersCsvArea | PresetsArea>;

export const LEARNER_AREAS = [
  'app',
  'shell',
  'home',
  'tour',
  'decisions',
  'strategies',
  'vocabulary',
  'glossary',
  'dashboard',
  'customers',
  'charts',
  'handIn',
  'competencies',
] as const satisfies readonly LearnerArea[];

/**
 * The home screen's areas (shell, home, tour, the closed vocabularies of the scenario cards): what a language needs to show the first screen. The database's
 * messages (db) are a part of their own (DB_AREAS), fetched by the notices area when a notice needs them.
 */
export const CORE_AREAS = ['app', 'shell', 'home', 'tour', 'vocabulary'] as const satisfies readonly LearnerArea[];
export type CoreArea = (typeof CORE_AREAS)[number];

export const PART_AREAS: Record<Part, readonly Area[]> = {
  core: CORE_AREAS,
  learner: LEARNER_AREAS,
  teacher: TEACHER_AREAS,
  missions: MISSION_AREAS,
  glassBox: GLASS_BOX_AREAS,
  dashboardResults: DASHBOARD_RESULT_AREAS,
  debrief: DEBRIEF_AREAS,
  glossaryCards: GLOSSARY_CARD_AREAS,
  db: DB_AREAS,
  savedRuns: SAVED_RUN_AREAS,
  customersCsv: CUSTOMERS_CSV_AREAS,
  presets: PRESETS_AREAS,
  scenario: FILE_TEXT_AREAS,
};

/** The parts fetched on demand, each with areas of its own (core's areas are the learner part's too). */
export const LATER_PARTS: readonly Part[] = ['learner', 'teacher', 'missions', 'glassBox', 'dashboardResults', 'debrief', 'glossaryCards', 'db', 'savedRuns', 'customersCsv', 'presets'];

/** The part that holds a message key's area (`db.inMemory` -> db); undefined for a key of no known area. */
export function partOfKey(key: string): Part | undefined {
  const area = key.slice(0, key.indexOf('.'));
  return LATER_PARTS.find((part) => (PART_AREAS[part] as readonly string[]).includes(area));
}
