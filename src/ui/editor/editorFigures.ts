/**
 * Figures the editor shows next to the fields so a teacher sees what parameters mean: normalised
 * shares (SONCAS mix, product mix), the mean basket implied by the Gamma-Gamma spend model, the
 * mean purchase rate and dropout of BG/NBD. Pure; tolerant of half-typed drafts (null when unknown).
 */
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** Each weight divided by the sum of non-negative weights; null where a weight is not a number or the sum is 0. */
export function normalisedShares(weights: readonly unknown[]): (number | null)[] {
  let total = 0;
  for (const w of weights) {
    const n = num(w);
    if (n !== null && n > 0) total += n;
  }
  return weights.map((w) => {
    const n = num(w);
    return n === null || n < 0 || total <= 0 ? null : n / total;
  });
}

/** Gamma-Gamma mean spend per transaction: p v / (q - 1), defined for q > 1 (Fader & Hardie). */
export function meanSpend(spend: unknown): number | null {
  const s = (spend ?? {}) as Record<string, unknown>;
  const p = num(s.p);
  const q = num(s.q);
  const v = num(s.v);
  if (p === null || q === null || v === null || p <= 0 || v <= 0 || q <= 1) return null;
  return (p * v) / (q - 1);
}

/** The mean basket once each product type's basket factor is weighted by its share. */
export function meanBasketWithMix(spend: unknown, productTypes: unknown): number | null {
  const base = meanSpend(spend);
  if (base === null || !Array.isArray(productTypes) || productTypes.length === 0) return null;
  const items = productTypes as Record<string, unknown>[];
  const shares = normalisedShares(items.map((p) => p?.share));
  let factor = 0;
  for (const [i, item] of items.entries()) {
    const share = shares[i];
    const f = item?.basketFactor === undefined ? 1 : num(item.basketFactor);
    if (share === null || f === null) return null;
    factor += share * f;
  }
  return base * factor;
}

/** Mean of Gamma(r, alpha) purchase rates: r / alpha purchases per tick. */
export function meanPurchaseRate(rate: unknown): number | null {
  const r = num((rate as Record<string, unknown> | undefined)?.r);
  const alpha = num((rate as Record<string, unknown> | undefined)?.alpha);
  return r === null || alpha === null || r <= 0 || alpha <= 0 ? null : r / alpha;
}

/** Mean of Beta(a, b) dropout probabilities: a / (a + b). */
export function meanDropout(dropout: unknown): number | null {
  const a = num((dropout as Record<string, unknown> | undefined)?.a);
  const b = num((dropout as Record<string, unknown> | undefined)?.b);
  return a === null || b === null || a <= 0 || b <= 0 ? null : a / (a + b);
}
