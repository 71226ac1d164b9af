/**
 * The IndexedDB schema of Fidélis (typed for idb): store names, keys, indexes and the shape of
 * every stored record. Versions and the upgrade ladder are in migrations.ts.
 *
 * Stores (every key starts with the run id, so one key range selects or deletes a whole run):
 *   runs       id                  one record per run or what-if branch (parentRunId / branchTick)
 *   customerPages [runId, page]    the visible customers (current state), CUSTOMER_PAGE_SIZE a record,
 *                                  as typed-array columns and a names table (v4, customerColumns.ts)
 *   purchases  [runId, tick]       the tick's PurchaseBatch as typed arrays (columnar, see below)
 *   events     [runId, tick]       the tick's EventBatch (contacts, complaints, lifecycle changes)
 *   kpis       [runId, tick]       the tick's TickKpis
 *   snapshots  [runId, tick]       the engine's SimState after `tick` completed ticks, for resume/branching
 *   classFiles id                  (v5) the teacher's class view: an imported result file, its text and
 *                                  verification outcome with the app version that verified it (classRecords.ts)
 *   classTeams id                  (v5) a team the teacher formed in the class view (its members' classFiles ids)
 *
 * Why purchases are stored per tick and not per purchase: 100,000 customers over 3 years make
 * millions of purchases. One record per purchase would mean tens of thousands of puts per tick
 * (the autosave must stay under 50 ms) and ~100 bytes of overhead each; a columnar batch is
 * ~10 bytes a purchase, written with a single put and stored as structured-clone typed arrays.
 * One customer's purchases are found by scanning the run's batches between the customer's first
 * and last purchase ticks (known from the customer record) and picking the matching rows: at most
 * `durationTicks` records read, only when a customer's file is opened — a rare read, traded for
 * the frequent write. A per-customer index would multiply the write cost of every tick instead.
 *
 * Why customers are stored by pages (of 1,000 in v3, 10,000 in v4) and not one record each with indexes (v1, v2):
 * measured in Chromium, a put costs about the same for one customer as for a page of a thousand
 * (per-request overhead, plus one index entry per index per record): one record per customer made
 * the 100,000-customer base take tens of seconds to write and a 10,000-customer tick seconds,
 * against targets of 1 s and 50 ms. Filters and sorts run in memory over the pages (a run's
 * customers are read once into the CustomerSource's snapshot), which is also faster than index
 * cursors for the combined filters learners use.
 *
 * Why a page is stored as columns (v4) and not as record objects (v3): ~60 bytes a customer
 * instead of ~300 (fewer bytes to write and read), structured clone copies a typed array as one
 * block instead of walking 25 properties per customer, and the in-memory filters and sorts run on
 * the columns without building an object per customer (customerTable.ts).
 */
import type { DBSchema } from 'idb';
import type { DecisionsLog, TickDecisions } from '../engine/decisions.ts';
import type { CustomerRecord, EventBatch, PurchaseBatch, TickKpis } from '../engine/types.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { RunClassSettings } from '../presets/runClass.ts';
import type { SeedAdjustment } from '../engine/seedTargets.ts';
import type { StoredNoAction } from '../results/noActionGame.ts';
import type { ClassFileRecord, ClassTeamRecord } from './classRecords.ts';

export const DB_NAME = 'fidelis';
/** Current schema version; migrations.ts has one rung per version. */
export const DB_VERSION = 5;

/**
 * What a what-if branch's name is made of, composed where it is shown in the reader's language
 * (app/runName.ts: « Ma partie — et si… (la semaine 3) » / “Ma partie — what if… (week 3)”): the
 * original run's name and the tick of each branching from it, the first branching first.
 */
export interface BranchName {
  base: string;
  /** completed ticks kept at each branching (shown as the period after them, tick + 1) */
  ticks: number[];
}

export interface RunRecord {
  id: string;
  /** the name; a branch's as composed when it was made, shown only when `branchName` is absent */
  name: string;
  /** a what-if branch's name in parts (absent: `name` is the whole name: an original run, a renamed one, a branch saved before they were kept) */
  branchName?: BranchName;
  scenarioId: string;
  /** the validated scenario as it was when the run started (a later scenario edit does not change the run) */
  scenario: Scenario;
  seed: number;
  /** the engine's `customers` option at creation (initial customer base size) */
  customerCount: number;
  /** ISO 8601, given by the caller */
  createdAt: string;
  updatedAt: string;
  /** number of completed ticks: the stored state is the state after `currentTick` ticks */
  currentTick: number;
  decisions: DecisionsLog;
  /** how the run is played (free play, guided, assessed...): owned by the interface */
  mode: string;
  /** hashState() of the engine state after `currentTick` ticks; null if the caller had none */
  stateHash: string | null;
  /** what-if branch: the run it was branched from and the tick it starts from */
  parentRunId: string | null;
  branchTick: number | null;
  /**
   * the engine's modelFingerprint() of the model that computed `stateHash` and the stored history (set
   * by whoever writes them: createRun, commitTick, rewriteRunHistory, an import checked by replay);
   * absent: unknown (runs saved before it was kept). Exported with the run (runFile.ts)
   */
  modelFingerprint?: string;
  /** changes with every write of the run's customer pages by commitTick/createRun (pageCache.ts) */
  pagesStamp?: string;
  /**
   * the teacher's class link settings the run started with (locks, hidden tools, shop, seed, mode:
   * src/presets/runClass.ts), restored when the run is opened without the link; absent: a run saved
   * before they were kept (the page's link applies, as then). Optional: no schema version change
   */
  classSettings?: RunClassSettings;
  /**
   * the objectives' targets adjusted to the run's seed when it is not the scenario's default
   * (src/engine/seedTargets.ts), computed once at creation; absent: the scenario's own targets (default
   * seed, or a run saved before the adjustment existed). Optional: no schema version change
   */
  seedTargets?: SeedAdjustment;
  /**
   * the no-action game of the run's shop and seed (results/noActionGame.ts), played at creation for the
   * seed adjustment and kept so that the Bilan's difference from doing nothing plays nothing: its net
   * margin and active customers period by period, with the model that played them (another model's is
   * played again). Absent: default seed, or a run saved before it was kept (the Bilan plays it). A branch
   * keeps its parent's (same shop and seed). Not exported with the run: an imported run plays it again.
   * Optional: no schema version change
   */
  noAction?: StoredNoAction;
  /**
   * the decisions queued for the next tick, not yet simulated (pendingDecisions.ts), so a reload keeps
   * them; only meaningful while `pending.tick === currentTick` (commitTick drops them)
   */
  pending?: TickDecisions;
  /**
   * a what-if branch that took up its parent's later decisions (createBranch `keepLaterDecisions`):
   * the decisions planned for the ticks after the next one, in tick order (pendingDecisions.ts). When a
   * tick is saved, commitTick moves the plan of the new current tick into `pending`, where the learner
   * sees, changes or removes it like any queued decision. Optional: no schema version change
   */
  planned?: DecisionsLog;
}

/**
 * Customers a page: ids page * CUSTOMER_PAGE_SIZE .. (page + 1) * CUSTOMER_PAGE_SIZE - 1. v3 pages
 * held 1,000; v4 pages hold 10,000 (~600 kB of columns): measured in Chromium, a value between
 * ~16 and 64 kB is stored inside the database and costs ~10-25 ms of CPU to write, while a larger
 * value goes to its own file (~2-3 ms for 600 kB), so one 10,000-customer page is written ~5 times
 * faster than ten 1,000-customer pages of ~60 kB (README.md, "Measured").
 */
export const CUSTOMER_PAGE_SIZE = 10000;

/**
 * One page of a run's customers as columns (v4): row k is customer id[k], rows sorted by id (ids
 * are dense: the engine's customer indexes). Encoding of each column: customerColumns.ts.
 */
export interface StoredCustomerPage {
  runId: string;
  page: number;
  /** number of rows */
  length: number;
  id: Int32Array;
  /** each distinct first or last name of the page once */
  names: string[];
  /** index into names (Int32Array only in the in-memory table of a whole run, customerTable.ts) */
  firstName: Uint16Array | Int32Array;
  lastName: Uint16Array | Int32Array;
  age: Uint8Array;
  town: Int32Array;
  /** vocabulary codes (index in MOTIVES, CHANNELS...; 255 = null) */
  motive: Uint8Array;
  channel: Uint8Array;
  /** -2^31 = null */
  firstPurchaseTick: Int32Array;
  lastPurchaseTick: Int32Array;
  purchasesTotal: Int32Array;
  spendTotal: Float64Array;
  /** bits: loyaltyCard 1, clubMember 2, consent 4, referred 8 */
  flags: Uint8Array;
  stage: Uint8Array;
  ladder: Uint8Array;
  r: Uint8Array;
  f: Uint8Array;
  m: Uint8Array;
  segment: Uint8Array;
  rfSegment: Uint8Array;
  /** NaN = null */
  measuredSatisfaction: Float64Array;
  dataKnown: Float64Array;
  departureCause: Uint8Array;
}

/** A v3 page (records as objects); only the v3 -> v4 migration reads it. */
export interface LegacyCustomerPage {
  runId: string;
  page: number;
  records: CustomerRecord[];
}
export type StoredPurchaseBatch = PurchaseBatch & { runId: string };
export type StoredEventBatch = EventBatch & { runId: string };
export type StoredKpis = TickKpis & { runId: string };

/** The engine's SimState (structured-clonable typed arrays); opaque to the database layer. */
export interface StoredSnapshot {
  runId: string;
  /** completed ticks when the state was taken */
  tick: number;
  stateHash: string | null;
  state: unknown;
}

export type RunTickKey = [string, number];

export interface FidelisSchema extends DBSchema {
  runs: {
    key: string;
    value: RunRecord;
    indexes: { 'by-updatedAt': string; 'by-parent': string };
  };
  customerPages: { key: RunTickKey; value: StoredCustomerPage };
  purchases: { key: RunTickKey; value: StoredPurchaseBatch };
  events: { key: RunTickKey; value: StoredEventBatch };
  kpis: { key: RunTickKey; value: StoredKpis };
  snapshots: { key: RunTickKey; value: StoredSnapshot };
  /** v5: the teacher's class view (not run-scoped; several classes told apart by the records' optional `group`, no index: classRecords.ts) */
  classFiles: { key: string; value: ClassFileRecord };
  classTeams: { key: string; value: ClassTeamRecord };
}

/** The class view's stores (v5), written and cleared together. */
export const CLASS_STORES = ['classFiles', 'classTeams'] as const;

export const RUN_SCOPED_STORES = ['customerPages', 'purchases', 'events', 'kpis', 'snapshots'] as const;
export type RunScopedStore = (typeof RUN_SCOPED_STORES)[number];
