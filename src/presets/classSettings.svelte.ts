/**
 * The class settings of the page, read once from the link (presets.ts) and applied (applyClassLink.ts, fetched with
 * the link's reading): language, display and motion attributes on <html>, a notice listing ignored parameters. The rest
 * (mode, seed, mission, tool access) is read by the screens from here. The link's parser comes
 * only when the address has a query string (ClassPresets.svelte): a page opened without a class
 * link does not download it.
 * A run keeps the settings it started with (runClass.ts, RunRecord.classSettings): while it is
 * played, its tool access is the run's, whatever the address carries now (a bookmark, a new tab, a
 * reopened browser); the page's link only sets the runs it starts (`forNewRun`).
 */
import type { Notices, RenderedParam } from '../app/notices.svelte.ts';
import type { ToolAccess } from '../missions/tools.ts';
import type { Presets } from './presets.ts';
import { classNoteParts } from './classNoteParts.ts';
import { runClassAccess, runClassNote, runClassOf, type RunClassSettings } from './runClass.ts';
import { pageLocalStorage, pageSessionStorage } from '../app/pageStorage.ts';
import { rememberRunSettingsDismissed, runSettingsDismissed } from './runSettingsDismissed.ts';
import { forgetClassLink } from './rememberedClassLink.ts';

/** The cause of the notice naming a resumed run's settings (one at a time). */
const RUN_SETTINGS = 'runClassSettings';

export class ClassSettings {
  presets = $state.raw<Presets>({ lock: [], hide: [] });
  /**
   * True while the page's class link is being read (its parser and the shops load first): a game
   * started then would miss the link's seed and mode, yet keep its locks (QA teacher en 1).
   */
  reading = $state(false);
  /** the settings are the last class link's, kept by the browser (rememberedClassLink.ts), not this address's */
  remembered = $state(false);
  #read: Promise<void> = Promise.resolve();
  #run: () => RunClassSettings | null;
  /** the run's own settings while one that kept them is played, else the page's link */
  access = $derived.by<ToolAccess>(() => {
    const run = this.#run();
    return run ? runClassAccess(run) : { locked: this.presets.lock, hidden: this.presets.hide };
  });

  /** `run`: the settings of the run being played (null: none, or a run saved before runs kept them). */
  constructor(options: { run?: () => RunClassSettings | null } = {}) {
    this.#run = options.run ?? (() => null);
  }

  /** The link is read until `done` settles (either way: a link that cannot be read leaves the defaults). */
  readFrom(done: Promise<unknown>): void {
    this.reading = true;
    this.#read = done.then(
      () => {},
      () => {},
    );
    this.#read.then(() => (this.reading = false));
  }

  /** Settles once the page's class link is read (at once without a link). */
  whenRead(): Promise<void> {
    return this.#read;
  }

  /** What a run started now keeps: the page's link. */
  forNewRun(): RunClassSettings {
    return runClassOf(this.presets);
  }

  /** « Partie libre »: the remembered link's settings are forgotten, the next games are the learner's own. */
  forget(storage: Storage | null = pageLocalStorage()): void {
    forgetClassLink(storage);
    // what this address set of the page stays (display, motion, language)
    const { lang, display, motion } = this.presets;
    this.presets = { lock: [], hide: [], ...(lang ? { lang } : {}), ...(display ? { display } : {}), ...(motion ? { motion } : {}) };
    this.remembered = false;
  }
}

/**
 * Says which of the teacher's settings a reopened run keeps, as its home card said before the start:
 * « Réglages de votre enseignant pour cette partie : Commerce choisi… ; Graine fixée… ; Mode… ; Outils verrouillés… ».
 * Nothing for a run the link set nothing of, nor for settings whose notice the learner closed in
 * this tab (`storage`, runSettingsDismissed.ts).
 */
export function tellRunSettings(notices: Notices, settings: RunClassSettings | null, scenarioId: string, storage: Storage | null = pageSessionStorage()): void {
  const note = settings ? runClassNote(settings, scenarioId) : null;
  if (!settings || !note || runSettingsDismissed(storage, settings)) {
    notices.withdraw(RUN_SETTINGS);
    return;
  }
  const list: RenderedParam = (tr) =>
    classNoteParts(note, tr)
      .map((p) => p.text)
      .join(tr('app.listSeparator'));
  notices.push('info', 'presets.runSettings', { list }, undefined, { cause: RUN_SETTINGS, onDismiss: () => rememberRunSettingsDismissed(storage, settings) });
}
