/**
 * Number fields written once before V8 optimises the code that reads them (bit-identical: each field
 * ends holding the value it was given).
 *
 * V8 gives an object's field the representation of the first value stored (a small integer, then a
 * double) and treats a field stored only once as constant. The first double stored in an integer
 * field, or the first other value stored in a "constant" one, changes the object's shape, and every
 * optimised function that relied on it (the customer loop and its mechanisms) is thrown away and
 * compiled again. A game did that in its first ticks: the pre-history never changes the budget, the
 * number of customers nor the complaint budget, and the scenario's first season turns the rate
 * multiplier (1) into a fraction. Writing such fields twice when the object is made gives them their
 * final shape before that code is optimised (implementation-notes.md, « Treizième travail »).
 */

/** Fields that will hold fractions: a fraction is stored first, then the value. */
export function settleDoubles<T extends object>(o: T, keys: readonly (keyof T & string)[]): void {
  const r = o as Record<string, number>;
  for (const k of keys) {
    const v = r[k];
    r[k] = 0.5;
    r[k] = v;
  }
}

/** Integer fields that will change: another integer is stored first, then the value. */
export function settleInts<T extends object>(o: T, keys: readonly (keyof T & string)[]): void {
  const r = o as Record<string, number>;
  for (const k of keys) {
    const v = r[k];
    r[k] = v + 1;
    r[k] = v;
  }
}
