/** Growing the engine's typed-array buffers (event log, purchase buffer, RFM window slots and histograms). */

type Growable = Int32Array | Int16Array | Uint8Array | Float32Array | Float64Array;

/** A copy of `a` with room for `capacity` entries (same element type; entries beyond a's length are 0). */
export function grown<A extends Growable>(a: A, capacity: number): A {
  const b = new (a.constructor as new (length: number) => A)(capacity);
  b.set(a);
  return b;
}
