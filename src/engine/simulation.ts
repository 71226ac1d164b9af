/**
 * Creating and running a simulation. createSimulation draws the initial base (customers.initial,
 * or the `customers` option) and simulates its pre-history (historyTicks before tick 0, same
 * mechanics, no decisions), so that at tick 0 the base has RFM data, first purchases in the
 * past (negative ticks) and some dormant or lost customers. Its last NEW_CUSTOMER_WEEKS hold only
 * the shop's walk-ins (initialArrivals), so the « nouveau » segment starts at the level they keep it
 * at. The prospect pool is scaled with the base size when `customers` overrides it, so a bigger base
 * does not exhaust it sooner.
 */
import { nominalWalkIns } from './acquisition.ts';
import type { DecisionsLog } from './decisions.ts';
import { emptyEventLog } from './events.ts';
import { settleDoubles, settleInts } from './fieldShapes.ts';
import { initCustomer, initialArrivals, initialArrivalTick } from './customers.ts';
import * as P from './params.ts';
import { scoreRfmTracked } from './rfmWindow.ts';
import { STREAMS, streamKey } from './rng.ts';
import { allocateCustomers, COMPLAINT_POLICIES, emptyRingSlot, type SimState } from './state.ts';
import { stepHistory, stepSimulation } from './step.ts';
import { weeksToTicks } from './context.ts';
import type { TickReport } from './types.ts';
import type { Scenario } from '../scenario/schema.ts';

export interface CreateOptions {
  seed: number;
  /** overrides scenario.customers.initial */
  customers?: number;
}

/** Share added to the expected walk-ins when reserving room (referrals and a satisfied base bring more). */
const RESERVE_MARGIN = 0.15;

/**
 * Customers the arrays hold from the start: the initial base plus the walk-ins expected over the
 * scenario's duration at the nominal rate (organicPerTick, scaled like the prospect pool), plus
 * RESERVE_MARGIN, within the prospects. A growth copies every customer array (ensureCapacity), so a
 * run that stays within this room never copies them; campaigns beyond it still grow the arrays.
 */
function plannedCapacity(scenario: Scenario, n: number, weeksPerTick: number, prospects: number): number {
  const expected = Math.ceil(nominalWalkIns(scenario, weeksPerTick, n) * Math.max(0, scenario.durationTicks) * (1 + RESERVE_MARGIN));
  return n + Math.max(0, Math.min(prospects, expected));
}

export function createSimulation(scenario: Scenario, options: CreateOptions): SimState {
  const seed = options.seed | 0;
  const n = Math.max(1, Math.floor(options.customers ?? scenario.customers.initial));
  const weeksPerTick = scenario.tickUnit === 'week' ? 1 : P.WEEKS_PER_MONTH;
  const window = weeksToTicks(P.RFM_WINDOW_WEEKS, weeksPerTick);
  const history = Math.max(1, scenario.customers.historyTicks);
  const prospects = Math.floor((scenario.customers.prospectPool * n) / scenario.customers.initial);
  const capacity = plannedCapacity(scenario, n, weeksPerTick, prospects);
  const state: SimState = {
    formatVersion: 1,
    seed,
    tick: -history,
    weeksPerTick,
    window,
    n,
    capacity,
    prospectsRemaining: prospects,
    budget: scenario.budget.initial,
    complaintPolicy: COMPLAINT_POLICIES.indexOf('standard'),
    priceLevel: 1,
    churnSmoothed: -1,
    lastMeasurement: null,
    competitorClosed: new Uint8Array(scenario.competitors.length),
    customers: allocateCustomers(capacity),
    recruitChannel: new Uint8Array(capacity),
    ring: Array.from({ length: window }, () => emptyRingSlot()),
    programmes: [],
    ...emptyEventLog(),
    rfmLimits: { recency: [], frequency: [], monetary: [] },
    rfmTrack: null,
    alive: null,
  };
  // written by the game's ticks, not by the pre-history (fieldShapes.ts)
  settleDoubles(state, ['budget', 'priceLevel']);
  settleInts(state, ['n', 'capacity', 'prospectsRemaining']);
  const initKey = streamKey(seed, 0, STREAMS.init);
  const newTicks = weeksToTicks(P.NEW_CUSTOMER_WEEKS, weeksPerTick);
  const arrivals = initialArrivals(history, newTicks, nominalWalkIns(scenario, weeksPerTick, n), n);
  for (let i = 0; i < n; i++) initCustomer(state, scenario, initKey, i, initialArrivalTick(arrivals, initKey, i), false, true);
  while (state.tick < 0) stepHistory(state, scenario);
  scoreRfmTracked(state, newTicks);
  return state;
}

export interface RunOptions extends CreateOptions {
  ticks: number;
  decisions?: DecisionsLog;
}

/** Creates a simulation and plays `ticks` ticks with the decisions log. */
export function runSimulation(scenario: Scenario, options: RunOptions): { state: SimState; reports: TickReport[] } {
  const state = createSimulation(scenario, options);
  const byTick = new Map<number, DecisionsLog[number]['actions']>();
  for (const d of options.decisions ?? []) byTick.set(d.tick, d.actions);
  const reports: TickReport[] = [];
  for (let t = 0; t < options.ticks; t++) reports.push(stepSimulation(state, scenario, byTick.get(state.tick) ?? []));
  return { state, reports };
}
