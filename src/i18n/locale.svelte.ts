/**
 * The current UI language, reactive. French by default. A language's first-screen areas are fetched
 * at startup or when it is chosen (`setLocale`, the core part: frCore.ts; English's learner part comes whole), the rest of the
 * learner's with the first game screen (`loadLocale(locale.current)`, awaited by the lazy screens,
 * app/screens.ts), the teacher tools' with their screens (`loadLocale(…, 'teacher')`), the missions'
 * with the mission code (`loadLocale(…, 'missions')`), the glass box's when one opens, the dashboard's view of the periods played with its code, the debrief's with its code, the glossary cards' with the glossary screen or a « ? » pop-up, the database's messages with a notice that needs them, the saved runs' list's with that list, the customers screen's CSV export's with that group, the class link's with a notice, a locked tool, the remembered link or the link builder (areas.ts). Each part in its own chunk (areas.ts): a learner
 * who switches to English on the home page downloads French's first screen only, an English learner no French.
 */
import type { Messages } from './fr.ts';
import { LATER_PARTS, type Part } from './areas.ts';
import { hasMessages, LOCALES, messagesOf, registerMessages, translate, type Locale, type MessageKey, type Params } from './translate.ts';
import { translateCount, type PluralBase } from './plural.ts';
import { importRetrying } from './chunkRetry.ts';

type PartId = `${Locale}:${Part}`;

class LocaleState {
  current = $state<Locale>('fr');
  /** languages registered so far: t() reads it, so texts re-render when more strings arrive */
  loaded = $state(0);
  /** by « locale:part », the part's fetches that failed so far: its readers show their fallback (partFailed) */
  failed = $state<Partial<Record<PartId, number>>>({});
  /** by « locale:part », moved when its back-off after a failure is over (loadLocale): its readers fetch it again (fetchPart) */
  retry = $state<Partial<Record<PartId, number>>>({});
}

export const locale = new LocaleState();

/**
 * Each part's chunk, and the export its strings are (an area's module: `{ [part]: export }`). After a failure the chunk is
 * imported again by its address, not by this import: see loadLocale.
 */
const LOADERS: Record<Locale, Record<Part, [() => Promise<object>, string]>> = {
  fr: {
    core: [() => import('./frCore.ts'), 'frCore'],
    learner: [() => import('./frLearner.ts'), 'frLearner'],
    teacher: [() => import('./frTeacher.ts'), 'frTeacher'],
    missions: [() => import('./frMissions.ts'), 'frMissions'],
    glassBox: [() => import('./fr/glassBox.ts'), 'glassBox'],
    dashboardResults: [() => import('./fr/dashboardResults.ts'), 'dashboardResults'],
    debrief: [() => import('./fr/debrief.ts'), 'debrief'],
    glossaryCards: [() => import('./fr/glossaryCards.ts'), 'glossaryCards'],
    db: [() => import('./fr/db.ts'), 'db'],
    savedRuns: [() => import('./fr/savedRuns.ts'), 'savedRuns'],
    customersCsv: [() => import('./fr/customersCsv.ts'), 'customersCsv'],
    presets: [() => import('./fr/presets.ts'), 'presets'],
    // never fetched: French file texts are built into the checker (scenario/validate.ts)
    scenario: [() => import('./frTeacher.ts'), 'frTeacher'],
  },
  en: {
    // English comes whole with its first screen: split like French it cost every English learner 1 KB gz more
    // (bench app-learner-js-en), for a first screen that only waits for it when English was chosen
    core: [() => import('./enLearner.ts'), 'enLearner'],
    learner: [() => import('./enLearner.ts'), 'enLearner'],
    teacher: [() => import('./enTeacher.ts'), 'enTeacher'],
    missions: [() => import('./enMissions.ts'), 'enMissions'],
    glassBox: [() => import('./en/glassBox.ts'), 'glassBox'],
    dashboardResults: [() => import('./en/dashboardResults.ts'), 'dashboardResults'],
    debrief: [() => import('./en/debrief.ts'), 'debrief'],
    glossaryCards: [() => import('./en/glossaryCards.ts'), 'glossaryCards'],
    db: [() => import('./en/db.ts'), 'db'],
    savedRuns: [() => import('./en/savedRuns.ts'), 'savedRuns'],
    customersCsv: [() => import('./en/customersCsv.ts'), 'customersCsv'],
    presets: [() => import('./en/presets.ts'), 'presets'],
    scenario: [() => import('./en/scenario.ts'), 'scenario'],
  },
};
const loading: Partial<Record<PartId, Promise<void>>> = {};
const failures: Partial<Record<PartId, number>> = {};
/** the parts whose back-off after a failure is still running: their readers do not fetch them before it ends */
const waiting: Partial<Record<PartId, boolean>> = {};

export function t(key: MessageKey, params?: Params): string {
  void locale.loaded;
  return translate(locale.current, key, params);
}

/** The params a sentence names « période » with, in the shop's unit (decisions.tickWords: « {{n}} {{ticks}} », « au début {{ofTick}} »). */
export function tickWords(unit: 'week' | 'month'): Params {
  void locale.loaded;
  return (messagesOf(locale.current).decisions ?? messagesOf('fr').decisions)?.tickWords[unit] ?? {};
}

/** t() for a counted message: its `…One` or `…Other` form for `count` in the current language (plural.ts). */
export function tCount(base: PluralBase, count: number, params?: Params): string {
  void locale.loaded;
  return translateCount(locale.current, base, count, params);
}

/**
 * Whether `part` of the current language is there (reactive: re-read when more strings arrive); if not, fetches it
 * (fetchPart). Until then the text is not shown, or its caller's fallback (partFailed). For texts shown outside the
 * notices, which fetch their own.
 */
export function partShown(part: Part): boolean {
  void locale.loaded;
  if (hasMessages(locale.current, part)) return true;
  fetchPart(part);
  return false;
}

/**
 * Whether `part` is not there and a fetch of it failed (reactive): its readers show their fallback text. The fetch that counts
 * is the one fetchPart makes, in the language whose parts are fetched now (partsLocale): during a switch, the coming
 * language's failure is said at once (review11 #6); a fallback the language shown already had stays until the switch ends.
 * Fetches the part (partShown) when its back-off is over.
 */
export function partFailed(part: Part): boolean {
  return !!(locale.failed[`${partsLocale()}:${part}`] ?? locale.failed[`${locale.current}:${part}`]) && !partShown(part);
}

/**
 * Fetches `part` of the language shown, or of the one a switch is bringing (setLocale): an English class link read while
 * the page is still in French fetches no French. Not while its back-off after a failure runs: reactive, its reader calls
 * again when it ends (review8 #5), each part on its own (a failing part's retry does not fetch the others).
 */
export function fetchPart(part: Part): Promise<void> | undefined {
  const lang = partsLocale();
  const id: PartId = `${lang}:${part}`;
  void locale.retry[id];
  if (!waiting[id]) return loadLocale(lang, part).catch(() => undefined);
}

/**
 * The language whose parts to fetch now: the one a switch is bringing (setLocale), else the one shown. Reactive: the readers
 * of a part (partShown, partFailed) follow a switch when it starts and when it ends.
 */
export function partsLocale(): Locale {
  return wanted ?? locale.current;
}

/**
 * Fetches a part of a language's strings (the learner's by default, which holds the core areas too), once. A failed
 * fetch (offline before the service worker) is tried again by the next call, and by its readers (fetchPart) once its
 * back-off ends: 2 s after its first failure, then 4, 8… up to a minute. Chromium keeps a failed import() until the page
 * is reloaded: the retry imports the chunk at another address (chunkRetry.ts), whose own imports are the same addresses, so
 * the same modules (e2e partRetryChromium).
 */
export function loadLocale(next: Locale, part: Part = 'learner'): Promise<void> {
  if (hasMessages(next, part)) return Promise.resolve();
  const id: PartId = `${next}:${part}`;
  let pending = loading[id];
  if (!pending) {
    const [load, name] = LOADERS[next][part];
    const n = failures[id] ?? 0;
    pending = importRetrying(id, load).then((module) => {
      // imported by its address, the chunk may hold the module's exports in one of its own (the bundler's namespace object)
      const strings = (module[name] ?? Object.values(module).find((value) => value && typeof value === 'object' && name in value)?.[name as never]) as Partial<Messages> | undefined;
      if (!strings) throw new Error(id);
      registerMessages(next, name === part ? { [part]: strings } : strings);
      locale.loaded += 1;
    });
    pending.catch(() => {
      delete loading[id];
      const count = (locale.failed[id] = failures[id] = n + 1);
      waiting[id] = true;
      setTimeout(() => {
        // not a back-off that a later failure (a direct loadLocale's) replaced
        if (failures[id] !== count) return;
        waiting[id] = false;
        locale.retry[id] = count;
      }, Math.min(60, 2 ** count) * 1000);
    });
    loading[id] = pending;
  }
  return pending;
}

/**
 * The parts a language needs now: the first screen's, and each other part once a screen has loaded it, or is
 * loading it, in any language (a teacher screen opened from `?lang=en#/class` asks for its part in the start
 * language while the link's switch is under way: the switch must bring that part too, QA qa12 F2).
 */
function neededParts(): Part[] {
  return ['core', ...LATER_PARTS.filter((part) => LOCALES.some((l) => hasMessages(l, part) || loading[`${l}:${part}`] !== undefined))];
}

/** the language a switch is bringing (setLocale), null when none is under way (partsLocale) */
let wanted = $state<Locale | null>(null);

/**
 * The parts whose readers say it when they could not come and fetch them again (the class link's texts: partFailed; the
 * database's messages: the notices area, the import's progress line): a switch does not fail for them, the readers show
 * their fallback in the new language. The others (a screen's texts) would show raw keys: their failure stops the switch.
 */
const OPTIONAL: readonly Part[] = ['presets', 'db'];

/** Texts of the first screen that are not messages (the shipped shops' cards: scenario/shippedShops.ts), fetched by setLocale too. */
const otherTexts: ((next: Locale) => Promise<void>)[] = [];

/** Has setLocale fetch `fetch(language)` too, before it shows a language. */
export function fetchWithLanguage(fetch: (next: Locale) => Promise<void>): void {
  otherTexts.push(fetch);
}

function apply(next: Locale): void {
  locale.current = next;
  if (typeof document !== 'undefined') document.documentElement.lang = next;
}

/**
 * Switches the UI language once its strings and the texts fetchWithLanguage asked for are there (the
 * last choice wins if the learner clicks again meanwhile): never before the returned promise resolves,
 * even when all are loaded already, so code that needs the new language awaits it. A part a screen asks
 * for while the strings arrive is fetched too before the switch: the screen never shows the old
 * language's texts, or raw keys, under the new one. Resolves when the switch is done; rejects if a part it needs could
 * not come (not for an OPTIONAL part: the switch happens, that part's readers show their fallback and fetch it again), unless
 * another choice replaced this one meanwhile (then it resolves, as it does once replaced).
 */
export async function setLocale(next: Locale): Promise<void> {
  wanted = next;
  try {
    const others = Promise.all(otherTexts.map((fetch) => fetch(next)));
    others.catch(() => undefined); // said by the await below, unless another choice came first
    const fetched: Part[] = [];
    for (;;) {
      // each part once: one that came without all its areas must not loop forever
      const missing = neededParts().filter((part) => !hasMessages(next, part) && !fetched.includes(part));
      if (missing.length === 0) break;
      fetched.push(...missing);
      await Promise.all(missing.map((part) => (OPTIONAL.includes(part) ? loadLocale(next, part).catch(() => undefined) : loadLocale(next, part))));
      if (wanted !== next) return;
    }
    await others;
    if (wanted !== next) return;
    apply(next);
  } catch (error) {
    // a choice replaced by another one meanwhile: its failure is not the learner's concern any more (review13 m3)
    if (wanted !== next) return;
    throw error;
  } finally {
    if (wanted === next) wanted = null;
  }
}
