/**
 * Removing one decision from a what-if branch's plan (the period to play's queue and the later
 * periods' planned decisions, session.svelte.ts `pending` / `planned`), with the plan's decisions
 * that only made sense with it (issue #4).
 *
 * A programme's id is « tick:index » of the action that launched it (engine/programmeId.ts), and the
 * plan's stops name it so. Removing a launch leaves its later stops pointing at nothing: the engine
 * would refuse them when their period comes. They go with it, and are returned so the page says so.
 * Removing any decision also moves the decisions after it in its period one place up: a stop of a
 * programme launched after it in that period gets the programme's new id, or it would stop nothing
 * (or another programme). Stopping is the only decision that names a programme. Pure.
 */
import type { Action, DecisionsLog } from '../../engine/decisions.ts';
import { programmeId } from '../../engine/programmeId.ts';

/** The decision types that launch a programme (engine/actions.ts startProgramme). */
const LAUNCHES: readonly Action['type'][] = ['financier', 'lienSocial', 'personnalisation', 'customisation'];

export interface PlannedAction {
  tick: number;
  action: Action;
}

export interface PlanRemoval {
  /** the queue of the period to play (`current`) after the removal (the very array given when it is unchanged, like `planned`) */
  pending: Action[];
  /** the later periods' decisions after the removal (periods left empty dropped) */
  planned: DecisionsLog;
  /** the one removed */
  removed: PlannedAction | null;
  /** the plan's decisions removed with it (the stops of the programme it launched), in plan order */
  alsoRemoved: PlannedAction[];
}

/**
 * Removes the `index`-th decision of `tick` (`current`, the period to play, or a later one) from
 * the plan made of `pending` (played at `current`) and `planned` (after it).
 */
export function removeFromPlan(current: number, pending: readonly Action[], planned: DecisionsLog, tick: number, index: number): PlanRemoval {
  const plan: DecisionsLog = [{ tick: current, actions: [...pending] }, ...planned.filter((d) => d.tick > current)];
  const target = plan.find((d) => d.tick === tick)?.actions[index];
  if (!target) return { pending: pending as Action[], planned, removed: null, alsoRemoved: [] };
  const launched = LAUNCHES.includes(target.type) ? programmeId(tick, index) : null;
  // the positions that go: the decision, and the plan's stops of the programme it launched
  const gone = new Set<string>([programmeId(tick, index)]);
  const alsoRemoved: PlannedAction[] = [];
  if (launched !== null)
    for (const d of plan)
      d.actions.forEach((action, i) => {
        if (action.type === 'arreterProgramme' && action.programmeId === launched && !(d.tick === tick && i === index)) {
          gone.add(programmeId(d.tick, i));
          alsoRemoved.push({ tick: d.tick, action });
        }
      });
  // a programme launched in the plan keeps its meaning under its new place in its period
  const planTicks = new Set(plan.map((d) => d.tick));
  const renumber = (id: string): string => {
    const [t, i] = id.split(':').map(Number);
    if (!planTicks.has(t) || !Number.isInteger(i)) return id;
    let before = 0;
    for (let j = 0; j < i; j++) if (gone.has(programmeId(t, j))) before++;
    return programmeId(t, i - before);
  };
  const after = plan.map((d) => ({
    tick: d.tick,
    actions: d.actions
      .filter((_, i) => !gone.has(programmeId(d.tick, i)))
      .map((action): Action => (action.type === 'arreterProgramme' && renumber(action.programmeId) !== action.programmeId ? { ...action, programmeId: renumber(action.programmeId) } : action)),
  }));
  const later = after.slice(1).filter((d) => d.actions.length > 0);
  const unchanged = later.length === planned.length && later.every((d, p) => d.tick === planned[p].tick && sameActions(d.actions, planned[p].actions));
  return {
    // the very arrays given when nothing changed in them: the session writes only what changed
    pending: sameActions(after[0].actions, pending) ? (pending as Action[]) : after[0].actions,
    planned: unchanged ? planned : later,
    removed: { tick, action: target },
    alsoRemoved,
  };
}

function sameActions(a: readonly Action[], b: readonly Action[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
