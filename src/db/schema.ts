/**
 * The IndexedDB schema of Fidélis (typed for idb): store names, keys, indexes and the shape of
 * every stored record. Versions and the upgrade ladder are in migrations.ts.
 *
 * Stores (every key starts with the run id, so one key range selects or deletes a whole run):
 *   runs       id                  one record per run or what-if branch (parentRunId / branchTick)
 *   customers  [runId, id]         the visible CustomerRecord, current state; indexes for the filters
 *   purchases  [runId, tick]       the tick's PurchaseBatch as typed arrays (columnar, see below)
 *   events     [runId, tick]       the tick's EventBatch (contacts, complaints, lifecycle changes)
 *   kpis       [runId, tick]       the tick's TickKpis
 *   snapshots  [runId, tick]       the engine's SimState after `tick` completed ticks, for resume/branching
 *
 * Why purchases are stored per tick and not per purchase: 100,000 customers over 3 years make
 * millions of purchases. One record per purchase would mean tens of thousands of puts per tick
 * (the autosave must stay under 50 ms) and ~100 bytes of overhead each; a columnar batch is
 * ~10 bytes a purchase, written with a single put and stored as structured-clone typed arrays.
 * One customer's purchases are found by scanning the run's batches between the customer's first
 * and last purchase ticks (known from the customer record) and picking the matching rows: at most
 * `durationTicks` records read, only when a customer's file is opened — a rare read, traded for
 * the frequent write. A per-customer index would multiply the write cost of every tick instead.
 */
import type { DBSchema } from 'idb';
import type { DecisionsLog } from '../engine/decisions.ts';
import type { CustomerRecord, EventBatch, PurchaseBatch, TickKpis } from '../engine/types.ts';
import type { Scenario } from '../scenario/schema.ts';

export const DB_NAME = 'fidelis';
/** Current schema version; migrations.ts has one rung per version. */
export const DB_VERSION = 2;

export interface RunRecord {
  id: string;
  name: string;
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
}

export type StoredCustomer = CustomerRecord & { runId: string };
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
  customers: {
    key: RunTickKey;
    value: StoredCustomer;
    indexes: {
      'by-segment': [string, string];
      'by-stage': [string, string];
      'by-motive': [string, string];
      'by-town': [string, number];
      'by-lastPurchase': [string, number];
      'by-rfSegment': [string, string];
    };
  };
  purchases: { key: RunTickKey; value: StoredPurchaseBatch };
  events: { key: RunTickKey; value: StoredEventBatch };
  kpis: { key: RunTickKey; value: StoredKpis };
  snapshots: { key: RunTickKey; value: StoredSnapshot };
}

export const RUN_SCOPED_STORES = ['customers', 'purchases', 'events', 'kpis', 'snapshots'] as const;
export type RunScopedStore = (typeof RUN_SCOPED_STORES)[number];

/** Customer columns with an index [runId, column] (filters use them when a single one is given). */
export const CUSTOMER_INDEX_BY_COLUMN = {
  segment: 'by-segment',
  stage: 'by-stage',
  motive: 'by-motive',
  town: 'by-town',
  lastPurchaseTick: 'by-lastPurchase',
  rfSegment: 'by-rfSegment',
} as const;
