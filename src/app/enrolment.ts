/**
 * Who a strategy applied to a target will really enrol (engine: actions.ts, controlGroup.ts): the
 * lost customers of the target are left out (a programme reaches only customers still there), then
 * the engine holds out a control group (groupe témoin) of the rest, exactly controlGroupSize of them,
 * not enrolled and not charged. The decisions form says it before applying (QA A4: the button said
 * 1 258 customers, the programme enrolled 1 226).
 */
import { controlGroupSize } from '../engine/controlGroup.ts';

export interface Enrolment {
  /** customers matching the target (the count the target builder shows) */
  targeted: number;
  /** of which lost customers, never enrolled */
  lost: number;
  /** of the others, held out as the control group (0: target too small for one) */
  control: number;
  /** customers enrolled: charged and reached by the programme */
  enrolled: number;
}

/** `count` customers match the target, `active` of them are not lost (targetSpend.ts). */
export function enrolment(count: number, active: number): Enrolment {
  const control = controlGroupSize(active);
  return { targeted: count, lost: count - active, control, enrolled: active - control };
}
