/** Customer pages as columns (v4): every field survives the round trip, pages group and merge by id, bad bytes are caught. */
import { describe, expect, it } from 'vitest';
import { decodeRow, groupIntoPages, mergeIntoPage, rowIsValid, rowOf } from '../../../src/db/customerColumns.ts';
import { CUSTOMER_PAGE_SIZE } from '../../../src/db/schema.ts';
import type { CustomerRecord } from '../../../src/engine/types.ts';
import { makeCustomers } from './synthetic.ts';

const decodeAll = (pages: ReturnType<typeof groupIntoPages>): CustomerRecord[] =>
  pages.flatMap((p) => Array.from({ length: p.length }, (_, k) => decodeRow(p, k)));

describe('customer columns', () => {
  it('decodes every field as it was written, nulls, negative ticks and accents included', () => {
    const records = makeCustomers(300).map((c, i) => ({
      ...c,
      firstName: i === 3 ? 'Éloïse <b>' : c.firstName,
      firstPurchaseTick: i % 5 === 0 ? null : c.firstPurchaseTick,
      lastPurchaseTick: i % 5 === 0 ? null : c.lastPurchaseTick,
      measuredSatisfaction: i % 3 === 0 ? null : 0.123456789,
      segment: i % 4 === 0 ? null : c.segment,
      rfSegment: i % 6 === 0 ? null : c.rfSegment,
      departureCause: i % 7 === 0 ? 'prix' : null,
      consent: i % 2 === 0,
      referred: i % 3 === 1,
    })) as CustomerRecord[];
    const pages = groupIntoPages('r', records);
    expect(pages).toHaveLength(1);
    expect(pages[0].names.length).toBeLessThan(30); // each distinct name stored once
    expect(decodeAll(pages)).toEqual(records);
    expect(pages.every((p) => Array.from({ length: p.length }, (_, k) => rowIsValid(p, k)).every(Boolean))).toBe(true);
  });

  it('groups unsorted records by page in id order, a later record with the same id winning', () => {
    const base = makeCustomers(5);
    const far = { ...base[1], id: CUSTOMER_PAGE_SIZE + 2 };
    const records = [base[4], far, base[0], { ...base[2], age: 77 }, base[2], base[1], { ...base[4], age: 99 }];
    const pages = groupIntoPages('r', records);
    expect(pages.map((p) => [p.page, Array.from(p.id)])).toEqual([
      [0, [0, 1, 2, 4]],
      [1, [CUSTOMER_PAGE_SIZE + 2]],
    ]);
    expect(decodeRow(pages[0], rowOf(pages[0], 4)).age).toBe(99);
    expect(decodeRow(pages[0], rowOf(pages[0], 2))).toEqual(base[2]);
    expect(rowOf(pages[0], 3)).toBe(-1);
  });

  it('merges changed and new rows into a stored page, keeping the others and only the names still used', () => {
    const base = makeCustomers(10);
    const [stored] = groupIntoPages('r', base);
    const [update] = groupIntoPages('r', [{ ...base[3], firstName: 'Zoé', stage: 'perdu' }, { ...base[0], id: 12, lastName: 'Nouveau' }]);
    const merged = mergeIntoPage(stored, update);
    expect(decodeAll([merged])).toEqual([...base.slice(0, 3), { ...base[3], firstName: 'Zoé', stage: 'perdu' }, ...base.slice(4), { ...base[0], id: 12, lastName: 'Nouveau' }]);
    const used = new Set(decodeAll([merged]).flatMap((c) => [c.firstName, c.lastName]));
    expect(new Set(merged.names)).toEqual(used);
    expect(merged.names).toHaveLength(used.size);
    expect(mergeIntoPage(undefined, update)).toBe(update);
  });

  it('marks rows whose bytes are outside the vocabularies or the names table as invalid', () => {
    const [page] = groupIntoPages('r', makeCustomers(4));
    page.stage[0] = 6; // STAGES has 6 values: 0..5
    page.segment[1] = 200; // neither a segment nor 255 (null)
    page.lastName[2] = page.names.length;
    expect([0, 1, 2, 3].map((k) => rowIsValid(page, k))).toEqual([false, false, false, true]);
    // something that was not a customer when written stays unreadable
    const [odd] = groupIntoPages('r', [{ id: 0, garbage: true } as unknown as CustomerRecord]);
    expect(rowIsValid(odd, 0)).toBe(false);
  });
});
