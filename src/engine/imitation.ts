/**
 * When a competitor copies a financial advantage (CONCEPTS.md: easy to imitate): fixed at the advantage's launch, the
 * fastest open competitor's imitationDelayTicks later. A competitor that closes before that tick does not copy it
 * (model audit F11): the fastest one still open does, at its own delay from the launch, or none.
 */
import type { Scenario } from '../scenario/schema.ts';
import type { SimState } from './state.ts';

/** Earliest tick a competitor imitates a financial programme started at `launch`, -1 = never, and which competitor (the first listed on a tie). */
export function imitationTick(state: SimState, scenario: Scenario, launch: number): { tick: number; by: number } {
  let best = -1;
  let by = -1;
  scenario.competitors.forEach((comp, k) => {
    if (state.competitorClosed[k]) return;
    const t = launch + comp.imitationDelayTicks;
    if (best < 0 || t < best) {
      best = t;
      by = k;
    }
  });
  return { tick: best, by };
}

/**
 * Competitor `k` closes at this tick (state.competitorClosed already set): the advantages it was to copy at this tick
 * or later go to the fastest competitor still open (at once if its delay is already over: one re-opened since the
 * launch), or to none. A state older than `imitatedBy` keeps its imitation.
 */
export function withdrawImitations(state: SimState, scenario: Scenario, k: number): void {
  for (const prog of state.programmes) {
    if (prog.imitatedBy !== k || prog.imitatedTick < state.tick) continue;
    const next = imitationTick(state, scenario, prog.startTick);
    prog.imitatedTick = next.tick < 0 ? -1 : Math.max(next.tick, state.tick);
    prog.imitatedBy = next.by;
  }
}
