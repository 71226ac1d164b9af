/**
 * The size of a programme's control group (controlGroup.ts), on its own so the decisions screen
 * (app/enrolment.ts) can say it before applying without loading the engine's random streams.
 */
import * as P from './params.ts';

/** How many of `targeted` customers are held out: the rounded share, or 0 below the minimum. */
export function controlGroupSize(targeted: number): number {
  const size = Math.floor(targeted * P.CONTROL_GROUP_SHARE + 0.5);
  return size >= P.CONTROL_GROUP_MIN ? size : 0;
}
