/**
 * The control group (groupe témoin) of a programme: at launch, CONTROL_GROUP_SHARE of the targeted
 * customers (rounded) are held out, not enrolled, not charged, untouched. What they buy per customer
 * is what the members would have bought without the programme, so members' margin (at list price: a
 * discount is in the programme's cost, programmes.ts) minus members x
 * the control group's margin per customer is the programme's effect, not the selection of good (or
 * just-served) customers (hold-out / A/B testing). Below CONTROL_GROUP_MIN there is no control group:
 * every targeted customer is enrolled and the effect is not estimated.
 *
 * Who is held out is a counter-based draw keyed by (seed, customer, launch tick, stream controlGroup,
 * action index): no other draw moves, and the same decisions hold out the same customers. The
 * group has exactly its size (the customers with the smallest draws, ties by index), so the
 * decisions screen can say beforehand how many will be held out (controlGroupSize).
 */
import { STREAMS, streamKey, uniform } from './rng.ts';
import { controlGroupSize } from './controlGroupSize.ts';

export interface ControlSplit {
  /** enrolled customers, ascending */
  members: Int32Array;
  /** held-out customers, ascending (empty: no control group) */
  control: Int32Array;
}

/** Splits a programme's target (ascending indexes) into members and control group at `tick`. */
export function splitControlGroup(seed: number, tick: number, actionIndex: number, targeted: Int32Array): ControlSplit {
  const size = controlGroupSize(targeted.length);
  if (size === 0) return { members: targeted, control: new Int32Array(0) };
  const key = streamKey(seed, tick, STREAMS.controlGroup);
  const draws = new Float64Array(targeted.length);
  for (let k = 0; k < targeted.length; k++) draws[k] = uniform(key, targeted[k], actionIndex);
  const order = Array.from(targeted.keys()).sort((a, b) => draws[a] - draws[b] || a - b);
  const held = new Uint8Array(targeted.length);
  for (let k = 0; k < size; k++) held[order[k]] = 1;
  const members = new Int32Array(targeted.length - size);
  const control = new Int32Array(size);
  let m = 0;
  let c = 0;
  for (let k = 0; k < targeted.length; k++) {
    if (held[k]) control[c++] = targeted[k];
    else members[m++] = targeted[k];
  }
  return { members, control };
}
