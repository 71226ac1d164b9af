/**
 * When a competitor copies a financial advantage (CONCEPTS.md: easy to imitate): fixed at the advantage's launch, the
 * fastest open competitor's imitationDelayTicks later. A competitor that closes before that tick does not copy it
 * (model audit F11): the fastest one open without a break since the launch does, at its own delay from the launch, or none.
 */
import type { Scenario } from '../scenario/schema.ts';
import { competitorOpenAt } from './competitorOpen.ts';
import type { SimState } from './state.ts';

/** The competitor `open` allows with the shortest imitation delay after `launch` (the first listed on a tie): its tick, -1 = none. */
function fastestImitator(scenario: Scenario, launch: number, open: (k: number) => boolean): { tick: number; by: number } {
  let best = -1;
  let by = -1;
  scenario.competitors.forEach((comp, k) => {
    if (!open(k)) return;
    const t = launch + comp.imitationDelayTicks;
    if (best < 0 || t < best) {
      best = t;
      by = k;
    }
  });
  return { tick: best, by };
}

/** Earliest tick a competitor imitates a financial programme started at `launch`, -1 = never, and which competitor (the first listed on a tie). */
export function imitationTick(state: SimState, scenario: Scenario, launch: number): { tick: number; by: number } {
  return fastestImitator(scenario, launch, (k) => !state.competitorClosed[k]);
}

/** Whether a competitor is open at every tick from `from` to `to` (its state changes only at its own events' ticks). */
function openThroughout(events: Scenario['competitors'][number]['events'], from: number, to: number): boolean {
  if (!competitorOpenAt(events, from)) return false;
  return events.every((ev) => ev.tick <= from || ev.tick > to || competitorOpenAt(events, ev.tick));
}

/**
 * Competitor `k` closes at this tick: the advantages it was to copy at this tick or later go to the fastest competitor
 * open the whole time from the launch to now (the first listed on a tie; at once if its delay is already over), or to
 * none. Read on the scenario, not on state.competitorClosed, which the later-listed competitors have not set yet this
 * tick. A state older than `imitatedBy` keeps its imitation.
 */
export function withdrawImitations(state: SimState, scenario: Scenario, k: number): void {
  for (const prog of state.programmes) {
    if (prog.imitatedBy !== k || prog.imitatedTick < state.tick) continue;
    const { tick, by } = fastestImitator(scenario, prog.startTick, (k2) => openThroughout(scenario.competitors[k2].events, prog.startTick, state.tick));
    prog.imitatedTick = tick < 0 ? -1 : Math.max(tick, state.tick);
    prog.imitatedBy = by;
  }
}
