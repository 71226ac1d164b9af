/**
 * The game session controller: which scenario and run are being played, the tick, the
 * decisions pending for the current tick (add, remove, undo until advancing), advancing
 * one tick / several / play-pause (the only timers of the app), the KPI history and
 * recent reports, persistence after every tick, and French notices for refused actions (a tool
 * locked by the teacher's link or the mission is refused here, for every screen). A run open in
 * another tab is read-only here: no decision is added and no period is played (nothing could be
 * saved), until « Reprendre ici » finds the other tab gone; it follows that tab, loading the run again
 * each time the other tab has saved a period (#follow).
 * Data flows one way: decisions -> engine (worker) -> report -> store -> UI state.
 */
import type { Action, ActionInput, DecisionsLog, Target } from '../engine/decisions.ts';
import { checkAction } from '../engine/actionCheck.ts';
import type { CustomerRecord, EventBatch, PeriodRefusals, ProgrammeKpi, PurchaseBatch, TickKpis, TickReport } from '../engine/types.ts';
import type { ProgrammeReserve } from '../engine/budgetReserve.ts';
import type { GateOutcome } from '../engine/budgetGate.ts';
import { formatMoney, formatNumber } from './format.ts';
import type { Locale } from '../i18n/translate.ts';
import { BUDGET_PRUDENCE_MARGIN } from '../engine/params.ts';
import { budgetNeedText } from './budgetNeed.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { EngineClient } from './engineClient.ts';
import type { NoticeAction, NoticeLevel, NoticeOptions, NoticeParams, Notices } from './notices.svelte.ts';
import type { RunStore, StoredRun } from './runStore.ts';
import { during, noticeOfError, type WriteOperation } from './errors.ts';
import { DbError } from '../db/errors.ts';
import type { RunEvent, RunRenamed } from '../db/tabGuard.ts';
import { DEFAULT_RUN_MODE, type RunMode } from './runMode.ts';
import { OPEN_ACCESS, toolOfAction, toolOpen, type ToolAccess } from '../missions/tools.ts';
import type { RunClassSettings } from '../presets/runClass.ts';
import { alreadyQueued, duplicateMessage } from './sameAction.ts';
import { refusalKey } from './refusalKey.ts';
import { removeFromPlan, type PlannedAction } from './whatif/planRemoval.ts';
import { distinctRunName, type BranchName, type NamedRun } from './runName.ts';
import { adjustsTargets, withSeedTargets, type SeedAdjustment } from '../engine/seedTargets.ts';
import type { StoredNoAction } from '../results/noActionGame.ts';
import type { Replayer } from '../results/replay.ts';
import type { HandedMissions } from '../results/resultFileSchema.ts';

/** Period reports kept in memory for the event feed. */
const RECENT_REPORTS = 8;

/** The cause of the « open in another tab » notice (withdrawn when this tab may write again). */
const RUN_LOCK = 'runLock';
/** The cause of the « the other tab has advanced » notice of a read-only tab (withdrawn at each load). */
const OTHER_TAB = 'otherTabSaved';
/** Reports kept in memory for the event feed. */
/**
 * The no-action games' code (results/seedAdjustment.ts, noActionGame.ts), fetched when a run needs one: a seed
 * other than the shop's default (its objectives' adjustment) or the Bilan's comparison once the game is over.
 * Not in the startup chunk, which every learner downloads (bench app-learner-js, issue 4).
 */
const seedAdjustmentCode = () => import('../results/seedAdjustment.ts');
const noActionCode = () => import('../results/noActionGame.ts');
/** A read-only tab's follow of the other tab (readOnlyFollow.ts), fetched when that tab first saves a period. */
const followCode = () => import('./readOnlyFollow.ts');
/** a notice's word for the shop's unit (decisions.tickWords: « cette semaine », « du mois »), read in the language the notice is shown in */
const tickWord = (unit: 'week' | 'month', w: string) => (t: (key: string) => string) => t(`decisions.tickWords.${unit}.${w}`);

/** The queue of the current tick and the plan of the later ones (a what-if branch's), as written with the run. */
interface SavedDecisions {
  pending: Action[];
  planned: DecisionsLog;
}

/** Delay between two ticks when playing. */
export const PLAY_INTERVAL_MS = 700;

export interface SessionDeps {
  engine: EngineClient;
  store: RunStore;
  notices: Notices;
  /** keep every tick's purchases and events in memory (customer files when there is no database) */
  keepHistory?: boolean;
}

/** this page's new runs being named, one after the other (namedOneAtATime) */
let naming: Promise<unknown> = Promise.resolve();

/** how long a start waits for another tab's start to free the name lock before going on without it */
export const NAME_LOCK_WAIT_MS = 5000;

/**
 * `work` (a new run's name read off the saved ones, then the run saved) once no other start of this page, nor of another
 * tab where the browser has Web Locks, is doing the same: two games started together both read the saved names before
 * either was saved and got the same name (« … (1907) » twice on the home page). Web Locks exist only in a secure context
 * (https, localhost): on a plain-http intranet only this page's starts are serialized. A start stuck in another tab (an
 * old tab blocking a database upgrade) holds the lock: after `waitMs` this one goes on without it rather than wait
 * silently (at worst two games share a name).
 */
export function namedOneAtATime<T>(work: () => Promise<T>, waitMs = NAME_LOCK_WAIT_MS): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  const run = async (): Promise<T> => {
    if (!locks || typeof AbortSignal.timeout !== 'function') return work();
    let granted = false;
    try {
      return await locks.request('fidelis-new-run-name', { signal: AbortSignal.timeout(waitMs) }, () => {
        granted = true;
        return work();
      });
    } catch (error) {
      if (!granted) return work();
      throw error;
    }
  };
  const next = naming.then(run, run);
  naming = next.catch(() => undefined);
  return next;
}

export class GameSession {
  scenario = $state.raw<Scenario | null>(null);
  runId = $state<string | null>(null);
  /** the stored name; shown through app/runName.ts runDisplayName(…, namedRun) */
  runName = $state('');
  /** a what-if branch's name in parts (RunRecord.branchName), composed in the reader's language where shown; null: `runName` is the whole name */
  runBranchName = $state.raw<BranchName | null>(null);
  /** a what-if branch: the parent's complete ticks it starts from (its result file is named after it); null: not a branch */
  branchTick = $state<number | null>(null);
  /** a what-if branch whose original is no longer saved (StoredRun.originGone): its Bilan cannot send the learner back to it */
  branchOriginGone = $state(false);
  seed = $state(0);
  /** ticks already simulated (shown as soon as the worker answers) */
  tick = $state(0);
  /** ticks saved: what IndexedDB-backed views (the customer base) can read */
  savedTick = $state(0);
  /** writes of the queued decisions under way (RunStore.savePending) */
  #decisionWrites = $state(0);
  /**
   * Something shown is not saved yet: a period played whose autosave is still running (shown at
   * once, saved about a second later at 200,000 customers: src/db/README.md « Responsiveness »), or
   * decisions queued whose write has not landed. A reload now would resume at the last saved period
   * without them: the header says « Enregistrement… » and leaving the page asks first (App.svelte).
   */
  saving = $derived(this.tick > this.savedTick || this.#decisionWrites > 0);
  customerCount = $state(0);
  kpis = $state.raw<TickKpis[]>([]);
  reports = $state.raw<TickReport[]>([]);
  /** actions refused at each tick since the start (the debrief's decision timeline) */
  rejections = $state.raw<PeriodRefusals[]>([]);
  decisions = $state.raw<DecisionsLog>([]);
  pending = $state.raw<Action[]>([]);
  /**
   * A what-if branch that took up its parent's later decisions (whatif/branching.ts): the decisions
   * planned for the ticks after the current one, in tick order. Each becomes the queue (`pending`) when
   * the run reaches its tick, and is played like any decision (the engine's budget gate may refuse it).
   */
  planned = $state.raw<DecisionsLog>([]);
  /**
   * The decisions screen's estimate of the pending decisions under the engine's budget rule (periodEstimate.svelte.ts):
   * a refusal « budget insuffisant » of these very decisions says what was reserved before it (QA shops 2)
   */
  budgetGate: { pending: readonly Action[]; gate: readonly GateOutcome[] } | null = null;
  /** what the engine will reserve next period for each running programme, oldest first (the budget runway) */
  reserves = $state.raw<ProgrammeReserve[]>([]);
  playing = $state(false);
  /** periods are being played one after another (advance(n), « Aller jusqu’à la fin »): the header's live region waits for the end (AppHeader) */
  advancing = $state(false);
  /**
   * while advance(n) plays several periods: the periods played before it (`from`), how many of them are played so far (each one
   * saved) and how many were asked (`total`, before the game's end cuts it). The Bilan and the time bar show it through
   * AdvanceProgress.svelte (« Période 23 sur 52… », issue #4: « Aller jusqu’à la fin » took 34 to 45 s with nothing said); null otherwise
   */
  advanceProgress = $state.raw<{ from: number; done: number; total: number } | null>(null);
  /**
   * an advance of several periods of this run that ended before its last period (« Arrêter », a failed period): where
   * (`tick`, the periods played) and in which run. The header says it while the game is still there, whatever the screen
   * (QA qa28big M1: a run stopped with nothing said, the student on another screen); null once another advance starts
   */
  advanceStopped = $state.raw<{ runId: string; tick: number } | null>(null);
  /** the run is open in another tab: it is shown, but no decision is added and no period played */
  readOnly = $state(false);
  /** while a #guard runs (starting, opening, a follow's reload: they may overlap, #guards counts them) */
  busy = $state(false);
  /** sandbox or committed, recorded with the run at creation (runMode.ts) */
  mode = $state<RunMode>(DEFAULT_RUN_MODE);
  /**
   * the teacher's class link settings recorded with the run at creation (src/presets/runClass.ts):
   * they win over the page's link for this run; null for a run saved before they were kept
   */
  classSettings = $state.raw<RunClassSettings | null>(null);
  /**
   * the objectives' targets adjusted to the run's seed (src/engine/seedTargets.ts), computed once when
   * the run is created on another seed than the scenario's default and kept with it; null: the
   * scenario's own targets (default seed, or a run saved before the adjustment existed)
   */
  seedTargets = $state.raw<SeedAdjustment | null>(null);
  /** the scenario as the run is graded: its objectives with the adjusted targets (the same object without adjustment) */
  gradedScenario = $derived(this.scenario ? withSeedTargets(this.scenario, this.seedTargets) : null);

  finished = $derived(this.scenario !== null && this.tick >= this.scenario.durationTicks);
  budgetLeft = $derived(
    this.kpis.length > 0 ? this.kpis[this.kpis.length - 1].budgetLeft : (this.scenario?.budget.initial ?? 0),
  );
  runningProgrammes = $derived<ProgrammeKpi[]>(
    this.kpis.length > 0 ? this.kpis[this.kpis.length - 1].programmes.filter((p) => p.endTick === undefined) : [],
  );

  /** all purchase and event batches since tick 0, only with `keepHistory` */
  history: { purchases: PurchaseBatch[]; events: EventBatch[] } = { purchases: [], events: [] };

  #deps: SessionDeps;
  /** pause() was asked while advance(n) plays: no period after the one being played */
  #stopAdvance = false;
  #access: () => ToolAccess = () => OPEN_ACCESS;
  #classOfNewRun: () => RunClassSettings | undefined = () => undefined;
  #handedMissions: () => HandedMissions | null = () => null;
  /** the last write of the queued decisions (they are written one after the other, the last one wins) */
  #pendingSaved: Promise<void> = Promise.resolve();
  /** the queue and the plan as last saved (or loaded): what a reload would show, shown again when a write fails */
  #saved: SavedDecisions = { pending: [], planned: [] };
  /** how many writes of each were asked: a failed one puts back the saved value only if no later one is coming */
  #asked = { pending: 0, planned: 0 };
  #timer: ReturnType<typeof setTimeout> | null = null;
  #engineRun = 'partie';
  /** games started or opened (start, resume): a follow playing on stops posting periods once another game is on its way to the engine */
  #opened = 0;
  /** the engine's replays (the no-action games: results/noActionGame.ts, played once each for this session) */
  #replay: Replayer = (request) => this.#deps.engine.replay(request);
  /** the run's no-action game kept with it (RunRecord.noAction), played at its creation; null: none kept (default seed, a run saved before) */
  #noAction: StoredNoAction | null = null;
  /**
   * A resumed run saved by another model whose stored history is still the old model's (its rewrite
   * failed, e.g. a full disk): the replay's reports, to rewrite it with before the next tick is saved.
   */
  #staleHistory: TickReport[] | null = null;
  /** a read-only run: stops hearing the tab that holds it (RunStore.watch); null when not watching */
  #unwatch: (() => void) | null = null;
  /** the run shown: stops hearing its renaming (RunStore.watchName); null when no run is shown */
  #unwatchName: (() => void) | null = null;
  #nameFollowed: string | null = null;
  /** the last renaming heard of the run followed (#followName), a new object each time: a reload that read the run before it keeps its name */
  #lastRenamed: RunRenamed | null = null;
  /** a read-only tab's reload after the other tab saved (#follow), one at a time; `again`: another save heard meanwhile */
  #following = false;
  #followAgain = false;
  /**
   * the read-only run whose « ouverte dans un autre onglet » notice was said, while it stays the run shown: a reload of
   * it (#follow, « Recharger », « Reprendre ici ») does not say it again, another run opened meanwhile still does (review1 #5)
   */
  #lockSaidFor: string | null = null;

  constructor(deps: SessionDeps) {
    this.#deps = deps;
  }

  get active(): boolean {
    return this.scenario !== null && this.runId !== null;
  }

  /**
   * Which tools the learner may use (the teacher's class link and the mission, combined by the app
   * shell): `add` refuses an action of a locked or hidden tool, whatever screen it comes from.
   */
  useAccess(access: () => ToolAccess): void {
    this.#access = access;
  }

  /**
   * The learner's missions a result file of the run carries (the mission controller's hand-in, given
   * once it loads): null when the run plays no mission. Read by sessionResultFile, so the Bilan's
   * and the mission screen's « Rendre mon travail » hand in the same file.
   */
  useMissions(handIn: () => HandedMissions | null): void {
    this.#handedMissions = handIn;
  }

  /** The missions a result file of the run being played carries now (see `useMissions`). */
  handedMissions(): HandedMissions | null {
    return this.#handedMissions();
  }

  /** The class link settings a run started from now keeps (the page's link, read at each start). */
  useClassSettings(settings: () => RunClassSettings | undefined): void {
    this.#classOfNewRun = settings;
  }

  /** What names the run (app/runName.ts): its stored name and a branch's parts. */
  get namedRun(): NamedRun {
    return { name: this.runName, branchName: this.runBranchName };
  }

  /** The tools locked or hidden now (reactive when the function given to `useAccess` reads state). */
  get access(): ToolAccess {
    return this.#access();
  }

  /** Starts a new run of `scenario`; returns false (with a notice) if it could not. */
  async start(scenario: Scenario, seed: number, name: string, options: { mode?: RunMode; classSettings?: RunClassSettings; numbered?: (n: number) => string } = {}): Promise<boolean> {
    this.pause();
    this.#opened++;
    return this.#guard(async () => {
      const { engine, store } = this.#deps;
      const run = this.#engineRun;
      // another seed than the default: the two no-action games (run's seed, default seed) move the targets, once
      const seedTargets = await this.seedAdjustmentOf(scenario, seed);
      // the run's seed's game, just played for it, kept with the run: the Bilan compares with it without playing it again
      const games = seedTargets ? await noActionCode() : null;
      const noAction = games ? games.storedNoAction(await games.sharedNoActionGame(this.#replay, scenario, seed)) : null;
      const created = await engine.create(run, scenario, seed);
      const mode = options.mode ?? DEFAULT_RUN_MODE;
      const classSettings = options.classSettings ?? this.#classOfNewRun();
      // told apart from the saved runs: the same shop and seed started twice are « … (1907) » and « … (1907) 2 » (QA play F15);
      // named and saved one start at a time (namedOneAtATime): two games started together took the same name
      const { distinct, runId } = await namedOneAtATime(async () => {
        const named = store.runNames ? await this.#distinctName(scenario, seed, name, await store.runNames().catch(() => []), options.numbered) : name;
        const id = await store.createRun({
          name: named,
          scenario,
          seed,
          mode,
          ...(classSettings ? { classSettings } : {}),
          ...(seedTargets ? { seedTargets } : {}),
          ...(noAction ? { noAction } : {}),
          // the initial hash too, so that a run saved at tick 0 can already be verified
          base: async () => {
            const [customers, stateHash] = await Promise.all([engine.customers(run), engine.hash(run)]);
            return { customers, stateHash };
          },
          // the worker stores the run and its base itself when the store lets it (a real database)
          createInEngine: async (save) => {
            const stored = await engine.storeNewRun(run, save);
            return stored.stored ? stored.runId : null;
          },
        });
        return { distinct: named, runId: id };
      });
      this.#reset(scenario, runId, distinct, seed, created.customerCount);
      this.#deps.notices.runOpened(runId);
      this.mode = mode;
      this.classSettings = classSettings ?? null;
      this.seedTargets = seedTargets;
      this.#noAction = noAction;
      this.#deps.notices.withdraw(RUN_LOCK);
      return true;
    });
  }

  /**
   * `name` told apart from the saved runs' `taken` names; a name the app gave is compared in either language (the list
   * shows it in the reader's: a French « Boulangerie du Marché (1907) » and an English « Market Square Bakery (1907) »
   * would read alike). The reading code comes only when runs are saved (not on a first visit).
   */
  async #distinctName(scenario: Scenario, seed: number, name: string, taken: string[], numbered?: (n: number) => string): Promise<string> {
    if (taken.length === 0) return name;
    const comparable = await import('./defaultRunName.ts').then(
      ({ comparableRunName }) => (other: string) => comparableRunName(other, { shop: scenario.name, seed }),
      () => undefined,
    );
    return distinctRunName(name, taken, numbered, comparable);
  }

  /**
   * The objectives of `scenario` adjusted to `seed` (src/engine/seedTargets.ts) without starting a run:
   * the same two no-action games, played in the engine's worker and kept for this session, that
   * `start` reads (a mission's brief shows its figure before the run, and its start plays nothing more).
   * Null on the default seed, without playing anything.
   */
  async seedAdjustmentOf(scenario: Scenario, seed: number): Promise<SeedAdjustment | null> {
    if (!adjustsTargets(scenario, seed)) return null;
    return (await seedAdjustmentCode()).replayedSeedAdjustment(this.#replay, scenario, seed);
  }

  /** Resumes a saved run at its last complete tick by replaying its decisions log. */
  async resume(runId: string): Promise<boolean> {
    this.pause();
    this.#opened++;
    return this.#guard(async () => this.#open(await this.#deps.store.loadRun(runId)));
  }

  /** Shows `stored` at its last complete tick, replayed from tick 0 (resume). */
  async #open(stored: StoredRun): Promise<boolean> {
    const runId = stored.id;
    const created = await this.#deps.engine.create(this.#engineRun, stored.scenario, stored.seed, stored.decisions, stored.tick, stored.stateHash);
    const lockSaid = this.#lockSaidFor === stored.id && this.runId === stored.id;
    this.#reset(stored.scenario, stored.id, stored.name, stored.seed, created.customerCount);
    this.#deps.notices.runOpened(stored.id);
    this.tick = created.tick;
    this.reserves = created.reserves;
    this.savedTick = created.tick;
    this.decisions = stored.decisions.filter((d) => d.tick < created.tick);
    this.kpis = created.reports.map((r) => r.kpis);
    this.readOnly = stored.readOnly === true;
    this.mode = stored.mode ?? DEFAULT_RUN_MODE;
    this.branchTick = stored.branchTick ?? null;
    this.branchOriginGone = this.branchTick !== null && stored.originGone === true;
    this.runBranchName = stored.branchName ?? null;
    this.classSettings = stored.classSettings ?? null;
    this.seedTargets = stored.seedTargets ?? null;
    // a run saved before objectives followed the seed: its file, now written by a model that comes with the
    // adjustment, would be refuted without one (results/seedAdjustment.ts adjustmentRemoved), so it is worked out
    // here, from the same no-action games a start plays (kept in memory: this run's resumes play them again)
    if (!stored.seedTargets && adjustsTargets(stored.scenario, stored.seed)) this.seedTargets = await this.seedAdjustmentOf(stored.scenario, stored.seed);
    this.#noAction = stored.noAction ?? null;
    // the decisions queued before the reload, as they were (accepted then, under the run's own settings)
    this.pending = stored.pending ?? [];
    this.planned = (stored.planned ?? []).filter((d) => d.tick > created.tick);
    this.#saved = { pending: this.pending, planned: this.planned };
    this.#deps.notices.withdraw(OTHER_TAB);
    if (this.readOnly) {
      // said once: not again at each period the other tab plays (the live region would read it out again)
      if (!lockSaid) this.#runNotice('warning', 'db.runLocked', undefined, { cause: RUN_LOCK, action: this.#takeOverAction(runId) });
      this.#lockSaidFor = runId;
      // the other tab's saves and its leaving are told here (QA robustness #4: the shown state stayed at week 1)
      this.#unwatch = this.#deps.store.watch?.(runId, (event) => this.#heardOtherTab(runId, event)) ?? null;
    } else this.#deps.notices.withdraw(RUN_LOCK);
    if (created.recalculated) this.#runNotice('warning', 'db.recalculated');
    // an advance of several periods stopped by a reload: the periods after the saved one were not played
    if (!this.readOnly && stored.advanceTarget !== undefined) {
      if (stored.advanceTarget > created.tick)
        this.#runNotice('warning', `db.advanceInterrupted.${stored.scenario.tickUnit}`, { n: created.tick + 1, missing: stored.advanceTarget - created.tick });
      this.#deps.store.markAdvance?.(runId, null);
    }
    // an advance stopped before its end (« Arrêter »): the header says it again, while the game is still where it stopped
    if (!this.readOnly && stored.advanceStopped !== undefined) {
      if (stored.advanceStopped === created.tick) this.advanceStopped = { runId, tick: created.tick };
      else this.#deps.store.markStopped?.(runId, null);
    }
    this.reports = created.reports.slice(-RECENT_REPORTS);
    this.rejections = created.reports.filter((r) => r.rejected.length > 0).map((r) => ({ tick: r.tick, rejected: r.rejected }));
    for (const r of created.reports) this.#remember(r);
    // Saved by another model: its stored history (every tick's KPIs, purchases, events, the customer
    // pages, the hash) is rewritten with the replay's now, by the tab that may write (a read-only tab
    // writes nothing). If that fails, the run is still playable: the session keeps the replay's reports
    // and retries before the next tick (#stepOnce), whose save cannot happen until the rewrite has; the
    // stored hash stays the old model's until then, so a resume in between sees it again too.
    if (created.recalculated && !this.readOnly) {
      this.#staleHistory = created.reports;
      try {
        await this.#rewriteStaleHistory();
      } catch (error) {
        this.#notify(error);
        this.#runNotice('warning', 'db.recalculatedNotSaved');
      }
    }
    return true;
  }

  /** Adds a decision for the current tick; refused (with a notice) if invalid or not allowed. */
  add(input: ActionInput): boolean {
    if (!this.scenario || this.finished) return false;
    if (this.#refuseReadOnly()) return false;
    const parsed = checkAction(input);
    if (!parsed.success) {
      this.#runNotice('error', 'decisions.invalid', { detail: parsed.error.issues[0]?.message ?? '' });
      return false;
    }
    const action = parsed.data;
    if (isStrategy(action.type) && !this.scenario.strategies.includes(action.type)) {
      this.#runNotice('warning', 'decisions.notAllowed');
      return false;
    }
    const tool = toolOfAction(action.type);
    if (tool && !toolOpen(this.access, tool)) {
      this.#runNotice('warning', 'presets.toolLocked');
      return false;
    }
    // the same decision twice in one period (a double-click): the engine would run and pay both
    if (alreadyQueued(this.pending, action)) {
      // « cette semaine », « Décisions du mois »: in the shop's unit, as the forms say it (QA qa31phoneEn m1)
      const unit = this.scenario.tickUnit;
      this.#runNotice('warning', duplicateMessage(action), { thisTick: tickWord(unit, 'thisTick'), ofTick: tickWord(unit, 'ofTick') });
      return false;
    }
    this.#queue([...this.pending, action]);
    return true;
  }

  /**
   * Removes the `index`-th decision of the current tick's queue by the plan's rule (removePlanned): a launch takes
   * its stops queued or planned with it, a stop of a programme launched after it in the period follows its new id.
   * Returns the decisions that went with it, or null when nothing was removed.
   */
  remove(index: number): PlannedAction[] | null {
    return this.removePlanned(this.tick, index);
  }

  /**
   * Removes the `index`-th decision of a what-if branch's plan at `tick`: the current tick's queue or a
   * later tick's `planned`, kept with the run (RunStore.savePending / savePlanned). The plan's stops of a
   * programme it launched go with it (the engine would refuse them), and the stops of programmes
   * launched after it in its period follow their new id (whatif/planRemoval.ts). Returns those that went with
   * it, or null when nothing was removed (a read-only tab, no such decision).
   */
  removePlanned(tick: number, index: number): PlannedAction[] | null {
    if (this.#refuseReadOnly()) return null;
    const removal = removeFromPlan(this.tick, this.pending, this.planned, tick, index);
    if (removal.removed === null) return null;
    if (removal.pending !== this.pending) this.#queue(removal.pending, 'removal');
    if (removal.planned !== this.planned) {
      const planned = removal.planned;
      this.planned = planned;
      const { store } = this.#deps;
      const runId = this.runId;
      if (store.savePlanned && runId !== null) {
        const at = this.tick;
        this.#writeDecisions('planned', planned, () => store.savePlanned!(runId, at, planned), 'removal');
      }
    }
    return removal.alsoRemoved;
  }

  /** Takes back the last decision of the current tick (nothing is simulated yet). */
  undo(): Action | undefined {
    if (this.pending.length === 0 || this.#refuseReadOnly()) return undefined;
    const last = this.pending[this.pending.length - 1];
    // as « Retirer »: a launch undone takes its planned stops with it
    this.removePlanned(this.tick, this.pending.length - 1);
    return last;
  }

  /**
   * The new queue of the current tick, kept with the run (RunStore.savePending) so a reload finds it.
   * The writes go one after the other, each with the queue of its moment; a failed one is said.
   */
  #queue(actions: Action[], operation: WriteOperation = 'decision'): void {
    this.pending = actions;
    const { store } = this.#deps;
    const runId = this.runId;
    if (!store.savePending || runId === null || this.readOnly) return;
    const tick = this.tick;
    this.#writeDecisions('pending', actions, () => store.savePending!(runId, tick, actions), operation);
  }

  /**
   * Queues a write of the run's queue or plan after the ones before it. A failed one is said, and the screen shows
   * again what is saved: a decision listed but not saved vanished at the next reload, never said (QA qa18 F5).
   * `operation`: a decision added, or one removed (« Retirer », « Annuler »: the removal is said not saved, nothing lost).
   */
  #writeDecisions<K extends keyof SavedDecisions>(kind: K, value: SavedDecisions[K], write: () => Promise<void>, operation: WriteOperation = 'decision'): void {
    const asked = ++this.#asked[kind];
    const runId = this.runId;
    this.#decisionWrites++;
    this.#pendingSaved = this.#pendingSaved
      .then(write)
      .then(
        () => {
          this.#saved[kind] = value;
        },
        (error) => {
          if (asked === this.#asked[kind] && this.runId === runId) {
            if (kind === 'pending') this.pending = this.#saved.pending;
            else this.planned = this.#saved.planned;
          }
          this.#notify(during(operation, error));
        },
      )
      .finally(() => this.#decisionWrites--);
  }

  /**
   * Simulates up to `n` ticks (the pending decisions apply to the first one). pause() stops it after the period being
   * played: each period is saved before the next one starts, so the run stops at a saved tick and resumes from there.
   */
  async advance(n = 1): Promise<void> {
    if (this.busy || this.#refuseReadOnly()) return;
    this.advancing = true;
    this.#stopAdvance = false;
    const runId = this.runId;
    if (this.advanceStopped !== null && this.advanceStopped.runId === runId) this.#deps.store.markStopped?.(this.advanceStopped.runId, null);
    this.advanceStopped = null;
    const from = this.tick;
    if (n > 1) this.advanceProgress = { from, done: 0, total: n };
    // a reload before the end leaves this mark: the resume says the rest was not played (QA robustness #10)
    const marked = n > 1 && runId !== null && this.scenario !== null && this.#deps.store.markAdvance !== undefined;
    if (marked) this.#deps.store.markAdvance!(runId!, Math.min(this.tick + n, this.scenario!.durationTicks));
    const opened = this.#opened;
    let played = 0;
    let failed = false;
    try {
      for (let k = 0; k < n && this.active && !this.finished && !this.#stopAdvance; k++, played++) {
        const ok = await this.#guard(() => this.#stepOnce());
        if (!ok) {
          failed = true;
          this.pause();
          return;
        }
        if (n > 1) this.advanceProgress = { from, done: k + 1, total: n };
      }
      if (this.finished) this.pause();
    } finally {
      // stopped by another game started or opened: the mark stays, so this run's resume says the rest was not played,
      // as after a reload (QA qa25robust m1: « Reprendre » said nothing)
      const leftForAnother = this.#opened !== opened && played < n;
      if (marked && !leftForAnother) this.#deps.store.markAdvance!(runId!, null);
      // a period not saved (a full disk…) is said by its error: not « arrêté après la période 0 » (QA qa30robust m5)
      if (n > 1 && played < n && !failed && !this.finished && !leftForAnother && runId !== null && this.runId === runId) {
        this.advanceStopped = { runId, tick: this.tick };
        // not kept for a reload (a full storage): said, not dropped without a word (QA qa31robust); the game is saved
        if (this.#deps.store.markStopped?.(runId, this.tick) === false) this.#deps.notices.push('warning', 'db.stopNoteNotKept');
      }
      this.advancing = false;
      this.advanceProgress = null;
      this.#stopAdvance = false;
    }
  }

  advanceToEnd(): Promise<void> {
    return this.advance(this.scenario ? this.scenario.durationTicks - this.tick : 0);
  }

  play(): void {
    if (!this.active || this.finished || this.playing || this.#refuseReadOnly()) return;
    this.playing = true;
    const loop = async () => {
      this.#timer = null;
      if (!this.playing) return;
      await this.advance(1);
      if (this.playing) this.#timer = setTimeout(loop, PLAY_INTERVAL_MS);
    };
    this.#timer = setTimeout(loop, 0);
  }

  /**
   * Stops the automatic play (« Lecture ») only: a run of several periods (« Aller jusqu’à la fin ») goes on. Leaving the
   * decisions screen calls it: « Lecture » plays only where its « Pause » is, but a run the student started to the end
   * goes on while they watch another screen, as from the Bilan (QA qa28big M1: it stopped 2 to 5 periods later, unsaid).
   */
  pausePlay(): void {
    this.playing = false;
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
  }

  /** Stops the automatic play, and a run of several periods (advance(n)) after the period being played. */
  pause(): void {
    if (this.advancing) this.#stopAdvance = true;
    this.pausePlay();
  }

  /** Count and first records of a target, on the current state (`curves`: with what a strategy on it would cost, see SelectTargetRequest). */
  selectTarget(target: Target, preview: number, curves = false, collected?: Target[]) {
    return this.#deps.engine.selectTarget(this.#engineRun, target, preview, curves, collected);
  }

  /** Current records of some customers (or all), from the engine's state. */
  customers(ids?: number[]): Promise<CustomerRecord[]> {
    return this.#deps.engine.customers(this.#engineRun, ids);
  }

  /** hashState() of the engine's current state (result files, verification). */
  stateHash(): Promise<string> {
    return this.#deps.engine.hash(this.#engineRun);
  }

  /**
   * The run's difference from the same seed played as long with no decision (net margin, active
   * customers): the engine has no chaos, so it is what the decisions changed. Null before any period.
   * That game is the one the run kept from its creation (its seed adjustment played it) when the
   * engine's model is still the one that played it; otherwise (default seed, a run saved before it was
   * kept, another model) played now, once for this session (results/noActionGame.ts).
   */
  async noActionGap(): Promise<{ netMargin: number; activeCustomers: number } | null> {
    const { scenario, seed, kpis } = this;
    const kept = this.#noAction; // read with the run's figures, before the wait (another run may be opened meanwhile)
    if (!scenario || kpis.length === 0) return null;
    return (await noActionCode()).noActionGap(kpis, kept, () => this.#deps.engine.modelFingerprint(), this.#replay, scenario, seed);
  }

  /** The engine's model fingerprint, written in result files next to the state hash. */
  modelFingerprint(): Promise<string> {
    return this.#deps.engine.modelFingerprint();
  }

  /**
   * The branch played had its original deleted meanwhile (`gone`, as the saved runs' list reads it: App.svelte), or
   * re-attached to a saved one; `named`: its name as listed now (kept, a name of its own: db/runsRepository.ts madeIndependent)
   */
  branchOrigin(gone: boolean, named?: RunRenamed): void {
    if (this.branchTick === null) return;
    this.branchOriginGone = gone;
    if (named) this.#named(named);
  }

  close(): void {
    this.pause();
    this.#stopWatching();
    this.#followName(null);
    this.#lockSaidFor = null;
    this.scenario = null;
    this.runId = null;
    this.pending = [];
    this.planned = [];
    // no run, nothing read-only: a run deleted in the other tab closed here left « ouverte dans un autre onglet » on « Et si… ? » (review8 #3)
    this.readOnly = false;
  }

  /**
   * One tick: the worker steps and answers with the tick's report only, the page shows it at once,
   * then the autosave (the records changed since the last save, whoever the tick touched, and the
   * state hash, written to IndexedDB by the worker itself, or by the store with the worker's
   * changes when it cannot: see RunStore.commitTick) runs while
   * `busy` still holds the next advance back. A failed save puts the page and the engine back at
   * the last saved tick, pending decisions included.
   */
  async #stepOnce(): Promise<boolean> {
    const tick = this.tick;
    const { engine, store } = this.#deps;
    // never played unsaved: a period shown here must be one the run has kept (advance refuses first)
    if (this.readOnly) throw new DbError('readOnly');
    // the engine is still at the saved tick, the state the stale history must be rewritten with
    await this.#rewriteStaleHistory();
    // the queue's last write lands before the tick's save, which drops it (commitTick); one that failed took its decision back
    await this.#pendingSaved;
    const actions = this.pending;
    // taken now: emptying the queue below starts the next estimate
    const gate = this.budgetGate?.pending === actions ? this.budgetGate.gate : null;
    const { report, reserves } = await engine.step(this.#engineRun, actions);
    const decisions = actions.length > 0 ? { tick, actions } : null;
    const before = { decisions: this.decisions, kpis: this.kpis, reports: this.reports, rejections: this.rejections, reserves: this.reserves, planned: this.planned };
    this.reserves = reserves;
    this.tick = tick + 1;
    if (decisions) this.decisions = [...this.decisions, decisions];
    // a what-if branch's plan of the next tick is its queue now (the store's commitTick moves it too, in the tick's save)
    this.pending = this.planned.find((d) => d.tick === tick + 1)?.actions ?? [];
    this.planned = this.planned.filter((d) => d.tick > tick + 1);
    this.#played([report]);
    try {
      const run = this.#engineRun;
      await store.commitTick(this.runId!, {
        report,
        decisions,
        changes: () => engine.tickChanges(run),
        // the worker writes the tick itself when the store lets it (a real database, this tab's lock)
        saveInEngine: async (save) => (await engine.saveTick(run, save)).saved,
      });
    } catch (error) {
      // not saved: back to the last saved tick so nothing diverges, the pending decisions kept
      this.tick = tick;
      this.pending = actions;
      ({ decisions: this.decisions, kpis: this.kpis, reports: this.reports, rejections: this.rejections, reserves: this.reserves, planned: this.planned } = before);
      this.#forget();
      await engine.create(this.#engineRun, this.scenario!, this.seed, this.decisions, tick);
      throw error;
    }
    this.savedTick = this.tick;
    this.#deps.notices.storageWritten();
    this.#saved = { pending: this.pending, planned: this.planned };
    const unit = this.scenario?.tickUnit ?? 'week';
    for (const r of report.rejected) {
      const action = actions[r.actionIndex];
      // the period it was refused in: the notice stays until dismissed, and at week 20 « Action refusée (Collecte de données) » read as
      // just now about week 6's collection (QA hqa F2); « à la semaine 6 » / « au mois 6 », as dashboard/period.ts periodInSentence;
      // the reserve's too (« mis de côté, à la semaine 6 »): « cette semaine » was by then the week to play (review23 m1)
      const period = (t: (key: string, params?: Record<string, string | number>) => string) => t(`dashboard.periodIn.to.${unit}`, { n: report.tick + 1 });
      const params = { action: action ? `vocabulary.actionType.${action.type}` : '', reason: refusalKey(r.reason), period };
      const reserved = r.reason === 'budgetInsuffisant' ? gate?.[r.actionIndex] : undefined;
      if (reserved && action) {
        const money = (v: number) => (_: unknown, locale: Locale) => formatMoney(locale, v);
        const margin = (_: unknown, locale: Locale) => formatNumber(locale, BUDGET_PRUDENCE_MARGIN, 2);
        const need = (_: unknown, locale: Locale) => budgetNeedText(locale, action.type, reserved.needed);
        this.#runNotice('warning', 'decisions.rejectedReserved', {
          ...params,
          launched: money(reserved.launched),
          running: money(reserved.running),
          margin,
          left: money(Math.max(0, reserved.available)),
          need,
        });
      } else this.#runNotice('warning', 'decisions.rejected', params);
    }
    return true;
  }

  /** Rewrites the stored history of a recalculated resume, if it is still the old model's (see resume). */
  async #rewriteStaleHistory(): Promise<void> {
    const reports = this.#staleHistory;
    if (!reports) return;
    const { engine, store } = this.#deps;
    const [customers, stateHash] = await Promise.all([engine.customers(this.#engineRun), engine.hash(this.#engineRun)]);
    await store.rewriteHistory(this.runId!, { reports, customers, stateHash });
    this.#staleHistory = null;
  }

  #forget(): void {
    if (!this.#deps.keepHistory) return;
    this.history.purchases.pop();
    this.history.events.pop();
  }

  #remember(report: TickReport): void {
    if (!this.#deps.keepHistory) return;
    this.history.purchases.push(report.purchases);
    this.history.events.push(report.events);
  }

  #reset(scenario: Scenario, runId: string, name: string, seed: number, customerCount: number): void {
    this.scenario = scenario;
    this.runId = runId;
    this.runName = name;
    this.runBranchName = null;
    this.branchTick = null;
    this.branchOriginGone = false;
    this.seed = seed;
    this.tick = 0;
    this.savedTick = 0;
    this.customerCount = customerCount;
    this.kpis = [];
    this.reports = [];
    this.rejections = [];
    this.decisions = [];
    this.pending = [];
    this.planned = [];
    this.#saved = { pending: [], planned: [] };
    this.reserves = [];
    this.readOnly = false;
    this.#lockSaidFor = null;
    this.#stopWatching();
    this.#followName(runId);
    this.seedTargets = null;
    this.#noAction = null;
    this.history = { purchases: [], events: [] };
    this.#staleHistory = null;
  }

  /** #guards running: a follow's reload that ends while a game is being started leaves `busy` on (review4 #7) */
  #guards = 0;

  async #guard(work: () => Promise<boolean>): Promise<boolean> {
    this.#guards++;
    this.busy = true;
    try {
      return await work();
    } catch (error) {
      this.#notify(error);
      return false;
    } finally {
      this.busy = --this.#guards > 0;
    }
  }

  /** « Reprendre ici » on a notice about a run the other tab holds or has left: takes it here (#takeOver). */
  #takeOverAction(runId: string): NoticeAction {
    return { label: 'db.takeOverHere', run: () => void this.#takeOver(runId) };
  }

  /** « Reprendre ici »: loads the run again; still held by the other tab, says so instead of repeating the first notice. */
  async #takeOver(runId: string): Promise<void> {
    // deleted by the other tab after it left (the notice stayed): closed, as when it is deleted under its lock (review8 #3)
    if (await this.#deleted(runId)) return;
    await this.resume(runId);
    if (this.readOnly && this.runId === runId) this.#runNotice('warning', 'db.stillOpenElsewhere', undefined, { cause: RUN_LOCK, action: this.#takeOverAction(runId) });
  }

  /**
   * The other tab let the run go: « Reprendre ici » can take it, unless that tab deleted it (QA qa22 F4: the click said
   * « Partie introuvable » under the dead game's header); then that is said and the run is closed, as after a deletion here.
   */
  async #released(runId: string): Promise<void> {
    if (!(await this.#deleted(runId)) && this.readOnly && this.runId === runId)
      this.#runNotice('warning', 'db.otherTabClosed', undefined, { cause: RUN_LOCK, action: this.#takeOverAction(runId) });
  }

  /** True when `runId`, shown read-only here, is no longer saved: said in place of « Reprendre ici », and the run closed. */
  async #deleted(runId: string): Promise<boolean> {
    // a failed read says nothing new: « Reprendre ici » as before, which tells what is wrong
    const gone = !((await this.#deps.store.hasRun?.(runId).catch(() => true)) ?? true) && this.readOnly && this.runId === runId;
    if (gone) {
      this.#runNotice('warning', 'db.runNotFound', undefined, { cause: RUN_LOCK });
      this.close();
    }
    return gone;
  }

  /** The tab that holds this read-only run saved a period (« Recharger ») or let the run go (#released). */
  #heardOtherTab(runId: string, event: RunEvent): void {
    if (!this.readOnly || this.runId !== runId || !this.scenario) return;
    if (event.type === 'released') {
      this.#deps.notices.withdraw(OTHER_TAB);
      void this.#released(runId);
    } else if (event.tick > this.tick) {
      this.#runNotice(
        'warning',
        `db.otherTabSaved.${this.scenario.tickUnit}`,
        { n: event.tick + 1, here: this.tick + 1 },
        // through the follow: a click while it loads reloads once more after it, never a second load at the same time
        { cause: OTHER_TAB, action: { label: 'app.reload', run: () => void this.#follow(runId) } },
      );
      void this.#follow(runId);
    }
  }

  /**
   * The tab that plays saved a period: this read-only tab shows it by itself (QA qa18 F6: it stayed at the period it
   * was opened at), by loading the run again (nothing here is unsaved: it decides nothing). A hidden tab waits until it
   * is seen (no replay per period of a tab nobody looks at); one reload at a time, another save heard (or « Recharger »
   * clicked) meanwhile reloads once more; not while the learner's own load (« Reprendre ici », another run) is running.
   */
  async #follow(runId: string): Promise<void> {
    if (this.#following) {
      this.#followAgain = true;
      return;
    }
    this.#following = true;
    try {
      // not fetched (offline before the cache was filled, a new version on the server): said, as any failure (« rechargez
      // la page »: Chromium keeps a failed module fetch until then, review4 #2); nothing changes here
      const code = await followCode().catch((error: unknown) => (this.#notify(error), null));
      if (!code) return;
      const { seen, catchUp } = code;
      do {
        this.#followAgain = false;
        await seen();
        while (this.busy) await new Promise((r) => setTimeout(r, 100));
        if (!this.readOnly || this.runId !== runId) return;
        await this.#guard(async () => {
          const opened = this.#opened;
          const renamedBefore = this.#lastRenamed;
          const stored = await this.#deps.store.loadRun(runId);
          // another run opened or started meanwhile (« Reprendre ici », the library, the home page) stays the one shown
          const stillShown = () => this.runId === runId && this.#opened === opened;
          if (!stillShown()) return false;
          // played on from the tick shown when the saved run is this one carried on (readOnlyFollow.ts), else loaded again
          const caughtUp = await catchUp(this, stored, {
            engine: this.#deps.engine,
            run: this.#engineRun,
            onThisGame: () => this.#opened === opened && this.runId === stored.id,
            caughtUp: (reports) => {
              this.#played(reports);
              this.#saved = { pending: this.pending, planned: this.planned };
              this.#deps.notices.withdraw(OTHER_TAB);
            },
          });
          const shown = caughtUp || (stillShown() && (await this.#open(stored)));
          // renamed in another tab after the run was read: the name heard, not the one read, which only the next save would correct
          if (shown && this.#lastRenamed !== renamedBefore && this.#lastRenamed && this.runId === runId) this.#named(this.#lastRenamed);
          return shown;
        });
      } while (this.#followAgain);
    } finally {
      this.#following = false;
    }
  }

  /** Periods played on the game shown (a step here, or the other tab's periods a follow played): their figures, the recent reports, the refusals, the history. */
  #played(reports: readonly TickReport[]): void {
    this.kpis = [...this.kpis, ...reports.map((r) => r.kpis)];
    this.reports = [...this.reports, ...reports].slice(-RECENT_REPORTS);
    const refused = reports.filter((r) => r.rejected.length > 0).map((r) => ({ tick: r.tick, rejected: r.rejected }));
    if (refused.length > 0) this.rejections = [...this.rejections, ...refused];
    for (const r of reports) this.#remember(r);
  }

  /**
   * The run shown follows its name when it is renamed, in another tab or on this one's home page: « Et si… ? » names its
   * branches after it, its result file carries it (a tab showing it read-only kept the old name, which the list no longer showed).
   */
  #followName(runId: string | null): void {
    // the same run loaded again (a follow's reload, « Reprendre ici ») keeps its watch
    if (runId === this.#nameFollowed) return;
    this.#nameFollowed = runId;
    this.#lastRenamed = null;
    this.#unwatchName?.();
    this.#unwatchName =
      runId === null
        ? null
        : (this.#deps.store.watchName?.(runId, (renamed) => {
            if (this.runId !== runId) return;
            this.#lastRenamed = renamed;
            this.#named(renamed);
          }) ?? null);
  }

  #named(renamed: RunRenamed): void {
    this.runName = renamed.name;
    this.runBranchName = renamed.branchName ?? null;
  }

  #stopWatching(): void {
    this.#unwatch?.();
    this.#unwatch = null;
  }

  #refuseReadOnly(): boolean {
    if (this.readOnly) this.#runNotice('warning', 'db.readOnly');
    return this.readOnly;
  }

  /** A notice about this run (a decision refused or not allowed, the run open elsewhere): it goes when another run is opened (notices.svelte.ts). */
  #runNotice(level: NoticeLevel, key: string, params?: NoticeParams, options: NoticeOptions = {}): void {
    this.#deps.notices.push(level, key, params, undefined, { ...options, ...(this.runId ? { run: this.runId } : {}) });
  }

  /** A storage or engine fault as a French notice (db.<code> for the db layer's errors), shown where the learner is: each is the outcome of their action. */
  #notify(error: unknown): void {
    const notice = noticeOfError(error);
    this.#deps.notices.push('error', notice.key, notice.params, notice.text, { reveal: true });
  }
}

function isStrategy(type: Action['type']): type is Scenario['strategies'][number] {
  return type === 'financier' || type === 'lienSocial' || type === 'personnalisation' || type === 'customisation';
}
