/**
 * Gauss hypergeometric function 2F1(a, b; c; z) by its power series, for 0 <= z < 1 — what the
 * BG/NBD conditional expectation needs (z = t / (alpha + T + t)). Terms are summed until they no
 * longer change the sum; the ratio of successive terms is (a + j)(b + j) / ((c + j)(1 + j)) z.
 */

const MAX_TERMS = 100000;

export function hyp2f1(a: number, b: number, c: number, z: number): number {
  if (z === 0) return 1;
  let term = 1;
  let sum = 1;
  for (let j = 0; j < MAX_TERMS; j++) {
    term *= ((a + j) * (b + j)) / ((c + j) * (1 + j)) * z;
    const next = sum + term;
    if (next === sum) return sum;
    sum = next;
  }
  return sum;
}
