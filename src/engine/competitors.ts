/**
 * Competitors (rencontre: a better offer elsewhere). Each open competitor pulls our customers
 * with its baseline attractiveness; its events add pull while they run: 'promotion' (for its
 * duration), 'ouverture' (a new shop: full pull while it opens, then OPENING_LASTING_SHARE of it),
 * 'imitation' (copies our running financial advantages now: their edge is gone), 'fermeture'
 * (closes: no more pull, no imitation, its events do nothing until an 'ouverture' re-opens it;
 * imitation.ts). Pull is per motive (events may target some motives; sensitivity by motive) and
 * becomes a weekly dropout hazard in churn.ts. Customers concerned get an 'offreConcurrente' event
 * when an offer starts (see announce).
 */
import { competitorOpenAt } from './competitorOpen.ts';
import { EV, logEvent } from './events.ts';
import { withdrawImitations } from './imitation.ts';
import * as P from './params.ts';
import { NO_TICK, type SimState } from './state.ts';
import type { Scenario } from '../scenario/schema.ts';
import { MOTIVES } from './vocabulary.ts';

const SENSITIVITY = Float64Array.from(MOTIVES.map((m) => P.MOTIVE_COMPETITOR_SENSITIVITY[m]));

/** Applies competitor events starting at this tick and returns the weekly hazard per motive. */
export function competitorStep(state: SimState, scenario: Scenario, history: boolean): Float64Array {
  const tick = state.tick;
  const hazard = new Float64Array(MOTIVES.length);
  const motiveMask = new Float64Array(MOTIVES.length);
  scenario.competitors.forEach((comp, k) => {
    if (!history) {
      // a closed competitor does nothing, its events included, until an ouverture re-opens it (competitorOpen.ts)
      const closed = competitorOpenAt(comp.events, tick) ? 0 : 1;
      const closing = closed && !state.competitorClosed[k];
      state.competitorClosed[k] = closed;
      if (closing) withdrawImitations(state, scenario, k);
      if (!closed)
        for (const ev of comp.events) {
          if (ev.tick !== tick) continue;
          if (ev.kind === 'imitation')
            for (const prog of state.programmes)
              if (prog.type === 'financier' && prog.endTick < 0 && (prog.imitatedTick < 0 || prog.imitatedTick > tick)) {
                prog.imitatedTick = tick;
                prog.imitatedBy = k;
              }
          if (ev.kind === 'promotion' || ev.kind === 'ouverture') announce(state, ev.motives);
        }
    }
    if (state.competitorClosed[k]) return;
    for (let m = 0; m < MOTIVES.length; m++) hazard[m] += comp.attractiveness * P.COMPETITOR_BASE_HAZARD_PER_WEEK * SENSITIVITY[m];
    if (history) return;
    for (const ev of comp.events) {
      if (tick < ev.tick) continue;
      // an event of the competitor while it was closed: no pull, even once it re-opens
      if (!competitorOpenAt(comp.events, ev.tick)) continue;
      let intensity = 0;
      const running = tick < ev.tick + ev.durationTicks;
      if (ev.kind === 'promotion' && running) intensity = ev.intensity;
      else if (ev.kind === 'ouverture') intensity = running ? ev.intensity : ev.intensity * P.OPENING_LASTING_SHARE;
      if (intensity <= 0) continue;
      motiveMask.fill(ev.motives.length === 0 ? 1 : 0);
      for (const mo of ev.motives) motiveMask[MOTIVES.indexOf(mo)] = 1;
      for (let m = 0; m < MOTIVES.length; m++) hazard[m] += motiveMask[m] * intensity * P.COMPETITOR_EVENT_HAZARD_PER_WEEK * SENSITIVITY[m];
    }
  });
  return hazard;
}

/**
 * Logs the offer for the customers it concerns: the motives it names, or, for an offer to
 * everybody, the motives most sensitive to competitors (sensitivity >= 1), to keep the log small.
 */
function announce(state: SimState, motives: readonly string[]): void {
  const c = state.customers;
  const codes = new Uint8Array(MOTIVES.length);
  for (let m = 0; m < MOTIVES.length; m++) codes[m] = motives.length === 0 && SENSITIVITY[m] >= 1 ? 1 : 0;
  for (const mo of motives) codes[MOTIVES.indexOf(mo as (typeof MOTIVES)[number])] = 1;
  for (let i = 0; i < state.n; i++) if (c.lostTick[i] === NO_TICK && codes[c.motive[i]]) logEvent(state, i, EV.offreConcurrente, 0);
}
