/**
 * Whether a competitor is open at a tick, after its events of that tick (model audit F11): a `fermeture` closes it,
 * an `ouverture` opens it (re-opens it after a closure: the same shop back, README « Concurrents »); at one tick the last one listed wins; open before
 * either. On the scenario alone, so that a closed competitor's events can be told apart (competitors.ts).
 */
import type { Scenario } from '../scenario/schema.ts';

type CompetitorEvent = Scenario['competitors'][number]['events'][number];

export function competitorOpenAt(events: readonly CompetitorEvent[], tick: number): boolean {
  let open = true;
  let at = -1;
  for (const ev of events) {
    if ((ev.kind !== 'ouverture' && ev.kind !== 'fermeture') || ev.tick > tick || ev.tick < at) continue;
    at = ev.tick;
    open = ev.kind === 'ouverture';
  }
  return open;
}
