/**
 * The customer base when there is no database: records asked from the engine's state,
 * history from the session's in-memory batches, behind the CustomerSource contract.
 * Built once per tick (it is a snapshot) and loaded lazily on first use.
 */
import { createArrayCustomerSource, type CustomerSource } from '../ui/customers/customerSource.ts';
import type { GameSession } from './session.svelte.ts';

export function sessionCustomerSource(session: GameSession): CustomerSource {
  let loaded: Promise<CustomerSource> | null = null;
  const source = () =>
    (loaded ??= session
      .customers()
      .then((records) => createArrayCustomerSource(records, [...session.history.purchases], [...session.history.events])));
  return {
    count: async (filter) => (await source()).count(filter),
    page: async (filter, sort, offset, limit) => (await source()).page(filter, sort, offset, limit),
    file: async (id) => (await source()).file(id),
  };
}
