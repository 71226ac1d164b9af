/**
 * What the hold-out check's gap means: « le modèle prévoyait 1 653 achats répétés ; les clients en ont
 * fait 1 882 » was given with no reading (QA qa15 F6). The gap is counted on the forecast (customers
 * bought 14 % more than forecast); under half a percent it reads as on target. No forecast, no reading.
 */
export type HoldoutReading = { direction: 'under' | 'over' | 'close'; gap: number } | null;

export function holdoutReading(expected: number, actual: number): HoldoutReading {
  if (!(expected > 0) || !Number.isFinite(actual)) return null;
  const gap = Math.abs(actual - expected) / expected;
  if (gap < 0.005) return { direction: 'close', gap };
  return { direction: actual > expected ? 'under' : 'over', gap };
}
