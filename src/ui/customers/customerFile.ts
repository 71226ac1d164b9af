/**
 * Reading a customer's file: the history split into lifecycle, complaints, contacts and other
 * events, and the story of a departure (schéma de l'infidélité): the cause and the events of the
 * weeks before it that explain it (incidents, complaints left unanswered, a competitor's offer, the
 * end of an advantage, falling dormant). Pure.
 */
import type { Action, TickDecisions } from '../../engine/decisions.ts';
import { DEPARTURE_CAUSES, type DepartureCause, type EventType } from '../../engine/vocabulary.ts';
import { weeksToPeriods } from '../../app/costEstimate.ts';
import type { TickUnit } from '../dashboard/period.ts';
import type { CustomerEvent, CustomerFile } from './customerSource.ts';

export type EventGroup = 'lifecycle' | 'complaints' | 'contacts' | 'other';

const GROUP: Record<EventType, EventGroup> = {
  premierAchat: 'lifecycle',
  recrute: 'lifecycle',
  devenuDormant: 'lifecycle',
  reactive: 'lifecycle',
  depart: 'lifecycle',
  incident: 'complaints',
  reclamation: 'complaints',
  reclamationTraiteeRapidement: 'complaints',
  reclamationTraitee: 'complaints',
  reclamationNonTraitee: 'complaints',
  cibleParAction: 'contacts',
  enqueteRepondue: 'contacts',
  donneesCollectees: 'contacts',
  carteFidelite: 'contacts',
  adhesionClub: 'contacts',
  offreConcurrente: 'other',
  parrainage: 'other',
  finAvantage: 'other',
  programmeSuspendu: 'other',
  reclamationSansBudget: 'complaints',
};

export function eventGroup(type: EventType): EventGroup {
  return GROUP[type];
}

export function groupEvents(events: readonly CustomerEvent[]): Record<EventGroup, CustomerEvent[]> {
  const out: Record<EventGroup, CustomerEvent[]> = { lifecycle: [], complaints: [], contacts: [], other: [] };
  for (const e of events) out[GROUP[e.type]].push(e);
  return out;
}

/** Events that can explain a departure (ruptures and rencontres). */
const EXPLAINING: ReadonlySet<EventType> = new Set([
  'incident',
  'reclamation',
  'reclamationTraitee',
  'reclamationNonTraitee',
  'offreConcurrente',
  'finAvantage',
  'programmeSuspendu',
  'devenuDormant',
]);

/**
 * How far back events count as explaining a departure: a quarter, 13 weeks in a weekly shop, 3 months in a monthly
 * one (a count of periods made it 13 months in the optician, QA play 26 #1).
 */
export const STORY_WEEKS = 13;

/** STORY_WEEKS in the scenario's periods. */
export function storyTicks(tickUnit: TickUnit): number {
  return weeksToPeriods(STORY_WEEKS, tickUnit);
}

export interface DepartureStory {
  tick: number | null;
  cause: DepartureCause;
  /** the events before the departure that explain it, oldest first */
  leadUp: CustomerEvent[];
}

/** The departure and what led to it; null when the customer has not left. */
export function departureStory(file: CustomerFile, tickUnit: TickUnit): DepartureStory | null {
  const depart = [...file.events].reverse().find((e) => e.type === 'depart');
  const cause = depart ? (DEPARTURE_CAUSES[depart.detail] ?? file.record.departureCause) : file.record.departureCause;
  if (!cause || (file.record.stage !== 'perdu' && !depart)) return null;
  const until = depart?.tick ?? Infinity;
  const leadUp = file.events.filter((e) => EXPLAINING.has(e.type) && e.tick <= until && e.tick > until - storyTicks(tickUnit));
  return { tick: depart?.tick ?? null, cause, leadUp };
}

/** Purchases per product type: count and amount, for the FRAT view of the file. */
export function purchasesByType(file: CustomerFile): { productType: number; count: number; amount: number }[] {
  const byType = new Map<number, { productType: number; count: number; amount: number }>();
  for (const p of file.purchases) {
    const row = byType.get(p.productType) ?? { productType: p.productType, count: 0, amount: 0 };
    row.count++;
    row.amount += p.amount;
    byType.set(p.productType, row);
  }
  return [...byType.values()].sort((a, b) => a.productType - b.productType);
}

/** Purchases the file does not list: those made before the game started (the pre-history is not itemised). */
export function purchasesBeforeGame(file: CustomerFile): number {
  return Math.max(0, file.record.purchasesTotal - file.purchases.length);
}

/** The learner's action a « ciblé par une action » event stands for (its detail is the action's index in that period's decisions). */
export function targetingAction(decisions: readonly TickDecisions[], event: CustomerEvent): Action | undefined {
  if (event.type !== 'cibleParAction') return undefined;
  return decisions.find((d) => d.tick === event.tick)?.actions[event.detail];
}
