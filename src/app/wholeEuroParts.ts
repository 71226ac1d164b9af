/**
 * Parts of a sum rounded to whole euros so that they add up to the rounded sum (largest remainder):
 * rounded one by one, 2 420,30 € + 160,45 € showed 2 420 € + 160 € under a total of 2 581 €, and a
 * BTS student checking the sum found 1 € missing (QA qa18 F1). Each part stays within 1 € of its value.
 * Only for a total from Σ floor(parts) to that plus the number of parts (the callers pass the rounded sum of the same parts).
 */
export function wholeEuroParts(parts: readonly number[], total = Math.round(parts.reduce((sum, p) => sum + p, 0))): number[] {
  const floors = parts.map((p) => Math.floor(p));
  let missing = total - floors.reduce((sum, p) => sum + p, 0);
  // the largest remainders first; ties keep the parts' order, so the result does not depend on the sort
  const order = parts.map((p, i) => ({ i, rest: p - floors[i] })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (missing <= 0) break;
    floors[i] += 1;
    missing -= 1;
  }
  return floors;
}
