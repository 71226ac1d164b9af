import { describe, expect, it } from 'vitest';
import { VisibleSnapshot, type VisibleView } from '../../../src/app/changedCustomers.ts';

function view(n: number, capacity = 8): VisibleView & { u8: Uint8Array; i32: Int32Array; f32: Float32Array; f64: Float64Array } {
  const u8 = new Uint8Array(capacity);
  const i32 = new Int32Array(capacity);
  const f32 = new Float32Array(capacity).fill(NaN);
  const f64 = new Float64Array(capacity);
  return { n, columns: [u8, i32, f32, f64], u8, i32, f32, f64 };
}

describe('VisibleSnapshot', () => {
  it('finds the customers whose visible fields changed in any column, ascending, then holds the new values', () => {
    const v = view(6);
    const sent = VisibleSnapshot.of(v);
    expect(sent.changedSince(v)).toEqual([]);
    v.u8[4] = 3;
    v.i32[0] = -7;
    v.f32[2] = 0.5;
    v.f64[5] = 12.25;
    v.f64[1] = 1e-300; // differs from 0 in the low word only
    expect(sent.changedSince(v)).toEqual([0, 1, 2, 4, 5]);
    expect(sent.changedSince(v)).toEqual([]);
  });

  it('compares bits: NaN stays NaN unchanged, 0 -> -0 is a change (the records differ too)', () => {
    const v = view(3);
    const sent = VisibleSnapshot.of(v);
    v.f32[0] = NaN;
    expect(sent.changedSince(v)).toEqual([]);
    v.f64[1] = -0;
    expect(sent.changedSince(v)).toEqual([1]);
  });

  it('sends the recruits and follows arrays that the engine reallocated to grow', () => {
    const v = view(3, 4);
    const sent = VisibleSnapshot.of(v);
    const grown = view(7, 16);
    grown.u8.set(v.u8);
    grown.i32.set(v.i32);
    grown.f32.set(v.f32);
    grown.f64.set(v.f64);
    grown.i32[1] = 9;
    expect(sent.changedSince(grown)).toEqual([1, 3, 4, 5, 6]);
    expect(sent.n).toBe(7);
    grown.f64[6] = 2;
    expect(sent.changedSince(grown)).toEqual([6]);
  });

  it('clones into an independent copy', () => {
    const v = view(4);
    const sent = VisibleSnapshot.of(v);
    v.u8[2] = 1;
    const copy = sent.clone();
    expect(sent.changedSince(v)).toEqual([2]);
    expect(copy.changedSince(v)).toEqual([2]);
    expect(copy.changedSince(v)).toEqual([]);
  });
});
