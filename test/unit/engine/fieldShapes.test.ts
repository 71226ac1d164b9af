/**
 * fieldShapes.ts writes a fraction (or another integer) into number fields, then their value back, so
 * that V8 gives them their final shape before the customer loop is optimised (implementation-notes.md,
 * « Treizième travail »). What must hold for the model: every field ends holding exactly what it held,
 * whatever the number (integers, fractions, infinities, NaN, -0), and no other field is touched.
 */
import { describe, expect, it } from 'vitest';
import { settleDoubles, settleInts } from '../../../src/engine/fieldShapes.ts';

describe('settleDoubles / settleInts', () => {
  it('leave every field with its own value, bit for bit', () => {
    const o = { a: 1, b: 0.1 + 0.2, c: Number.POSITIVE_INFINITY, d: Number.NaN, e: -0, f: 7, g: 'kept' };
    settleDoubles(o, ['a', 'b', 'c', 'd', 'e']);
    settleInts(o, ['f']);
    expect(Object.is(o.a, 1)).toBe(true);
    expect(Object.is(o.b, 0.30000000000000004)).toBe(true);
    expect(o.c).toBe(Number.POSITIVE_INFINITY);
    expect(Number.isNaN(o.d)).toBe(true);
    expect(Object.is(o.e, -0)).toBe(true);
    expect(o.f).toBe(7);
    expect(o.g).toBe('kept');
    expect(Object.keys(o)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
  });
});
