/**
 * A customer's full file ("fiche client"): the visible record, every purchase, and the event log
 * split the way the course reads it: contacts, complaints, and the lifecycle history (first
 * purchase, dormant, reactivated, departure with its cause). Purchases are read from the run's
 * per-tick batches between the customer's first and last purchase ticks only (see schema.ts).
 */
import type { IDBPCursorWithValue } from 'idb';
import { CHANNELS, EVENT_TYPES, type EventType } from '../engine/vocabulary.ts';
import type { CustomerEvent, CustomerFile, CustomerPurchase } from './customerQuery.ts';
import { getCustomer } from './customerQueries.ts';
import { runTicks, wholeRun } from './keyRanges.ts';
import type { FidelisDb } from './openDatabase.ts';

export type EventKind = 'lifecycle' | 'complaint' | 'contact' | 'other';

export interface ClassifiedEvent extends CustomerEvent {
  kind: EventKind;
}

/** The contract's CustomerFile, plus the event log split the way the course reads it. */
export interface FullCustomerFile extends CustomerFile {
  events: ClassifiedEvent[];
  complaints: ClassifiedEvent[];
  contacts: ClassifiedEvent[];
  lifecycle: ClassifiedEvent[];
}

const KIND_OF: Partial<Record<EventType, EventKind>> = {
  premierAchat: 'lifecycle',
  recrute: 'lifecycle',
  devenuDormant: 'lifecycle',
  reactive: 'lifecycle',
  depart: 'lifecycle',
  incident: 'complaint',
  reclamation: 'complaint',
  reclamationTraiteeRapidement: 'complaint',
  reclamationTraitee: 'complaint',
  reclamationNonTraitee: 'complaint',
  cibleParAction: 'contact',
  enqueteRepondue: 'contact',
  adhesionClub: 'contact',
  carteFidelite: 'contact',
  donneesCollectees: 'contact',
  parrainage: 'contact',
};

export function eventKind(type: EventType): EventKind {
  return KIND_OF[type] ?? 'other';
}

/** The file of one customer, or null when the customer does not exist in the run (or fails validation). */
export async function getCustomerFile(fdb: FidelisDb, runId: string, customerId: number): Promise<FullCustomerFile | null> {
  const customer = await getCustomer(fdb, runId, customerId);
  if (!customer) return null;
  const tx = fdb.db.transaction(['purchases', 'events'], 'readonly');
  const purchases: CustomerPurchase[] = [];
  const events: ClassifiedEvent[] = [];

  const readPurchases = async () => {
    if (customer.lastPurchaseTick === null) return;
    const from = Math.max(0, customer.firstPurchaseTick ?? 0);
    if (customer.lastPurchaseTick < from) return;
    let cursor = await tx.objectStore('purchases').openCursor(runTicks(fdb.keyRange, runId, from, customer.lastPurchaseTick));
    while (cursor) {
      const batch = cursor.value;
      const ids = batch.customer;
      for (let i = 0; i < batch.length; i++)
        if (ids[i] === customerId)
          purchases.push({ tick: batch.tick, amount: batch.amount[i], productType: batch.productType[i], channel: CHANNELS[batch.channel[i]] });
      cursor = (await cursor.continue()) as typeof cursor;
    }
  };
  const readEvents = async () => {
    let cursor = (await tx.objectStore('events').openCursor(wholeRun(fdb.keyRange, runId))) as IDBPCursorWithValue<
      never,
      never,
      never,
      unknown,
      'readonly'
    > | null;
    while (cursor) {
      const batch = cursor.value as { tick: number; length: number; customer: Int32Array; type: Uint8Array; detail: Int32Array };
      for (let i = 0; i < batch.length; i++)
        if (batch.customer[i] === customerId) {
          const type = EVENT_TYPES[batch.type[i]];
          if (type) events.push({ tick: batch.tick, type, kind: eventKind(type), detail: batch.detail[i] });
        }
      cursor = await cursor.continue();
    }
  };
  await Promise.all([readPurchases(), readEvents(), tx.done]);
  return {
    record: customer,
    purchases,
    events,
    complaints: events.filter((e) => e.kind === 'complaint'),
    contacts: events.filter((e) => e.kind === 'contact'),
    lifecycle: events.filter((e) => e.kind === 'lifecycle'),
  };
}
