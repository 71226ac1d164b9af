/**
 * The worker's copy of the visible fields it last sent (engine `visibleColumns`): after a tick,
 * the customers whose record differs from that copy are exactly those whose stored record is
 * stale (RFM scores, segments and stages move for customers the tick did not touch), plus the
 * recruits. Compact typed arrays compared as raw bits (NaN = NaN, 0 != -0, as the records'
 * deep equality sees them): a few hundred thousand integer comparisons a tick for 10,000 customers.
 */
import type { VisibleColumn } from '../engine/index.ts';

export interface VisibleView {
  n: number;
  columns: readonly VisibleColumn[];
}

type Bits = Uint8Array | Int32Array;

/** The same bytes as integers: floats compared bit for bit, a Float64 as two Int32 words. */
function bitsOf(column: VisibleColumn, n: number): Bits {
  if (column instanceof Uint8Array || column instanceof Int32Array) return column.subarray(0, n);
  const words = column instanceof Float64Array ? 2 : 1;
  return new Int32Array(column.buffer, column.byteOffset, n * words);
}

export class VisibleSnapshot {
  #copies: Bits[] = [];
  #n = 0;

  /** Takes the current values as sent (a new base, a resumed run, a clone). */
  static of(view: VisibleView): VisibleSnapshot {
    const snapshot = new VisibleSnapshot();
    snapshot.#take(view);
    return snapshot;
  }

  get n(): number {
    return this.#n;
  }

  clone(): VisibleSnapshot {
    const copy = new VisibleSnapshot();
    copy.#copies = this.#copies.map((c) => c.slice());
    copy.#n = this.#n;
    return copy;
  }

  /** Ids (ascending) whose visible fields differ from the copy, recruits included; the copy becomes `view`. */
  changedSince(view: VisibleView): number[] {
    const { n } = view;
    const old = Math.min(this.#n, n);
    const changed = new Uint8Array(old);
    view.columns.forEach((column, c) => {
      const now = bitsOf(column, n);
      const before = this.#copies[c];
      if (now.length === n) {
        for (let i = 0; i < old; i++) if (now[i] !== before[i]) changed[i] = 1;
      } else {
        for (let k = 0, end = old * 2; k < end; k++) if (now[k] !== before[k]) changed[k >> 1] = 1;
      }
    });
    const ids: number[] = [];
    for (let i = 0; i < old; i++) if (changed[i] === 1) ids.push(i);
    for (let i = old; i < n; i++) ids.push(i);
    this.#take(view);
    return ids;
  }

  #take(view: VisibleView): void {
    const { n } = view;
    view.columns.forEach((column, c) => {
      const now = bitsOf(column, n);
      let copy = this.#copies[c];
      if (!copy || copy.length < now.length || copy.constructor !== now.constructor) {
        // room to grow: recruits arrive a few at a time
        const Kind = now.constructor as new (length: number) => Bits;
        copy = new Kind(Math.max(now.length, Math.ceil(now.length * 1.25)));
        this.#copies[c] = copy;
      }
      copy.set(now);
    });
    this.#n = n;
  }
}
