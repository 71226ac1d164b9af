/**
 * Calibrating a mission's outcome check (scenarios/README.md, "Parcours de missions"): the values
 * of a candidate metric after doing nothing and after a sensible play, seed by seed, and the best
 * fixed target a mission file could use. A target is honest when the sensible play reaches it and
 * doing nothing misses it on (nearly) every seed; the seed-to-seed spread of a whole shop often
 * hides a short mission's effect even when the play beats doing nothing on each seed. Pure.
 */
export interface Separation {
  /** the best target (`>=`: the sensible play must reach it) */
  target: number;
  /** seeds where the sensible play reaches the target and doing nothing misses it */
  separated: number;
  /** seeds where the sensible play does better than doing nothing on the same seed */
  pairedWins: number;
  seeds: number;
}

/** `nothing[i]` and `sensible[i]` are the metric on seed i (higher is better). */
export function bestSeparation(nothing: readonly number[], sensible: readonly number[]): Separation {
  if (nothing.length !== sensible.length || nothing.length === 0) throw new Error('une valeur par graine, pour les deux jeux');
  let best = { target: Number.POSITIVE_INFINITY, separated: -1 };
  for (const target of sensible) {
    let separated = 0;
    for (let i = 0; i < nothing.length; i++) if (sensible[i] >= target && nothing[i] < target) separated++;
    if (separated > best.separated || (separated === best.separated && target < best.target)) best = { target, separated };
  }
  const pairedWins = sensible.filter((v, i) => v > nothing[i]).length;
  return { ...best, pairedWins, seeds: nothing.length };
}
