/** Customer browser logic: windowing math, keyboard moves, block fetching, the departure story, cell texts. */
import { describe, expect, it } from 'vitest';
import { moveActive, scrollToRow, visibleWindow } from '../../../src/ui/customers/windowing.ts';
import { RowBlocks } from '../../../src/ui/customers/rowBlocks.ts';
import { departureStory, groupEvents, purchasesByType } from '../../../src/ui/customers/customerFile.ts';
import { createArrayCustomerSource } from '../../../src/ui/customers/customerSource.ts';
import { cellText, rfmText, shownScore } from '../../../src/ui/customers/cellText.ts';
import { COLUMNS } from '../../../src/ui/customers/columns.ts';
import { customerZeroHistory, makeCustomers } from '../../fixtures/customers.ts';

describe('visibleWindow', () => {
  it('renders the rows in view plus the overscan, with spacers for the rest', () => {
    expect(visibleWindow(0, 360, 36, 100_000, 5)).toEqual({ start: 0, end: 16, padTop: 0, padBottom: (100_000 - 16) * 36 });
    const w = visibleWindow(36 * 1000, 360, 36, 100_000, 5);
    expect(w.start).toBe(995);
    expect(w.end).toBe(1016);
    expect(w.padTop + (w.end - w.start) * 36 + w.padBottom).toBe(100_000 * 36);
  });

  it('clamps at the end and handles empty lists', () => {
    const w = visibleWindow(36 * 99_990, 360, 36, 100_000, 5);
    expect(w.end).toBe(100_000);
    expect(w.padBottom).toBe(0);
    expect(visibleWindow(0, 360, 36, 0)).toEqual({ start: 0, end: 0, padTop: 0, padBottom: 0 });
    expect(visibleWindow(1e9, 360, 36, 3, 2)).toMatchObject({ start: 0, end: 3 });
  });

  it('scrolls just enough to show a row', () => {
    expect(scrollToRow(10, 0, 360, 36)).toBe(36 * 11 - 360);
    expect(scrollToRow(2, 360, 360, 36)).toBe(72);
    expect(scrollToRow(12, 360, 360, 36)).toBe(360);
  });

  it('moves the active row with navigation keys, clamped', () => {
    expect(moveActive('ArrowDown', 0, 10, 5)).toBe(1);
    expect(moveActive('ArrowUp', 0, 10, 5)).toBe(0);
    expect(moveActive('PageDown', 7, 10, 5)).toBe(9);
    expect(moveActive('End', 0, 10, 5)).toBe(9);
    expect(moveActive('Home', 6, 10, 5)).toBe(0);
    expect(moveActive('a', 6, 10, 5)).toBeNull();
    expect(moveActive('ArrowDown', 0, 0, 5)).toBeNull();
  });
});

describe('RowBlocks', () => {
  it('fetches each block once and serves rows from the cache', async () => {
    const calls: [number, number][] = [];
    const blocks = new RowBlocks<number>(async (offset, limit) => {
      calls.push([offset, limit]);
      return Array.from({ length: limit }, (_, i) => offset + i);
    }, 10);
    await blocks.ensure(5, 25);
    expect(calls).toEqual([[0, 10], [10, 10], [20, 10]]);
    expect(blocks.get(17)).toBe(17);
    await blocks.ensure(0, 30);
    expect(calls).toHaveLength(3);
    expect(blocks.get(35)).toBeUndefined();
  });

  it('ignores answers that arrive after a reset', async () => {
    let release: (rows: string[]) => void = () => {};
    const blocks = new RowBlocks<string>(() => new Promise((resolve) => (release = resolve)), 10);
    const pending = blocks.ensure(0, 5);
    blocks.reset();
    release(['old']);
    await pending;
    expect(blocks.get(0)).toBeUndefined();
  });
});

describe('customer file', () => {
  const records = makeCustomers(5);
  const history = customerZeroHistory();
  const source = createArrayCustomerSource(records, history.purchases, history.events);

  it('tells the departure: cause and the events of the weeks before', async () => {
    const story = departureStory(await source.file(0), 'week');
    expect(story).not.toBeNull();
    expect(story!.cause).toBe('concurrence');
    expect(story!.tick).toBe(5);
    expect(story!.leadUp.map((e) => e.type)).toEqual(['incident', 'reclamation', 'reclamationNonTraitee', 'offreConcurrente']);
  });

  it('has no story for a customer still there', async () => {
    expect(departureStory(await source.file(1), 'week')).toBeNull();
  });

  it('looks back a quarter whatever the period: 13 weeks, 3 months, not 13 months (QA play 26 #1)', async () => {
    const file = await source.file(0);
    const offer = file.events.find((e) => e.type === 'offreConcurrente')!;
    // the departure is at period 5: an offer 2, 3, 10 and 11 periods before it
    const older = [3, 2, -5, -6].map((tick) => ({ ...offer, tick }));
    const withOlder = { ...file, events: [...older, ...file.events.filter((e) => e !== offer)] };
    const ticks = (unit: 'week' | 'month') =>
      departureStory(withOlder, unit)!.leadUp.filter((e) => e.type === 'offreConcurrente').map((e) => e.tick);
    expect(ticks('month')).toEqual([3]);
    expect(ticks('week')).toEqual([3, 2, -5, -6]);
    expect(departureStory({ ...withOlder, events: [{ ...offer, tick: -8 }, ...withOlder.events] }, 'week')!.leadUp.some((e) => e.tick === -8)).toBe(false);
  });

  it('groups the history and sums purchases per product type', async () => {
    const file = await source.file(0);
    const groups = groupEvents(file.events);
    expect(groups.complaints.map((e) => e.type)).toEqual(['incident', 'reclamation', 'reclamationNonTraitee']);
    expect(groups.lifecycle.map((e) => e.type)).toEqual(['depart']);
    expect(purchasesByType(file)).toEqual([
      { productType: 0, count: 1, amount: 42.5 },
      { productType: 1, count: 1, amount: 18 },
    ]);
  });
});

describe('cellText', () => {
  const r = { ...makeCustomers(1)[0], r: 0, lastPurchaseTick: -3, loyaltyCard: true, segment: null, stage: 'dormant' as const };
  const col = (id: string) => COLUMNS.find((c) => c.id === id)!;
  it('writes vocabulary, booleans, ticks and missing scores in words', () => {
    expect(cellText('fr', 'week', col('stage'), r)).toBe('Client dormant');
    // the first customer is N° 1: the id plus one
    expect(cellText('fr', 'week', col('id'), { ...r, id: 0 })).toBe('1');
    expect(cellText('en', 'week', col('stage'), r)).toBe('Dormant customer');
    expect(cellText('fr', 'week', col('loyaltyCard'), r)).toBe('Oui');
    expect(cellText('fr', 'week', col('lastPurchaseTick'), r)).toBe('avant le début');
    expect(cellText('fr', 'month', col('lastPurchaseTick'), { ...r, lastPurchaseTick: 2 })).toBe('Mois 3');
    expect(cellText('fr', 'week', col('r'), r)).toBe('—');
    expect(cellText('fr', 'week', col('segment'), r)).toBe('—');
    expect(cellText('fr', 'week', col('name'), r)).toBe(`${r.firstName} ${r.lastName}`);
  });
  it('puts a lost customer on no rung of the ladder, as the ladder chart does (QA play F14)', () => {
    const lost = { ...r, stage: 'perdu' as const, ladder: 'client' as const };
    expect(cellText('fr', 'week', col('ladder'), lost)).toBe('— (client perdu)');
    expect(cellText('en', 'week', col('ladder'), lost)).toBe('— (lost customer)');
    expect(cellText('fr', 'week', col('ladder'), { ...lost, stage: 'dormant' })).toBe('Client');
  });
  it('shows no R, F, M scores for a lost customer, whose « Inactif » segment holds whatever the scores (QA learner en 10)', () => {
    const lost = { ...r, stage: 'perdu' as const, r: 5, f: 5, m: 5 };
    for (const id of ['r', 'f', 'm']) {
      expect(cellText('fr', 'week', col(id), lost)).toBe('—');
      expect(cellText('fr', 'week', col(id), { ...lost, stage: 'actif' })).toBe('5');
    }
  });
  it('gives the target preview the same rule as the table (QA class 1: « Client perdu | Inactif | 2-5-5 » beside « — — — »)', () => {
    const lost = { ...r, stage: 'perdu' as const, r: 2, f: 5, m: 5 };
    expect(shownScore(lost, 'r')).toBeNull();
    expect(rfmText('fr', lost)).toBe('—');
    expect(rfmText('en', lost)).toBe('—');
    expect(rfmText('fr', { ...lost, stage: 'actif' })).toBe('2-5-5');
    expect(rfmText('fr', { ...lost, stage: 'actif', r: 0 })).toBe('—');
    expect(shownScore({ ...lost, stage: 'dormant' }, 'f')).toBe(5);
  });
});
