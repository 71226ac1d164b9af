/**
 * The customer table's sort on another column than the id is fetched when first asked (db/customerSort.ts): the table
 * in id order needs none of it, and a fetch that fails is the page's failure, a SortUnavailableError (the customers
 * screen says what to do, not the browser's words: its `cause`), not a page in the wrong order.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRun } from '../../../src/db/createRun.ts';
import { SortUnavailableError } from '../../../src/db/customerQuery.ts';
import { createDbCustomerSource } from '../../../src/db/customerSource.ts';
import type { FidelisDb } from '../../../src/db/openDatabase.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';
import { freshDb, makeCustomers } from './synthetic.ts';

// the network gone when the sort's code is first fetched
vi.mock('../../../src/db/customerSort.ts', () => {
  throw new TypeError('Failed to fetch dynamically imported module');
});

let fdb: FidelisDb;
let runId: string;
beforeEach(async () => {
  fdb = await freshDb();
  runId = (await createRun(fdb, { name: 'Q', scenario: fixtureScenario(), seed: 1, createdAt: '2026-11-23T08:00:00.000Z', customers: makeCustomers(40) })).id;
});
afterEach(() => fdb.close());

describe('the customer table’s sort fetched on a first sort', () => {
  it('gives the id order without it, and rejects a page in another order when it cannot be fetched', async () => {
    const source = createDbCustomerSource(fdb, runId);
    expect((await source.page({}, { column: 'id', direction: 'desc' }, 0, 3)).map((c) => c.id)).toEqual([39, 38, 37]);
    const failure = await source.page({}, { column: 'age', direction: 'asc' }, 0, 3).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(SortUnavailableError);
    expect((failure as Error).message).not.toMatch(/fetch/i);
    // the browser's error is kept as its cause (vitest wraps the mock's TypeError in its own)
    expect((failure as Error).cause).toBeInstanceOf(Error);
    // the id order still comes, and a new try asks again (rejects again here; Chromium itself keeps a failed module fetch until the page is reloaded)
    expect((await source.page({}, { column: 'id', direction: 'asc' }, 0, 2)).map((c) => c.id)).toEqual([0, 1]);
    await expect(source.page({}, { column: 'age', direction: 'asc' }, 0, 3)).rejects.toThrow(SortUnavailableError);
  });
});
