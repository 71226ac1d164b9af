/** The periods the time bar's second button plays: four at most (« Avancer de 4 périodes »). */
export const SEVERAL_PERIODS = 4;

/**
 * How many periods « Avancer de N périodes » plays with `remaining` periods left: four, or the fewer that remain, so the
 * button says what it does (QA12 F8: at week 2 of 4 it said 4 and played 3). Null when one or none remains: « Avancer
 * d’une période » does the same, the button goes.
 */
export function severalPeriods(remaining: number): number | null {
  const n = Math.min(SEVERAL_PERIODS, remaining);
  return n >= 2 ? n : null;
}
