/** The in-memory customer source: filtering, search, stable sorting, paging and a customer's file. */
import { describe, expect, it } from 'vitest';
import {
  compareCustomers,
  sortRecords,
  createArrayCustomerSource,
  normaliseSearchText,
  UnknownCustomerError,
} from '../../../src/ui/customers/customerSource.ts';
import { customerZeroHistory, makeCustomers } from '../../fixtures/customers.ts';

const records = makeCustomers(300);
const history = customerZeroHistory();
const source = createArrayCustomerSource(records, history.purchases, history.events);

describe('createArrayCustomerSource', () => {
  it('counts everyone without filter and each stage separately', async () => {
    expect(await source.count({})).toBe(300);
    const perStage = records.filter((r) => r.stage === 'dormant').length;
    expect(perStage).toBeGreaterThan(0);
    expect(await source.count({ stage: 'dormant' })).toBe(perStage);
  });

  it('combines criteria with AND', async () => {
    const expected = records.filter((r) => r.loyaltyCard && r.motive === 'argent').length;
    expect(await source.count({ loyaltyCard: true, motive: 'argent' })).toBe(expected);
    const page = await source.page({ loyaltyCard: true, motive: 'argent' }, { column: 'id', direction: 'asc' }, 0, 1000);
    expect(page.every((r) => r.loyaltyCard && r.motive === 'argent')).toBe(true);
  });

  it('searches names ignoring case and accents, in both name orders, and ids', async () => {
    const eloise = await source.page({ text: 'ELOISE' }, { column: 'id', direction: 'asc' }, 0, 500);
    expect(eloise.length).toBeGreaterThan(0);
    expect(eloise.every((r) => r.firstName === 'Éloïse')).toBe(true);
    const reversed = await source.page({ text: 'martin camille' }, { column: 'id', direction: 'asc' }, 0, 10);
    expect(reversed[0]).toMatchObject({ firstName: 'Camille', lastName: 'Martin' });
    // by the number shown, the id plus one: « 42 » finds N° 42, the engine's customer 41
    expect((await source.page({ text: '42' }, { column: 'id', direction: 'asc' }, 0, 10)).map((r) => r.id)).toEqual([41]);
    expect(await source.page({ text: '0' }, { column: 'id', direction: 'asc' }, 0, 10)).toEqual([]);
  });

  it('sorts by a column in both directions with ties broken by id, and pages without overlap', async () => {
    const asc = await source.page({}, { column: 'spendTotal', direction: 'asc' }, 0, 300);
    for (let i = 1; i < asc.length; i++) expect(asc[i].spendTotal).toBeGreaterThanOrEqual(asc[i - 1].spendTotal);
    const desc = await source.page({}, { column: 'spendTotal', direction: 'desc' }, 0, 300);
    expect(desc[0].spendTotal).toBe(asc[asc.length - 1].spendTotal);
    const byR = await source.page({}, { column: 'r', direction: 'desc' }, 0, 300);
    for (let i = 1; i < byR.length; i++)
      if (byR[i].r === byR[i - 1].r) expect(byR[i].id).toBeGreaterThan(byR[i - 1].id);
    const p1 = await source.page({}, { column: 'lastName', direction: 'asc' }, 0, 50);
    const p2 = await source.page({}, { column: 'lastName', direction: 'asc' }, 50, 50);
    expect(new Set([...p1, ...p2].map((r) => r.id)).size).toBe(100);
  });

  it('puts missing values last in both directions', () => {
    const a = { ...records[0], measuredSatisfaction: null };
    const b = { ...records[1], measuredSatisfaction: 0.5 };
    expect(compareCustomers(a, b, { column: 'measuredSatisfaction', direction: 'asc' })).toBeGreaterThan(0);
    expect(compareCustomers(a, b, { column: 'measuredSatisfaction', direction: 'desc' })).toBeGreaterThan(0);
  });

  it("returns a customer's file with purchases and events in tick order", async () => {
    const file = await source.file(0);
    expect(file.record.id).toBe(0);
    expect(file.purchases.map((p) => [p.tick, p.amount, p.channel])).toEqual([
      [1, 42.5, 'magasin'],
      [2, 18, 'siteWeb'],
    ]);
    expect(file.events.map((e) => e.type)).toEqual(['incident', 'reclamation', 'reclamationNonTraitee', 'offreConcurrente', 'depart']);
    expect((await source.file(1)).events).toEqual([{ tick: 4, type: 'parrainage', detail: 7 }]);
  });

  it('takes the full history from historyOf when given (pre-history included)', async () => {
    const withHistory = createArrayCustomerSource(records, history.purchases, history.events, (id) => [{ tick: -20, type: 'premierAchat', detail: id }]);
    expect((await withHistory.file(2)).events).toEqual([{ tick: -20, type: 'premierAchat', detail: 2 }]);
  });

  it('rejects an unknown id', async () => {
    await expect(source.file(99_999)).rejects.toBeInstanceOf(UnknownCustomerError);
  });

  it('sorts with precomputed keys exactly as compareCustomers orders', () => {
    const mixed = makeCustomers(500, 7).map((r, i) => ({ ...r, measuredSatisfaction: i % 3 === 0 ? null : r.measuredSatisfaction, segment: i % 5 === 0 ? null : r.segment }));
    for (const column of ['lastName', 'firstName', 'spendTotal', 'measuredSatisfaction', 'segment', 'loyaltyCard', 'r'] as const)
      for (const direction of ['asc', 'desc'] as const) {
        const sort = { column, direction };
        const expected = [...mixed].sort((a, b) => compareCustomers(a, b, sort)).map((r) => r.id);
        expect(sortRecords(mixed, sort).map((r) => r.id), `${column} ${direction}`).toEqual(expected);
      }
  });

  it('normalises search text', () => {
    expect(normaliseSearchText('  Éloïse   MARTIN ')).toBe('eloise martin');
  });
});
